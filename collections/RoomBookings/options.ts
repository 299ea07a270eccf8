import { label } from '../../src/lib/vocabulary'

/** Where a room request stands; the venue's organisation answers it. */
export const BOOKING_STATUSES = [
  { value: 'requested', label: label('Aangevraagd', 'Requested') },
  { value: 'accepted', label: label('Geaccepteerd', 'Accepted') },
  { value: 'declined', label: label('Afgewezen', 'Declined') },
  { value: 'cancelled', label: label('Geannuleerd', 'Cancelled') },
] as const

export type BookingStatus = (typeof BOOKING_STATUSES)[number]['value']

/** Which status may follow which: a request is answered once; an accepted one can be cancelled. */
export const BOOKING_NEXT: Record<BookingStatus, readonly BookingStatus[]> = {
  requested: ['accepted', 'declined'],
  accepted: ['cancelled'],
  declined: [],
  cancelled: [],
}
