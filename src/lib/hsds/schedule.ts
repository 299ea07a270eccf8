import { describeSchedule, scheduleFromFields, wallClock } from '../schedule'
import type { ScheduleFields } from '../schedule/fromFields'
import { hsdsId } from './ids'

/**
 * An activity's schedule as an HSDS `schedule` (iCal's terms): weekly with its days, every
 * other week (`interval` 2 from `dtstart`), monthly on the nth weekday (`byday` "1TU", "-1FR"),
 * or once. HSDS has no field for skipped days: exceptions, school holidays and public holidays
 * are named in `notes`, and `description` says the whole schedule in one Dutch sentence.
 *
 * Times are Dutch local time. HSDS asks for an offset with `opens_at`, but Amsterdam's changes
 * with summer time, so a fixed one would be wrong half the year; `notes` says the zone instead.
 */
const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']

const recurrence = (s: ReturnType<typeof scheduleFromFields>) => {
  const days = s.weekdays.map((d) => BYDAY[d - 1]!)
  switch (s.kind) {
    case 'weekly':
      return { freq: 'WEEKLY', interval: 1, byday: days.join(',') }
    case 'biweekly':
      return {
        freq: 'WEEKLY',
        interval: 2,
        byday: days.join(','),
        ...(s.validFrom ? { dtstart: s.validFrom } : {}),
      }
    case 'monthly':
      return { freq: 'MONTHLY', byday: days.map((d) => `${s.weekOfMonth ?? 1}${d}`).join(',') }
    case 'once':
      return s.date ? { dtstart: s.date, count: 1, valid_from: s.date, valid_to: s.date } : {}
  }
}

const notesOf = (s: ReturnType<typeof scheduleFromFields>): string =>
  [
    'Tijden in Nederlandse tijd (Europe/Amsterdam).',
    s.skipSchoolHolidays ? `Niet in de schoolvakanties (regio ${s.skipSchoolHolidays}).` : '',
    s.kind !== 'once' && !s.onPublicHolidays ? 'Niet op feestdagen.' : '',
    s.exceptions.length ? `Vervalt op: ${s.exceptions.join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ')

export const toHsdsSchedule = (site: string, activityID: number, fields: ScheduleFields) => {
  const s = scheduleFromFields(fields)
  return {
    id: hsdsId(site, 'schedules', activityID),
    service_id: hsdsId(site, 'activities', activityID),
    ...(s.kind !== 'once' && s.validFrom ? { valid_from: s.validFrom } : {}),
    ...(s.kind !== 'once' && s.validUntil ? { valid_to: s.validUntil, until: s.validUntil } : {}),
    ...recurrence(s),
    opens_at: wallClock(s.startTime),
    closes_at: wallClock(s.endTime),
    description: describeSchedule(s, 'nl'),
    notes: notesOf(s),
  }
}
