import type { CollectionConfig, Where } from 'payload'

import { label } from '../../src/lib/vocabulary'
import { editors } from '../access/editors'
import { getUserOrganisationIDs } from '../access/getUserOrganisationIDs'
import { isEditorUser } from '../access/roles'
import { behaviour } from '../behaviour'
import { keepServerOwned } from '../hooks/arrivedNow'
import { logPersonalReads } from '../hooks/logPersonalReads'
import { queueOnCreate } from '../hooks/queueOnCreate'
import { queueOnAnswer } from '../hooks/statusSteps'
import { refusePersonalCounts } from '../hooks/refusePersonalCounts'
import { bookingFields } from './fields'
import { answerBooking, releaseDeleted } from './hooks/answerBooking'
import { prepareBooking } from './hooks/prepareBooking'

/** Editors see all; members see the requests for the venues of their organisations. */
const venueInbox = ({ req }: { req: { user?: unknown } }): boolean | Where => {
  if (isEditorUser(req.user as never)) return true
  const own = getUserOrganisationIDs(req.user as never)
  return own.length ? { organisations: { in: own } } : false
}

/**
 * "Vraag deze ruimte aan": a resident group or organisation asks a community building's room
 * for a date and time. The venue's organisations accept or decline; an accepted booking holds
 * its time (room-slots), so the same time is never given twice. Personal data: only the
 * venue's organisations and the editors read it, every read logged; deleted by retention.
 */
export const createRoomBookings = ({
  retentionDays,
}: {
  retentionDays: number
}): CollectionConfig => ({
  slug: 'room-bookings',
  disableDuplicate: true,
  custom: { retentionDays },
  labels: {
    singular: label('Aanvraag ruimte', 'Room request'),
    plural: label('Aanvragen ruimtes', 'Room requests'),
  },
  admin: {
    useAsTitle: 'groupName',
    defaultColumns: ['groupName', 'roomName', 'date', 'start', 'status', 'createdAt'],
    group: label('Contact', 'Contact'),
    description: label(
      `Aanvragen voor de ruimtes van jullie locaties. Accepteer of wijs af; een geaccepteerde tijd is daarna bezet. Persoonsgegevens: alleen voor jullie en de redactie, elke inzage wordt vastgelegd; ${retentionDays} dagen na de datum verwijderd.`,
      `Requests for your venues' rooms. Accept or decline; an accepted time is then taken. Personal data: only for you and the editors, every read is logged; deleted ${retentionDays} days after the date.`,
    ),
  },
  access: { create: ({ req }) => !req.user, read: venueInbox, update: venueInbox, delete: editors },
  hooks: {
    beforeOperation: [
      refusePersonalCounts('contactName', 'email', 'phone', 'groupName', 'contactKey'),
    ],
    beforeChange: [
      prepareBooking,
      answerBooking,
      keepServerOwned('createdAt', 'organisations', 'roomName'),
    ],
    afterChange: [
      behaviour(queueOnCreate('roomBooking', 'booking')),
      behaviour(queueOnAnswer('roomBooking', 'booking')),
    ],
    afterDelete: [releaseDeleted],
    afterOperation: [logPersonalReads('room-bookings')],
  },
  fields: bookingFields(),
})
