import type { PayloadRequest } from 'payload'
import { internalRequest } from '../../../collections/requests'
import { hostSlugs } from '../../../collections/hostSlugs'

/** Who hears about something addressed to an organisation: its contact address and its members. */
export const organisationRecipients = async (
  req: PayloadRequest,
  organisation: { id: number | string; contact?: { email?: string | null } | null } | null,
): Promise<string[]> => {
  if (!organisation) return []
  const members = await req.payload.find({
    collection: hostSlugs(req.payload).users as 'users',
    req: internalRequest(req),
    depth: 0,
    pagination: false,
    select: { email: true },
    where: { 'memberships.organisation': { equals: organisation.id } },
  })
  return [
    ...new Set(
      [organisation.contact?.email, ...members.docs.map((u) => u.email)].filter((e): e is string =>
        Boolean(e),
      ),
    ),
  ]
}
