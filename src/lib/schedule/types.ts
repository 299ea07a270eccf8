/** ISO weekday: 1 = Monday … 7 = Sunday (as luxon counts). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

export type ScheduleKind = 'once' | 'weekly' | 'biweekly' | 'monthly'

/** Dutch school-holiday regions as the national government publishes them. */
export type HolidayRegion = 'noord' | 'midden' | 'zuid'

/**
 * A schedule in plain values, all in Europe/Amsterdam local time. Dates are calendar days
 * ('2026-03-31'), times are 'HH:mm'. This is what the pure functions of this module take.
 */
export interface Schedule {
  kind: ScheduleKind
  /** The day of a one-off activity. */
  date: string | null
  /** Days of the week for recurring schedules. */
  weekdays: Weekday[]
  /** For monthly schedules: 1–4 = first … fourth, -1 = last such weekday of the month. */
  weekOfMonth: 1 | 2 | 3 | 4 | -1 | null
  startTime: string
  endTime: string
  validFrom: string | null
  validUntil: string | null
  /** Days on which it does not happen. */
  exceptions: string[]
  /** Skip the school holidays of this region. */
  skipSchoolHolidays: HolidayRegion | null
  /** Happens on Dutch public holidays too (Kerst, Nieuwjaar, Pasen, Koningsdag …); skipped unless true. */
  onPublicHolidays?: boolean
}

export interface SchoolHoliday {
  region: HolidayRegion
  name: string
  /** First and last day, inclusive, as calendar days. */
  firstDay: string
  lastDay: string
  confidence?: 'official' | 'estimated'
}

/** One time it happens: instants in UTC ISO plus the local calendar day. */
export interface Occurrence {
  start: string
  end: string
  localDate: string
}

export interface ScheduleIssue {
  field: string
  message: { nl: string; en: string }
}
