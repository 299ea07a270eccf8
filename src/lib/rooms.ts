import { label } from './vocabulary'

/**
 * Rooms that community buildings make available to initiatives, and the times asked for them:
 * a date and a start and end on the quarter hour. An accepted booking holds every quarter hour
 * it covers; those quarters are unique per room, so two bookings can never hold the same one.
 */
export const ROOM_FACILITIES = [
  { value: 'kitchen', label: label('Keuken', 'Kitchen') },
  { value: 'coffee', label: label('Koffie en thee', 'Coffee and tea') },
  { value: 'projector', label: label('Beamer of scherm', 'Projector or screen') },
  { value: 'wifi', label: label('Wifi', 'Wi-fi') },
  { value: 'whiteboard', label: label('Whiteboard of flip-over', 'Whiteboard or flip chart') },
  { value: 'sound', label: label('Geluidsinstallatie', 'Sound system') },
] as const

const TIME = /^([01]\d|2[0-3]):(00|15|30|45)$/
const DATE = /^\d{4}-\d{2}-\d{2}$/
/** The longest a booking may be. */
const MAX_HOURS = 12

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
const clock = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`

export type TimeProblem = 'date' | 'past' | 'far' | 'time' | 'order' | 'long'

/**
 * What is wrong with a requested date and times, or null: a real date from `today` up to a year
 * ahead, times on the quarter hour, the end after the start, at most MAX_HOURS.
 */
export const timeProblem = (
  request: { date: string; start: string; end: string },
  today: string,
): TimeProblem | null => {
  const day = new Date(`${request.date}T12:00:00Z`)
  if (
    !DATE.test(request.date) ||
    Number.isNaN(day.getTime()) ||
    day.toISOString().slice(0, 10) !== request.date
  )
    return 'date'
  if (request.date < today) return 'past'
  const year = new Date(`${today}T12:00:00Z`)
  year.setUTCFullYear(year.getUTCFullYear() + 1)
  if (request.date > year.toISOString().slice(0, 10)) return 'far'
  if (!TIME.test(request.start) || !TIME.test(request.end)) return 'time'
  if (minutes(request.end) <= minutes(request.start)) return 'order'
  if (minutes(request.end) - minutes(request.start) > MAX_HOURS * 60) return 'long'
  return null
}

/** The quarter hours a booking holds, as unique keys of its room: `venue:room:date:HH:mm`. */
export const slotKeys = (
  room: { venue: number | string; roomId: string },
  request: { date: string; start: string; end: string },
): string[] => {
  const keys: string[] = []
  for (let m = minutes(request.start); m < minutes(request.end); m += 15)
    keys.push(`${room.venue}:${room.roomId}:${request.date}:${clock(m)}`)
  return keys
}

/** Whether two times on the same day overlap (touching ends do not). */
export const overlaps = (a: { start: string; end: string }, b: { start: string; end: string }) =>
  minutes(a.start) < minutes(b.end) && minutes(b.start) < minutes(a.end)
