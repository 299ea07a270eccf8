import type { Schedule } from '../../../src/lib/schedule/types'

/** A valid weekly schedule (Tuesday 10:00–12:00) with overrides. */
export const schedule = (over: Partial<Schedule> = {}): Schedule => ({
  kind: 'weekly',
  date: null,
  weekdays: [2],
  weekOfMonth: null,
  startTime: '10:00',
  endTime: '12:00',
  validFrom: null,
  validUntil: null,
  exceptions: [],
  skipSchoolHolidays: null,
  ...over,
})
