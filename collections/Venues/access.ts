import type { CollectionConfig } from 'payload'

import { editors } from '../access/editors'
import { getUserOrganisationIDs } from '../access/getUserOrganisationIDs'
import { moderatedCreate, moderatedUpdate } from '../access/moderatedAccess'
import { organisationsIn } from '../access/publishing'
import { isEditorUser } from '../access/roles'
import type { ModerationOptions } from '../hooks/moderateListing'

const published = { _status: { equals: 'published' } }

/**
 * Everyone reads published venues, members also their own organisations' drafts and versions;
 * members create and update their organisations' venues (a submission while unverified);
 * editors delete.
 */
export const venueAccess = (
  moderation: ModerationOptions,
): NonNullable<CollectionConfig['access']> => ({
  read: ({ req }) => {
    if (isEditorUser(req.user)) return true
    const own = getUserOrganisationIDs(req.user)
    return own.length ? { or: [published, { organisations: { in: own } }] } : published
  },
  create: moderatedCreate(moderation, organisationsIn),
  update: moderatedUpdate(
    moderation,
    (own) => ({ organisations: { in: own } }),
    ({ data }) => organisationsIn(data),
  ),
  delete: editors,
  readVersions: ({ req }) => {
    if (isEditorUser(req.user)) return true
    const own = getUserOrganisationIDs(req.user)
    return own.length ? { 'version.organisations': { in: own } } : false
  },
})
