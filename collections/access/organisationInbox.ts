import type { CollectionConfig } from 'payload'

import { editors } from './editors'
import { editorsOrOwnOrganisation } from './organisationScoped'

/**
 * Access of what residents send to an organisation (reports, interests): residents send them
 * (the public forms post as anonymous visitors, rate-limited in front of Payload); the
 * receiving organisation's members and the editors read and handle it; only editors delete.
 * Logged-in staff have nothing to send here, so the admin offers them no "create".
 */
export const organisationInboxAccess: CollectionConfig['access'] = {
  create: ({ req }) => !req.user,
  read: editorsOrOwnOrganisation,
  update: editorsOrOwnOrganisation,
  delete: editors,
}
