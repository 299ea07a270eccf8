export type {
  HolidayRegion,
  Occurrence,
  Schedule,
  ScheduleIssue,
  ScheduleKind,
  SchoolHoliday,
  Weekday,
} from './types'
export { scheduleFromFields, schoolHolidayFromFields, toLocalDay, ZONE } from './fromFields'
export type { ScheduleFields } from './fromFields'
export { isLocalDay, TIME_PATTERN, validateSchedule } from './validateSchedule'
export { BIWEEKLY_DEFAULT_ANCHOR, isInSchoolHoliday, MAX_SCAN_DAYS, nextOccurrences } from './nextOccurrences'
export type { NextOccurrencesOptions } from './nextOccurrences'
export { clockTime, describeSchedule, formatOccurrence } from './describeSchedule'
export type { ScheduleLocale } from './describeSchedule'
export { SCHOOL_HOLIDAYS_SEED } from './schoolHolidays'
