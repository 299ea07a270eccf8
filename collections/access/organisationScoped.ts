import type { Access } from 'payload'

import { getUserOrganisationIDs } from './getUserOrganisationIDs'
import { isEditorUser } from './roles'

/**
 * Documents addressed to one organisation (reports, interests): editors see all, members
 * only their own organisations', everyone else nothing.
 */
export const editorsOrOwnOrganisation: Access = ({ req }) => {
  if (isEditorUser(req.user)) return true
  const own = getUserOrganisationIDs(req.user)
  return own.length ? { organisation: { in: own } } : false
}
