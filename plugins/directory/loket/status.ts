import type { Payload } from 'payload'

import { alertToken, tokenID, tokenMatches } from '../../../src/lib/alerts/tokens'
import { href, LOKET_STATUS_SEGMENT } from '../../../src/lib/paths'
import type { LoketRequest, User } from '../../../src/payload-types'

/** The link's token of a loket request: its id and an HMAC of it under the server's secret. */
export const loketStatusToken = (
  payload: Payload,
  request: Pick<LoketRequest, 'id' | 'createdAt'>,
): string => alertToken(payload.secret, 'loket-status', request.id, request.createdAt)

/** The page where the employer follows their request (Dutch: the loket's own language). */
export const loketStatusLink = (
  payload: Payload,
  request: Pick<LoketRequest, 'id' | 'createdAt'>,
): string =>
  `${payload.config.serverURL}${href('nl', 'loket')}/${LOKET_STATUS_SEGMENT.nl}/${loketStatusToken(payload, request)}`

/** What the employer sees of their request: what they asked, where it stands, who answers. */
export interface LoketStatus {
  organisationName: string
  receivedAt: string
  status: LoketRequest['status']
  dueAt: string | null
  kinds: string[]
  place: string
  /** The first name of the editor who answers, once one is assigned. */
  editor: string | null
  message: string | null
  /** The organisation made from the request, once it is on the public site. */
  organisation: { name: string; slug: string } | null
}

const firstName = (user: unknown): string | null =>
  user && typeof user === 'object' && 'name' in user
    ? ((user as User).name.split(' ')[0] ?? null)
    : null

/**
 * The request a status link points at, for the employer who holds the link (they have no
 * account: the link is the key, checked in constant time). Null for any other link, or when
 * the request is gone (retention).
 */
export const loketStatusOf = async (
  payload: Payload,
  token: string,
): Promise<LoketStatus | null> => {
  const id = tokenID(token)
  if (!id) return null
  const request = await payload.findByID({
    collection: 'loket-requests',
    id,
    depth: 1,
    disableErrors: true,
    overrideAccess: true,
  })
  if (
    !request ||
    !tokenMatches(token, payload.secret, 'loket-status', request.id, request.createdAt)
  )
    return null
  const organisation = typeof request.organisation === 'object' ? request.organisation : null
  return {
    organisationName: request.organisationName,
    receivedAt: request.createdAt,
    status: request.status,
    dueAt: request.dueAt ?? null,
    kinds: request.kinds,
    place: request.place,
    editor: firstName(request.assignedTo),
    message: request.messageToEmployer ?? null,
    organisation:
      organisation?._status === 'published' && organisation.slug
        ? { name: organisation.name, slug: organisation.slug }
        : null,
  }
}
