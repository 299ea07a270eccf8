import { DateTime } from 'luxon'

import { ZONE } from './fromFields'
import { SCHOOL_HOLIDAYS_SEED } from './schoolHolidays'
import type { HolidayRegion, Occurrence, Schedule, SchoolHoliday } from './types'
import { validateSchedule } from './validateSchedule'

/**
 * Biweekly schedules without validFrom count their weeks from the ISO week that starts on
 * Monday 2026-01-05 (week 0 = "on", week 1 = "off", …). With validFrom, week 0 is the ISO
 * week that contains validFrom.
 */
export const BIWEEKLY_DEFAULT_ANCHOR = '2026-01-05'

/** How far ahead (in days, from the first day that can match) the search looks at most. */
export const MAX_SCAN_DAYS = 3 * 366

export interface NextOccurrencesOptions {
  /** Occurrences that end after this instant are returned. */
  from: Date | string
  /** At most this many (default 5). */
  count?: number
  /** Only occurrences that start at or before this instant. */
  until?: Date | string
  /** Holidays to skip when the schedule has skipSchoolHolidays; default SCHOOL_HOLIDAYS_SEED. */
  holidays?: SchoolHoliday[]
}

/** True when the calendar day lies within a holiday of the region (first and last day included). */
export const isInSchoolHoliday = (localDate: string, region: HolidayRegion, holidays: SchoolHoliday[]): boolean =>
  holidays.some((h) => h.region === region && h.firstDay <= localDate && localDate <= h.lastDay)

const toInstant = (value: Date | string): DateTime =>
  value instanceof Date ? DateTime.fromJSDate(value, { zone: 'utc' }) : DateTime.fromISO(value, { zone: 'utc' })

/** A calendar day as a UTC midnight, so day arithmetic never meets a DST change. */
const day = (iso: string): DateTime => DateTime.fromISO(iso, { zone: 'utc' })

const weekdayMatches = (s: Schedule, d: DateTime): boolean => {
  if (!s.weekdays.includes(d.weekday as Schedule['weekdays'][number])) return false
  switch (s.kind) {
    case 'weekly':
      return true
    case 'biweekly': {
      const anchor = day(s.validFrom ?? BIWEEKLY_DEFAULT_ANCHOR).startOf('week')
      const weeks = Math.round(d.startOf('week').diff(anchor, 'days').days / 7)
      return weeks % 2 === 0
    }
    case 'monthly': {
      if (s.weekOfMonth === -1) return d.plus({ days: 7 }).month !== d.month
      const n = s.weekOfMonth ?? 0
      return d.day > (n - 1) * 7 && d.day <= n * 7
    }
    default:
      return false
  }
}

/**
 * Local wall time → instants. A start or end inside the spring-forward gap (02:00–03:00 on the
 * last Sunday of March) is moved forward by an hour, as luxon does (02:30 → 03:30 CEST). In the
 * repeated hour of the last Sunday of October luxon picks the second (winter-time, +01:00)
 * instant. If that leaves the end at or before the start, there is no occurrence that day.
 */
const occurrenceOn = (s: Schedule, localDate: string): Occurrence | null => {
  const start = DateTime.fromISO(`${localDate}T${s.startTime}`, { zone: ZONE })
  const end = DateTime.fromISO(`${localDate}T${s.endTime}`, { zone: ZONE })
  if (!start.isValid || !end.isValid || end <= start) return null
  return {
    start: start.toUTC().toISO({ suppressMilliseconds: true }) as string,
    end: end.toUTC().toISO({ suppressMilliseconds: true }) as string,
    localDate,
  }
}

/**
 * The next times a schedule happens, ascending: those whose end is after `from`.
 *
 * - Invalid schedules (any validateSchedule issue) give [].
 * - 'once' uses only date and times; validity, exceptions and school holidays do not apply.
 * - Recurring kinds respect validFrom/validUntil (inclusive), exceptions (local days) and,
 *   with skipSchoolHolidays, every day within a holiday of that region.
 * - The search stops after MAX_SCAN_DAYS days, so it always ends.
 */
export const nextOccurrences = (s: Schedule, opts: NextOccurrencesOptions): Occurrence[] => {
  const count = opts.count ?? 5
  const from = toInstant(opts.from)
  const until = opts.until === undefined ? null : toInstant(opts.until)
  if (count <= 0 || !from.isValid || (until && !until.isValid)) return []
  if (validateSchedule(s).length > 0) return []

  const wanted = (o: Occurrence | null): o is Occurrence =>
    o !== null && toInstant(o.end) > from && (!until || toInstant(o.start) <= until)

  if (s.kind === 'once') {
    const o = occurrenceOn(s, s.date as string)
    return wanted(o) ? [o] : []
  }

  const holidays = opts.holidays ?? SCHOOL_HOLIDAYS_SEED
  const exceptions = new Set(s.exceptions)
  const fromDay = from.setZone(ZONE).toISODate() as string
  let cursor = day(s.validFrom && s.validFrom > fromDay ? s.validFrom : fromDay)
  const last = cursor.plus({ days: MAX_SCAN_DAYS })
  const result: Occurrence[] = []

  for (; cursor <= last && result.length < count; cursor = cursor.plus({ days: 1 })) {
    const localDate = cursor.toISODate() as string
    if (s.validUntil && localDate > s.validUntil) break
    // Nothing starts on a later day than `until`'s local day (+1 for safety across zones).
    if (until && cursor > day(until.setZone(ZONE).toISODate() as string).plus({ days: 1 })) break
    if (!weekdayMatches(s, cursor)) continue
    if (exceptions.has(localDate)) continue
    if (s.skipSchoolHolidays && isInSchoolHoliday(localDate, s.skipSchoolHolidays, holidays)) continue
    const o = occurrenceOn(s, localDate)
    if (wanted(o)) result.push(o)
  }
  return result
}
