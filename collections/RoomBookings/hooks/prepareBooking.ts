import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { amsterdamDay, contactKey } from '../../../src/lib/contact'
import { slotKeys, timeProblem, type TimeProblem } from '../../../src/lib/rooms'
import type { RoomBooking } from '../../../src/payload-types'
import { relationID } from '../../access/getUserOrganisationIDs'
import { refuse } from '../../fields/inLanguage'
import { arrivedNow } from '../../hooks/arrivedNow'
import { anonymousRequest } from '../../requests'

const TIME_TEXT: Record<TimeProblem, [string, string]> = {
  date: ['Kies een bestaande datum.', 'Choose a real date.'],
  past: ['Die datum is al voorbij.', 'That date has passed.'],
  far: ['Je kunt tot een jaar vooruit aanvragen.', 'You can ask up to a year ahead.'],
  time: [
    'Kies tijden op het kwartier, bijvoorbeeld 14:00 of 14:15.',
    'Choose times on the quarter hour, like 14:00 or 14:15.',
  ],
  order: ['De eindtijd moet na de begintijd liggen.', 'The end must be after the start.'],
  long: ['Vraag een ruimte voor hoogstens 12 uur aan.', 'Ask for a room for at most 12 hours.'],
}

/** Whether any of these quarter hours is already held by an accepted booking. */
export const taken = async (req: PayloadRequest, keys: string[]): Promise<boolean> =>
  (
    await req.payload.count({
      collection: 'room-slots',
      where: { key: { in: keys } },
      req,
      overrideAccess: true,
    })
  ).totalDocs > 0

/** The venue (as the public sees it) and its room that takes requests through Meedoen; else a 400. */
const bookableRoom = async (req: PayloadRequest, data: Partial<RoomBooking>) => {
  const venueID = relationID(data.venue)
  const venue =
    venueID !== undefined && /^\d{1,12}$/.test(String(venueID))
      ? await req.payload.findByID({
          collection: 'venues',
          id: venueID,
          depth: 0,
          overrideAccess: false,
          req: anonymousRequest(req),
          disableErrors: true,
        })
      : null
  const room = venue?.rooms?.find((r) => r.id === data.roomId && r.bookable)
  if (!venue || !room)
    return refuse(
      req,
      400,
      'Deze ruimte kun je niet via Meedoen aanvragen.',
      'This room cannot be requested through Meedoen.',
    )
  return { venue, room }
}

/**
 * A new room request, from the public form: for a room of a venue residents can see that takes
 * requests through Meedoen; a real date and time, not too long, not more people than fit; a
 * time not already taken (409); consent. Addressed to the venue's organisations; the status,
 * answer and arrival are the server's.
 */
export const prepareBooking: CollectionBeforeChangeHook<RoomBooking> = async ({
  data,
  req,
  operation,
}) => {
  if (operation !== 'create') return data
  const { venue, room } = await bookableRoom(req, data)
  if (data.consent !== true)
    refuse(
      req,
      400,
      'Geef toestemming om je gegevens te delen.',
      'Please give consent to share your details.',
    )
  const when = {
    date: String(data.date ?? ''),
    start: String(data.start ?? ''),
    end: String(data.end ?? ''),
  }
  const problem = timeProblem(when, amsterdamDay(new Date()))
  if (problem) refuse(req, 400, ...TIME_TEXT[problem])
  if (room.capacity && Number(data.people) > room.capacity)
    refuse(
      req,
      400,
      `Er passen hoogstens ${room.capacity} mensen in deze ruimte.`,
      `At most ${room.capacity} people fit in this room.`,
    )
  if (await taken(req, slotKeys({ venue: venue.id, roomId: room.id! }, when)))
    refuse(
      req,
      409,
      'Deze ruimte is dan al bezet. Kies een andere tijd.',
      'This room is taken then. Choose another time.',
    )
  return {
    ...data,
    ...arrivedNow(),
    ...when,
    roomName: room.name,
    organisations: (venue.organisations ?? []).map((o) => relationID(o) as number),
    status: 'requested',
    response: null,
    contactKey: contactKey(String(data.email ?? '')),
  }
}
