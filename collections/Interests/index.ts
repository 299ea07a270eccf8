import type { CollectionConfig } from 'payload'

import { label } from '../../src/lib/vocabulary'
import { organisationInboxAccess } from '../access/organisationInbox'
import { keepServerOwned } from '../hooks/arrivedNow'
import { logPersonalReads } from '../hooks/logPersonalReads'
import { queueOnCreate } from '../hooks/queueOnCreate'
import { behaviour } from '../behaviour'
import { prepareInterest } from './hooks/prepareInterest'
import { refusePersonalCounts } from '../hooks/refusePersonalCounts'
import { tallyInterest } from './hooks/tallyInterest'
import { interestFields } from './fields'
import { COMPONENTS } from '../../plugins/directory/constants'

export { LISTING_KIND_OPTIONS } from './fields'

/**
 * "Ik heb interesse": a resident's name, one way to reach them and a message, for one
 * listing. Personal data: only the receiving organisation's members and the editors read it
 * (every read is logged), nobody can change what the resident sent, and it is deleted
 * automatically `retentionDays` after it arrived.
 */
export const createInterests = ({
  retentionDays,
}: {
  retentionDays: number
}): CollectionConfig => ({
  slug: 'interests',
  // A copy would be a new arrival: personal data living past its retention, a false count.
  disableDuplicate: true,
  custom: { retentionDays },
  labels: {
    singular: label('Interesse', 'Interest'),
    plural: label('Interesse ("Ik heb interesse")', 'Interests ("I am interested")'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'listing', 'status', 'waiting', 'createdAt'],
    group: label('Contact', 'Contact'),
    description: label(
      `Persoonsgegevens: alleen voor je eigen organisatie en de redactie. Elke inzage wordt vastgelegd. Na ${retentionDays} dagen worden ze automatisch verwijderd.`,
      `Personal data: only for your own organisation and the editors. Every read is logged. Deleted automatically after ${retentionDays} days.`,
    ),
    components: { beforeListTable: [COMPONENTS.PersonData] },
  },
  // Erasing a person's data on request is the editors' job (delete); everything else goes by retention.
  access: organisationInboxAccess,
  hooks: {
    beforeOperation: [
      refusePersonalCounts('name', 'email', 'phone', 'message', 'contactKey', 'note'),
    ],
    beforeChange: [prepareInterest, keepServerOwned('createdAt')],
    afterChange: [tallyInterest, behaviour(queueOnCreate('interest', 'interest'))],
    afterOperation: [logPersonalReads('interests')],
  },
  fields: interestFields(retentionDays),
})
