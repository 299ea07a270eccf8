import type { Access, Where } from 'payload'

import type { ModerationOptions } from '../hooks/moderateListing'
import { getUserOrganisationIDs } from './getUserOrganisationIDs'
import { moderatedCreate, moderatedUpdate } from './moderatedAccess'
import { organisationsIn } from './publishing'
import { isEditorUser } from './roles'
import { type Visibility, visibleNow } from './visibleNow'
import type { ListingSlug } from '../../plugins/directory/constants'

/**
 * Access for documents owned by one organisation through an `organisation` field
 * (activities, openings). Members see all of their own, drafts and hidden ones included;
 * which organisation a member may choose is checked by the `keepOwnOrganisation` hook.
 */
export const listingAccess = (
  moderation: ModerationOptions,
  slug: ListingSlug,
  visibility: Visibility,
) => {
  const own = (ids: (number | string)[]): Where => ({ organisation: { in: ids } })
  return {
    read: (({ req }) => {
      if (isEditorUser(req.user)) return true
      const ids = getUserOrganisationIDs(req.user)
      const visible = visibleNow(slug, visibility)
      return ids.length === 0 ? visible : { or: [visible, own(ids)] }
    }) satisfies Access,
    create: moderatedCreate(moderation, organisationsIn),
    update: moderatedUpdate(moderation, own, ({ data }) => organisationsIn(data)),
    delete: (({ req }) => {
      if (isEditorUser(req.user)) return true
      const ids = getUserOrganisationIDs(req.user)
      return ids.length > 0 ? own(ids) : false
    }) satisfies Access,
    readVersions: (({ req }) => {
      if (isEditorUser(req.user)) return true
      const ids = getUserOrganisationIDs(req.user)
      return ids.length > 0 ? { 'version.organisation': { in: ids } } : false
    }) satisfies Access,
  }
}
