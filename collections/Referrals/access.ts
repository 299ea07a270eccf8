import type { CollectionConfig, Where } from 'payload'

import { editors } from '../access/editors'
import { getUserOrganisationIDs } from '../access/getUserOrganisationIDs'
import { editorsOrOwnOrganisation } from '../access/organisationScoped'
import { hasRole, isEditorUser } from '../access/roles'

/**
 * Access of warm referrals: only professionals refer; the two parties (the referrer and the
 * receiving organisation's members) and the editors read; the receiving organisation answers
 * (field access keeps the rest fixed); only editors delete (erasure), retention does the rest.
 */
export const referralAccess: CollectionConfig['access'] = {
  create: ({ req }) => hasRole(req.user, 'professional'),
  read: ({ req }) => {
    if (!req.user) return false
    if (isEditorUser(req.user)) return true
    const own = getUserOrganisationIDs(req.user)
    const parties: Where[] = [{ referredBy: { equals: req.user.id } }]
    if (own.length) parties.push({ organisation: { in: own } })
    return { or: parties }
  },
  update: editorsOrOwnOrganisation,
  delete: editors,
}
