import { DateTime } from 'luxon'

import {
  nextOccurrences,
  ZONE,
  type Occurrence,
  type Schedule,
  type SchoolHoliday,
} from '../schedule'
import { escapeText, foldLine, localDateTime, utcDateTime } from './format'
import { AMSTERDAM, AMSTERDAM_VTIMEZONE } from './timezone'
import { isDutchPublicHoliday } from '../schedule/publicHolidays'

export interface CalendarEventInput {
  uid: string
  title: string
  description?: string
  location?: string
  geo?: { lat: number; lon: number }
  url?: string
  schedule: Schedule
  holidays: SchoolHoliday[]
}

/** How far ahead exceptions and school holidays are written out as EXDATEs. */
export const HORIZON_DAYS = 366

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']

/** The schedule's rule without its exceptions, in RFC 5545 terms. */
const rrule = (s: Schedule, until: string | null): string | null => {
  const days = [...s.weekdays].sort((a, b) => a - b)
  const tail = until ? `;UNTIL=${until}` : ''
  switch (s.kind) {
    case 'weekly':
      return `FREQ=WEEKLY;WKST=MO;BYDAY=${days.map((d) => BYDAY[d - 1]).join(',')}${tail}`
    case 'biweekly':
      return `FREQ=WEEKLY;INTERVAL=2;WKST=MO;BYDAY=${days.map((d) => BYDAY[d - 1]).join(',')}${tail}`
    case 'monthly':
      return `FREQ=MONTHLY;BYDAY=${days.map((d) => `${s.weekOfMonth}${BYDAY[d - 1]}`).join(',')}${tail}`
    default:
      return null
  }
}

/** The end of a local calendar day as an instant (for UNTIL). */
const endOfLocalDay = (localDate: string): Date =>
  DateTime.fromISO(`${localDate}T23:59:59`, { zone: ZONE }).toJSDate()

/** The days after `from` (up to `validUntil` or three years on) a rule falls on a public holiday. */
const publicHolidaysOfRule = (plain: Schedule, from: Date, validUntil: string | null): string[] => {
  const threeYears = DateTime.fromJSDate(from).plus({ years: 3 }).toJSDate()
  const until = validUntil ? endOfLocalDay(validUntil) : threeYears
  return nextOccurrences(plain, {
    from,
    until: until < threeYears ? until : threeYears,
    count: 2000,
    holidays: [],
  })
    .map((o) => o.localDate)
    .filter(isDutchPublicHoliday)
}

/**
 * The RRULE and EXDATE lines of a recurring schedule whose first occurrence (after now) is
 * `first`, given its real occurrences up to the horizon.
 */
const recurrenceLines = (
  s: Schedule,
  real: Occurrence[],
  first: Occurrence,
  horizonDay: string,
  horizon: Date,
): string[] => {
  const lines: string[] = []
  const capped = s.skipSchoolHolidays !== null && (!s.validUntil || s.validUntil > horizonDay)
  const untilDay = capped ? horizonDay : s.validUntil
  const plain: Schedule = {
    ...s,
    exceptions: [],
    skipSchoolHolidays: null,
    onPublicHolidays: true,
  }
  const all = nextOccurrences(plain, {
    from: first.start,
    until: untilDay && untilDay < horizonDay ? endOfLocalDay(untilDay) : horizon,
    count: 400,
    holidays: [],
  })
  const kept = new Set(real.map((o) => o.localDate))
  const skipped = all.filter(
    (o: Occurrence) => !kept.has(o.localDate) && (!untilDay || o.localDate <= untilDay),
  )
  lines.push(`RRULE:${rrule(s, untilDay ? utcDateTime(endOfLocalDay(untilDay)) : null)}`)
  if (skipped.length)
    lines.push(
      `EXDATE;TZID=${AMSTERDAM}:${skipped.map((o) => localDateTime(o.localDate, s.startTime)).join(',')}`,
    )
  // Exceptions beyond the horizon of a rule without end are written too: they are known dates.
  // So are public holidays the rule would fall on (rule-based: known for every year), up to
  // the rule's end or three years past the horizon.
  const holidays =
    s.onPublicHolidays || capped ? [] : publicHolidaysOfRule(plain, horizon, s.validUntil)
  const later = [
    ...s.exceptions.filter((d) => d > horizonDay && (!s.validUntil || d <= s.validUntil)),
    ...holidays,
  ].sort()
  if (!capped && later.length)
    lines.push(
      `EXDATE;TZID=${AMSTERDAM}:${[...new Set(later)].map((d) => localDateTime(d, s.startTime)).join(',')}`,
    )
  return lines
}

/**
 * One activity as a VEVENT, starting from its next occurrence after `now`: a recurring
 * schedule becomes an RRULE in Europe/Amsterdam local time (so calendars keep 10:00 at 10:00
 * across daylight-saving changes), exceptions and school holidays become EXDATEs. Holidays are
 * only known for a year or so: a schedule that skips them ends its RRULE at the horizon, so a
 * calendar never shows a date that would fall in an unknown holiday.
 */
const eventLines = (e: CalendarEventInput, now: Date): string[] => {
  const s = e.schedule
  const horizonDay = DateTime.fromJSDate(now)
    .setZone(ZONE)
    .plus({ days: HORIZON_DAYS })
    .toISODate() as string
  const horizon = endOfLocalDay(horizonDay)
  const real = nextOccurrences(s, { from: now, until: horizon, count: 400, holidays: e.holidays })
  const first = real[0]
  if (!first) return []
  const lines = [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${utcDateTime(now)}`,
    `DTSTART;TZID=${AMSTERDAM}:${localDateTime(first.localDate, s.startTime)}`,
    `DTEND;TZID=${AMSTERDAM}:${localDateTime(first.localDate, s.endTime)}`,
  ]
  if (s.kind !== 'once') lines.push(...recurrenceLines(s, real, first, horizonDay, horizon))
  lines.push(`SUMMARY:${escapeText(e.title)}`)
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`)
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`)
  if (e.geo) lines.push(`GEO:${e.geo.lat.toFixed(6)};${e.geo.lon.toFixed(6)}`)
  if (e.url) lines.push(`URL:${e.url}`)
  lines.push('END:VEVENT')
  return lines
}

/** A whole calendar (one activity, or a feed of a venue or organisation), CRLF-separated and folded. */
export const buildCalendar = (args: {
  name: string
  events: CalendarEventInput[]
  now?: Date
}): string => {
  const now = args.now ?? new Date()
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Meedoen//Meedoen directory//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(args.name)}`,
    `X-WR-TIMEZONE:${AMSTERDAM}`,
    ...AMSTERDAM_VTIMEZONE,
    ...args.events.flatMap((e) => eventLines(e, now)),
    'END:VCALENDAR',
  ]
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}
