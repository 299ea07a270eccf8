import type { Access, CollectionConfig, Where } from 'payload'

import { getUserOrganisationIDs } from '../access/getUserOrganisationIDs'
import { hasRole, isEditorUser, type MaybeUser } from '../access/roles'

/** Who is in the chain: professionals, organisation members and editors (not the public). */
const inTheChain = (user: MaybeUser): boolean =>
  isEditorUser(user) || hasRole(user, 'professional') || getUserOrganisationIDs(user).length > 0

/** Editors everything; everyone else only their own entry. */
const ownOrEditors: Access = ({ req }) =>
  isEditorUser(req.user) ? true : req.user ? { user: { equals: req.user.id } } : false

/**
 * Access of the who's who: people in the chain read the published entries (and their own);
 * each makes and keeps up their own entry, one each; editors may correct or remove any. The
 * public never reads it: no page, feed or sitemap shows it.
 */
export const profileAccess: CollectionConfig['access'] = {
  create: ({ req }) => inTheChain(req.user),
  read: ({ req }) => {
    if (!inTheChain(req.user)) return false
    if (isEditorUser(req.user)) return true
    const visible: Where[] = [{ published: { equals: true } }, { user: { equals: req.user!.id } }]
    return { or: visible }
  },
  update: ownOrEditors,
  delete: ownOrEditors,
}
