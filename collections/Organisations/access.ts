import type { CollectionConfig } from 'payload'

import { editors } from '../access/editors'
import { getUserOrganisationIDs } from '../access/getUserOrganisationIDs'
import { moderatedUpdate } from '../access/moderatedAccess'
import { isEditorUser } from '../access/roles'
import type { ModerationOptions } from '../hooks/moderateListing'

/**
 * Everyone reads published organisations, members also their own drafts and versions; members
 * update their own (a submission while unverified); editors create and delete.
 */
export const organisationAccess = (
  moderation: ModerationOptions,
): NonNullable<CollectionConfig['access']> => ({
  read: ({ req }) => {
    if (isEditorUser(req.user)) return true
    const own = getUserOrganisationIDs(req.user)
    const published = { _status: { equals: 'published' } }
    return own.length ? { or: [published, { id: { in: own } }] } : published
  },
  create: editors,
  update: moderatedUpdate(
    moderation,
    (own) => ({ id: { in: own } }),
    ({ id }) => (id === undefined ? undefined : [id]),
  ),
  delete: editors,
  readVersions: ({ req }) => {
    if (isEditorUser(req.user)) return true
    const own = getUserOrganisationIDs(req.user)
    return own.length ? { parent: { in: own } } : false
  },
})
