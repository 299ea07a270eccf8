import type { Access, Where } from 'payload'

import { getUserOrganisationIDs, relationID } from './getUserOrganisationIDs'
import { isEditorUser } from './roles'

const published: Where = { _status: { equals: 'published' } }

/**
 * Access for documents owned by one organisation through an `organisation` field
 * (activities, openings). Members see their own drafts; everyone sees what is published.
 */
export const listingAccess = {
  read: (({ req }) => {
    if (isEditorUser(req.user)) return true
    const own = getUserOrganisationIDs(req.user)
    if (own.length === 0) return published
    return { or: [published, { organisation: { in: own } }] }
  }) satisfies Access,

  /** A Where would count as "allowed" on create, so this decides from the incoming data. */
  create: (({ req, data }) => {
    if (isEditorUser(req.user)) return true
    const organisation = relationID(data?.organisation)
    if (organisation === undefined) return false
    return getUserOrganisationIDs(req.user).some((id) => String(id) === String(organisation))
  }) satisfies Access,

  updateOrDelete: (({ req }) => {
    if (isEditorUser(req.user)) return true
    const own = getUserOrganisationIDs(req.user)
    return own.length > 0 ? { organisation: { in: own } } : false
  }) satisfies Access,

  readVersions: (({ req }) => {
    if (isEditorUser(req.user)) return true
    const own = getUserOrganisationIDs(req.user)
    return own.length > 0 ? { 'version.organisation': { in: own } } : false
  }) satisfies Access,
}
