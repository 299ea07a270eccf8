import type { PayloadRequest, TaskConfig } from 'payload'

import { escapeHtml } from '../../../src/lib/html'
import { buildCalendar } from '../../../src/lib/ics'
import { scheduleFromFields } from '../../../src/lib/schedule'
import type { RoomBooking, Venue } from '../../../src/payload-types'
import { EMAIL_RETRIES } from '../jobs/emailRetries'
import { organisationRecipients } from '../jobs/organisationRecipients'
import { TASKS } from '../constants'

const dayText = (date: string) =>
  new Intl.DateTimeFormat('nl-NL', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`))
const when = (b: RoomBooking) =>
  `${dayText(b.date)} van ${b.start.replace(':', '.')} tot ${b.end.replace(':', '.')}`

/** The accepted booking as a calendar file: one event at the venue's address. */
const bookingCalendar = (booking: RoomBooking, venue: Venue): string => {
  const address = `${venue.address.street} ${venue.address.houseNumber}, ${venue.address.postcode} ${venue.address.city}`
  return buildCalendar({
    name: `${booking.roomName} – ${venue.name}`,
    events: [
      {
        uid: `room-booking-${booking.id}@meedoen`,
        title: `${booking.purpose} (${booking.roomName}, ${venue.name})`,
        location: `${venue.name}, ${address}`,
        schedule: scheduleFromFields({
          kind: 'once',
          date: booking.date,
          startTime: booking.start,
          endTime: booking.end,
        }),
        holidays: [],
      },
    ],
  })
}

/** A new request: the venue's organisations hear which room and when, not who asked. */
const mailNew = async (req: PayloadRequest, booking: RoomBooking, venue: Venue) => {
  const organisations = (venue.organisations ?? []).filter((o) => typeof o === 'object')
  const to = [
    ...new Set(
      (await Promise.all(organisations.map((o) => organisationRecipients(req, o)))).flat(),
    ),
  ]
  if (!to.length) return 0
  const admin = `${req.payload.config.serverURL}/admin/collections/room-bookings/${booking.id}`
  await req.payload.sendEmail({
    to,
    subject: `Aanvraag ruimte: ${booking.roomName}, ${dayText(booking.date)}`,
    html: `<p>Hallo,</p><p>Er is een aanvraag voor <strong>${escapeHtml(booking.roomName ?? '')}</strong> in ${escapeHtml(venue.name)}: ${escapeHtml(when(booking))}.</p><p><a href="${admin}">Accepteer of wijs af in Meedoen</a> (log in met je account).</p><p>Om privacyredenen staan de gegevens van de aanvrager niet in deze e-mail.</p>`,
    text: `Hallo,\n\nEr is een aanvraag voor ${booking.roomName} in ${venue.name}: ${when(booking)}.\nAccepteer of wijs af in Meedoen: ${admin}\n`,
  })
  return 1
}

const ANSWERS: Record<string, { subject: string; line: string }> = {
  accepted: {
    subject: 'Ruimte geaccepteerd',
    line: 'is geaccepteerd. De ruimte is voor jullie gereserveerd.',
  },
  declined: { subject: 'Ruimte niet beschikbaar', line: 'kan helaas niet doorgaan.' },
  cancelled: { subject: 'Reservering geannuleerd', line: 'is geannuleerd.' },
}

/** The answer, to the requester (their own details): accepted comes with the booking as .ics. */
const mailAnswer = async (req: PayloadRequest, booking: RoomBooking, venue: Venue) => {
  const answer = ANSWERS[booking.status]
  if (!answer) return 0
  const note = booking.response ? `\n\nBericht van ${venue.name}: ${booking.response}` : ''
  await req.payload.sendEmail({
    to: booking.email,
    subject: `${answer.subject}: ${booking.roomName}, ${dayText(booking.date)}`,
    text: `Beste ${booking.contactName},\n\nJe aanvraag voor ${booking.roomName} in ${venue.name} op ${when(booking)} ${answer.line}${note}\n`,
    html: `<p>Beste ${escapeHtml(booking.contactName)},</p><p>Je aanvraag voor <strong>${escapeHtml(booking.roomName ?? '')}</strong> in ${escapeHtml(venue.name)} op ${escapeHtml(when(booking))} ${escapeHtml(answer.line)}</p>${booking.response ? `<p>Bericht van ${escapeHtml(venue.name)}: ${escapeHtml(booking.response)}</p>` : ''}`,
    ...(booking.status === 'accepted'
      ? {
          attachments: [
            {
              filename: 'ruimte.ics',
              content: bookingCalendar(booking, venue),
              contentType: 'text/calendar; charset=utf-8',
            },
          ],
        }
      : {}),
  })
  return 1
}

/** A room request arrived (to the venue's organisations) or was answered (to the requester). */
export const roomBookingTask: TaskConfig = {
  slug: TASKS.roomBooking,
  label: 'E-mail about a room request: new (venue) or answered (requester, with .ics)',
  inputSchema: [
    { name: 'booking', type: 'text', required: true },
    { name: 'event', type: 'text' },
  ],
  outputSchema: [{ name: 'emails', type: 'number' }],
  retries: EMAIL_RETRIES,
  handler: async ({ input, req }) => {
    const { booking: id, event } = input as { booking: string; event?: string }
    const booking = await req.payload.findByID({
      collection: 'room-bookings',
      id,
      depth: 0,
      req,
      disableErrors: true,
    })
    const venue = booking
      ? await req.payload.findByID({
          collection: 'venues',
          id: booking.venue as number,
          depth: 1,
          req,
          disableErrors: true,
        })
      : null
    if (!booking || !venue) return { output: { emails: 0 } }
    const emails =
      event === 'answered'
        ? await mailAnswer(req, booking, venue)
        : await mailNew(req, booking, venue)
    return { output: { emails } }
  },
}
