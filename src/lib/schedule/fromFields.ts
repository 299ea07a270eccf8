import { DateTime } from 'luxon'

import type { HolidayRegion, Schedule, ScheduleKind, SchoolHoliday, Weekday } from './types'

/** The schedule group as Payload stores it: selects are strings, dates are ISO instants. */
export interface ScheduleFields {
  kind?: string | null
  date?: string | null
  weekdays?: string[] | null
  weekOfMonth?: string | null
  startTime?: string | null
  endTime?: string | null
  validFrom?: string | null
  validUntil?: string | null
  exceptions?: { date?: string | null }[] | null
  skipSchoolHolidays?: string | null
  onPublicHolidays?: boolean | null
}

export const ZONE = 'Europe/Amsterdam'

/** A stored time as "HH:MM" (older rows wrote "10.00"). */
export const wallClock = (time: string): string => time.replace('.', ':').slice(0, 5)

/**
 * A stored day-only date as the calendar day in Amsterdam. The admin's date picker stores
 * midday of the chosen day, so the day survives any time-zone shift.
 */
const localDays = new Map<string, string | null>()
const LOCAL_DAYS_KEPT = 50_000

export const toLocalDay = (iso: string | null | undefined): string | null => {
  if (!iso) return null
  const known = localDays.get(iso)
  if (known !== undefined) return known
  const day = DateTime.fromISO(iso, { zone: 'utc' }).setZone(ZONE)
  const value = day.isValid ? day.toISODate() : null
  // The same stored dates come back on every page of every list: luxon's zone maths is the cost.
  if (localDays.size >= LOCAL_DAYS_KEPT) localDays.clear()
  localDays.set(iso, value)
  return value
}

/** A list field's value, or none when a client sent something else (the save is refused for it elsewhere). */
const listOf = <T>(value: T[] | null | undefined): T[] => (Array.isArray(value) ? value : [])

export const scheduleFromFields = (s: ScheduleFields): Schedule => ({
  kind: (s.kind ?? 'weekly') as ScheduleKind,
  date: toLocalDay(s.date),
  weekdays: listOf(s.weekdays).map(Number) as Weekday[],
  weekOfMonth: s.weekOfMonth ? (Number(s.weekOfMonth) as Schedule['weekOfMonth']) : null,
  startTime: s.startTime ?? '',
  endTime: s.endTime ?? '',
  validFrom: toLocalDay(s.validFrom),
  validUntil: toLocalDay(s.validUntil),
  exceptions: listOf(s.exceptions)
    .map((e) => toLocalDay(e?.date))
    .filter((d): d is string => Boolean(d)),
  skipSchoolHolidays: (s.skipSchoolHolidays as HolidayRegion | null | undefined) ?? null,
  onPublicHolidays: s.onPublicHolidays === true,
})

/** A school holiday as Payload stores it (day-only dates as instants) → calendar days. */
export const schoolHolidayFromFields = (h: {
  region: HolidayRegion
  name: string
  firstDay: string
  lastDay: string
}): SchoolHoliday => ({
  region: h.region,
  name: h.name,
  firstDay: toLocalDay(h.firstDay) ?? h.firstDay,
  lastDay: toLocalDay(h.lastDay) ?? h.lastDay,
})
