import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { getUserOrganisationIDs, relationID } from '../access/getUserOrganisationIDs'
import { isEditorUser } from '../access/roles'

/**
 * Organisation members may only place listings in their own organisations: moving one to
 * another organisation is refused with a clear 403 instead of being silently ignored.
 */
export const keepOwnOrganisation: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!req.user || isEditorUser(req.user) || !data || !('organisation' in data)) return data
  const target = relationID(data.organisation)
  const own = getUserOrganisationIDs(req.user).map(String)
  if (target === undefined || !own.includes(String(target))) {
    throw new APIError(
      'Je kunt dit alleen bij je eigen organisatie plaatsen. / You can only place this with your own organisation.',
      403,
      undefined,
      true,
    )
  }
  return data
}
