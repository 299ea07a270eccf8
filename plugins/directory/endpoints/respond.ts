import type { PayloadRequest } from 'payload'

import { isEditorUser } from '../../../collections/access/roles'

/** A JSON error in the shape Payload's REST uses, in Dutch and English. */
export const errorResponse = (status: number, nl: string, en: string): Response =>
  Response.json({ errors: [{ message: `${nl} / ${en}` }] }, { status })

/** 401 without a login, 403 for anyone but editors (and admins); null when the request may go on. */
export const refuseUnlessEditor = (req: PayloadRequest): Response | null =>
  !req.user
    ? errorResponse(401, 'Log eerst in.', 'Please log in first.')
    : !isEditorUser(req.user)
      ? errorResponse(403, 'Alleen de redactie mag dit doen.', 'Only editors may do this.')
      : null
