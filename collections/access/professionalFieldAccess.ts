import type { FieldAccess } from 'payload'

import type { Activity, Opening } from '../../src/payload-types'
import { getUserOrganisationIDs, relationID } from './getUserOrganisationIDs'
import { hasRole, isEditorUser } from './roles'

/**
 * Referral notes and internal contacts: for professionals, editors and the members of the
 * organisation that owns the listing; never for residents.
 */
export const professionalRead: FieldAccess<Activity | Opening> = ({ req, doc }) => {
  if (isEditorUser(req.user) || hasRole(req.user, 'professional')) return true
  const owner = relationID(doc?.organisation)
  return (
    owner !== undefined &&
    getUserOrganisationIDs(req.user).some((id) => String(id) === String(owner))
  )
}

/** Only people who may edit the listing may write these fields: editors and its members. */
export const professionalWrite: FieldAccess<Activity | Opening> = ({ req, doc, data }) => {
  if (isEditorUser(req.user)) return true
  const owner = relationID(data?.organisation ?? doc?.organisation)
  return (
    owner !== undefined &&
    getUserOrganisationIDs(req.user).some((id) => String(id) === String(owner))
  )
}
