import type { PayloadRequest } from 'payload'

import { inLanguage } from '../../../collections/fields/inLanguage'
import { isEditorUser } from '../../../collections/access/roles'

/** A JSON error in the shape Payload's REST uses, in the request's language. */
export const errorResponse = (
  req: PayloadRequest,
  status: number,
  nl: string,
  en: string,
): Response => Response.json({ errors: [{ message: inLanguage(req, nl, en) }] }, { status })

/** 401 without a login, 403 for anyone but editors (and admins); null when the request may go on. */
export const refuseUnlessEditor = (req: PayloadRequest): Response | null =>
  !req.user
    ? errorResponse(req, 401, 'Log eerst in.', 'Please log in first.')
    : !isEditorUser(req.user)
      ? errorResponse(req, 403, 'Alleen de redactie mag dit doen.', 'Only editors may do this.')
      : null
