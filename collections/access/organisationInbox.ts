import type { CollectionConfig } from 'payload'

import { editors } from './editors'
import { editorsOrOwnOrganisation } from './organisationScoped'

/**
 * Access of what residents send to an organisation (reports, interests): anyone may send one
 * (the public forms post as anonymous visitors, rate-limited in front of Payload); the
 * receiving organisation's members and the editors read and handle it; only editors delete.
 */
export const organisationInboxAccess: CollectionConfig['access'] = {
  create: () => true,
  read: editorsOrOwnOrganisation,
  update: editorsOrOwnOrganisation,
  delete: editors,
}
