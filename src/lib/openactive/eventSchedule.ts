import { DateTime } from 'luxon'

import { nextOccurrences, scheduleFromFields, wallClock, ZONE } from '../schedule'
import type { Schedule, SchoolHoliday } from '../schedule'
import type { ScheduleFields } from '../schedule/fromFields'

/**
 * An activity's schedule as an OpenActive `Schedule` (Modelling Opportunity Data 2.0, with the
 * fields data-models 3.x requires): the rule (`byDay`, `repeatFrequency`), the wall-clock times
 * with `scheduleTimezone`, and as `exceptDate` every day of this calendar year and the next on
 * which the rule would meet but the activity does not — its own exceptions, the school holidays
 * it skips and the public holidays. Never expanded into sessions: the rule is the data.
 *
 * The window is whole calendar years, not "the coming twelve months", so the same activity
 * gives the same data all year and the feed does not re-send it as the days go by.
 */
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const ICAL = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']

const minutesOf = (time: string) => {
  const [h, m] = wallClock(time).split(':').map(Number)
  return (h ?? 0) * 60 + (m ?? 0)
}

/** "PT1H30M": how long one meeting lasts (wall-clock; a meeting never spans midnight). */
const durationOf = (s: Schedule) => {
  const minutes = minutesOf(s.endTime) - minutesOf(s.startTime)
  if (minutes <= 0) return {}
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return { duration: `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}` }
}

const rule = (s: Schedule) => {
  switch (s.kind) {
    case 'weekly':
      return {
        repeatFrequency: 'P1W',
        byDay: s.weekdays.map((d) => `https://schema.org/${DAYS[d - 1]}`),
      }
    case 'biweekly':
      return {
        repeatFrequency: 'P2W',
        byDay: s.weekdays.map((d) => `https://schema.org/${DAYS[d - 1]}`),
      }
    case 'monthly':
      // iCal's BYDAY with the week of the month: "1TU" is the first Tuesday, "-1FR" the last Friday.
      return {
        repeatFrequency: 'P1M',
        byDay: s.weekdays.map((d) => `${s.weekOfMonth ?? 1}${ICAL[d - 1]}`),
      }
    case 'once':
      return { repeatFrequency: 'P1D', repeatCount: 1 }
  }
}

/** Jan 1 of this year (Dutch time) to Dec 31 of the next: the days the exceptions are listed for. */
const windowOf = (now: Date) => {
  const year = Number(now.toLocaleString('en-GB', { timeZone: ZONE, year: 'numeric' }))
  const start = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: ZONE })
  return { from: start.toJSDate(), until: start.plus({ years: 2 }).toJSDate() }
}

/** The days in the window the rule alone would give, and those the activity really meets. */
const daysWithAndWithoutSkips = (s: Schedule, now: Date, holidays: SchoolHoliday[]) => {
  const options = { ...windowOf(now), count: 800, holidays }
  const bare: Schedule = { ...s, exceptions: [], skipSchoolHolidays: null, onPublicHolidays: true }
  return {
    rule: nextOccurrences(bare, options).map((o) => o.localDate),
    real: new Set(nextOccurrences(s, options).map((o) => o.localDate)),
  }
}

export const toEventSchedule = (
  fields: ScheduleFields,
  now: Date,
  holidays: SchoolHoliday[],
): Record<string, unknown> => {
  const s = scheduleFromFields(fields)
  const days = daysWithAndWithoutSkips(s, now, holidays)
  const skipped = days.rule.filter((day) => !days.real.has(day))
  // Exceptions beyond the window are still the activity's own word.
  const later = s.exceptions.filter((day) => day > (days.rule.at(-1) ?? '9999'))
  const exceptDate = [...new Set([...skipped, ...later])].sort()
  const startDate =
    s.kind === 'once' ? s.date : (s.validFrom ?? (s.kind === 'biweekly' ? days.rule[0] : null))
  const endDate = s.kind === 'once' ? s.date : s.validUntil
  return {
    '@type': 'Schedule',
    scheduledEventType: 'ScheduledSession',
    ...rule(s),
    startTime: wallClock(s.startTime),
    endTime: wallClock(s.endTime),
    ...durationOf(s),
    scheduleTimezone: ZONE,
    ...(startDate ? { startDate } : {}),
    ...(endDate ? { endDate } : {}),
    ...(exceptDate.length ? { exceptDate } : {}),
  }
}
