import type { Access, Where } from 'payload'

import { getUserOrganisationIDs, relationID } from './getUserOrganisationIDs'
import { isEditorUser } from './roles'

/** What anyone may see: published and not hidden for being out of date. */
export const publicListing: Where = {
  and: [{ _status: { equals: 'published' } }, { staleHidden: { not_equals: true } }],
}

/**
 * Access for documents owned by one organisation through an `organisation` field
 * (activities, openings). Members see all of their own, drafts and hidden ones included.
 */
export const listingAccess = {
  read: (({ req }) => {
    if (isEditorUser(req.user)) return true
    const own = getUserOrganisationIDs(req.user)
    if (own.length === 0) return publicListing
    return { or: [publicListing, { organisation: { in: own } }] }
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
