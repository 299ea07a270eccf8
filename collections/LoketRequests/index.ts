import type { CollectionConfig, Where } from 'payload'

import { editors } from '../access/editors'
import { label } from '../../src/lib/vocabulary'
import { keepServerOwned } from '../hooks/arrivedNow'
import { queueOnCreate } from '../hooks/queueOnCreate'
import { behaviour } from '../behaviour'
import { setDeadline } from './hooks/setDeadline'
import { tellEmployer } from './hooks/tellEmployer'
import { OPEN_LOKET_STATUSES } from './options'
import { loketFields } from './fields'

export { OPEN_LOKET_STATUSES } from './options'

/** Open requests whose deadline has passed. */
export const overdueLoketWhere = (now: Date): Where => ({
  and: [{ status: { in: [...OPEN_LOKET_STATUSES] } }, { dueAt: { less_than: now.toISOString() } }],
})

/**
 * The employer loket: "Ik wil als werkgever meedoen". A request from the public form, which
 * an editor answers within `responseWorkingDays` working days; the editor turns it into an
 * organisation with draft openings in one action. Only editors read it.
 */
export const createLoketRequests = ({
  responseWorkingDays,
}: {
  responseWorkingDays: number
}): CollectionConfig => ({
  slug: 'loket-requests',
  disableDuplicate: true,
  custom: { responseWorkingDays },
  labels: {
    singular: label('Aanvraag werkgeversloket', 'Employer request'),
    plural: label('Werkgeversloket', 'Employer desk'),
  },
  admin: {
    useAsTitle: 'organisationName',
    defaultColumns: ['organisationName', 'kinds', 'status', 'assignedTo', 'dueAt', 'createdAt'],
    group: label('Contact', 'Contact'),
    description: label(
      `Werkgevers die plekken willen bieden. Neem binnen ${responseWorkingDays} werkdagen contact op; rood = te laat.`,
      `Employers who want to offer places. Respond within ${responseWorkingDays} working days; red = overdue.`,
    ),
  },
  access: {
    // The public form creates requests as an anonymous visitor (rate-limited in front of Payload).
    create: () => true,
    read: editors,
    update: editors,
    delete: editors,
  },
  hooks: {
    beforeChange: [setDeadline(responseWorkingDays), keepServerOwned('createdAt', 'dueAt')],
    afterChange: [behaviour(queueOnCreate('loketRequest', 'request')), behaviour(tellEmployer)],
  },
  fields: loketFields(),
})
