import { DateTime } from 'luxon'

import { ZONE } from './fromFields'
import { SCHOOL_HOLIDAYS_SEED } from './schoolHolidays'
import type { HolidayRegion, Occurrence, Schedule, SchoolHoliday } from './types'
import { validateSchedule } from './validateSchedule'
import { isDutchPublicHoliday } from './publicHolidays'

/**
 * Biweekly schedules without validFrom count their weeks from the ISO week that starts on
 * Monday 2026-01-05 (week 0 = "on", week 1 = "off", …). With validFrom, week 0 is the ISO
 * week that contains validFrom.
 */
const BIWEEKLY_DEFAULT_ANCHOR = '2026-01-05'

/** How far ahead (in days, from the first day that can match) the search looks at most. */
const MAX_SCAN_DAYS = 3 * 366

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
export const isInSchoolHoliday = (
  localDate: string,
  region: HolidayRegion,
  holidays: SchoolHoliday[],
): boolean =>
  holidays.some((h) => h.region === region && h.firstDay <= localDate && localDate <= h.lastDay)

const toInstant = (value: Date | string): DateTime =>
  value instanceof Date
    ? DateTime.fromJSDate(value, { zone: 'utc' })
    : DateTime.fromISO(value, { zone: 'utc' })

/*
 * Calendar days are walked as UTC-midnight milliseconds with plain Date arithmetic: a day is
 * always 86,400,000 ms there (no DST), and it is many times faster than luxon for the
 * year-long walks of calendar exports. Only real instants go through luxon (occurrenceOn).
 */
const DAY_MS = 86_400_000
const dayMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`)
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10)
/** ISO weekday, 1 = Monday … 7 = Sunday. */
const weekdayOf = (ms: number): number => ((new Date(ms).getUTCDay() + 6) % 7) + 1
const mondayOf = (ms: number): number => ms - (weekdayOf(ms) - 1) * DAY_MS

const weekdayMatches = (s: Schedule, ms: number): boolean => {
  if (!s.weekdays.includes(weekdayOf(ms) as Schedule['weekdays'][number])) return false
  switch (s.kind) {
    case 'weekly':
      return true
    case 'biweekly': {
      const anchor = mondayOf(dayMs(s.validFrom ?? BIWEEKLY_DEFAULT_ANCHOR))
      const weeks = Math.round((mondayOf(ms) - anchor) / (7 * DAY_MS))
      return weeks % 2 === 0
    }
    case 'monthly': {
      const date = new Date(ms)
      if (s.weekOfMonth === -1)
        return new Date(ms + 7 * DAY_MS).getUTCMonth() !== date.getUTCMonth()
      const n = s.weekOfMonth ?? 0
      return date.getUTCDate() > (n - 1) * 7 && date.getUTCDate() <= n * 7
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
/** Local wall time in Amsterdam → UTC ISO instant; memoised (bounded), luxon's zone maths is the costly part. */
const instants = new Map<string, string | null>()
const INSTANT_CACHE_SIZE = 50_000
const amsterdamInstant = (localDate: string, time: string): string | null => {
  const key = `${localDate}T${time}`
  const known = instants.get(key)
  if (known !== undefined) return known
  const dt = DateTime.fromISO(key, { zone: ZONE })
  const value = dt.isValid ? dt.toUTC().toISO({ suppressMilliseconds: true }) : null
  if (instants.size >= INSTANT_CACHE_SIZE) instants.clear()
  instants.set(key, value)
  return value
}

const occurrenceOn = (s: Schedule, localDate: string): Occurrence | null => {
  const start = amsterdamInstant(localDate, s.startTime)
  const end = amsterdamInstant(localDate, s.endTime)
  if (!start || !end || Date.parse(end) <= Date.parse(start)) return null
  return { start, end, localDate }
}

/**
 * The next times a schedule happens, ascending: those whose end is after `from`.
 *
 * - Invalid schedules (any validateSchedule issue) give [].
 * - 'once' uses only date and times; validity, exceptions and school holidays do not apply.
 * - Recurring kinds respect validFrom/validUntil (inclusive), exceptions (local days) and,
 *   with skipSchoolHolidays, every day within a holiday of that region; Dutch public
 *   holidays unless onPublicHolidays.
 * - The search stops after MAX_SCAN_DAYS days, so it always ends.
 */
export const nextOccurrences = (s: Schedule, opts: NextOccurrencesOptions): Occurrence[] => {
  const count = opts.count ?? 5
  const from = toInstant(opts.from)
  const until = opts.until === undefined ? null : toInstant(opts.until)
  if (count <= 0 || !from.isValid || (until && !until.isValid)) return []
  if (validateSchedule(s).length > 0) return []

  const fromMs = from.toMillis()
  const untilMs = until ? until.toMillis() : Infinity
  const wanted = (o: Occurrence | null): o is Occurrence =>
    o !== null && Date.parse(o.end) > fromMs && Date.parse(o.start) <= untilMs

  if (s.kind === 'once') {
    const o = occurrenceOn(s, s.date as string)
    return wanted(o) ? [o] : []
  }

  const holidays = opts.holidays ?? SCHOOL_HOLIDAYS_SEED
  const exceptions = new Set(s.exceptions)
  const fromDay = from.setZone(ZONE).toISODate() as string
  let cursor = dayMs(s.validFrom && s.validFrom > fromDay ? s.validFrom : fromDay)
  const last = cursor + MAX_SCAN_DAYS * DAY_MS
  // Nothing starts on a later day than `until`'s local day (+1 for safety across zones).
  const lastStartDay = until ? dayMs(until.setZone(ZONE).toISODate() as string) + DAY_MS : Infinity
  const result: Occurrence[] = []

  for (; cursor <= last && result.length < count; cursor += DAY_MS) {
    const localDate = isoDay(cursor)
    if (s.validUntil && localDate > s.validUntil) break
    if (cursor > lastStartDay) break
    if (!weekdayMatches(s, cursor)) continue
    if (exceptions.has(localDate)) continue
    if (s.skipSchoolHolidays && isInSchoolHoliday(localDate, s.skipSchoolHolidays, holidays))
      continue
    if (!s.onPublicHolidays && isDutchPublicHoliday(localDate)) continue
    const o = occurrenceOn(s, localDate)
    if (wanted(o)) result.push(o)
  }
  return result
}
