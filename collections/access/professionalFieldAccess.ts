import type { FieldAccess } from 'payload'

import { getUserOrganisationIDs, relationID } from './getUserOrganisationIDs'
import { hasRole, isEditorUser } from './roles'

/**
 * Referral notes and internal contacts: for professionals, editors and the members of the
 * organisation that owns the listing; never for residents.
 */
export const professionalRead: FieldAccess = ({ req, doc }) => {
  if (isEditorUser(req.user) || hasRole(req.user, 'professional')) return true
  const owner = relationID(doc?.organisation)
  return owner !== undefined && getUserOrganisationIDs(req.user).some((id) => String(id) === String(owner))
}

/** Only people who may edit the listing may write these fields: editors and its members. */
export const professionalWrite: FieldAccess = ({ req, doc, data }) => {
  if (isEditorUser(req.user)) return true
  const owner = relationID(data?.organisation ?? doc?.organisation)
  return owner !== undefined && getUserOrganisationIDs(req.user).some((id) => String(id) === String(owner))
}
