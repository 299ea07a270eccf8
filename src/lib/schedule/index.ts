export type { Occurrence, Schedule, SchoolHoliday } from './types'
export {
  scheduleFromFields,
  schoolHolidayFromFields,
  toLocalDay,
  wallClock,
  ZONE,
} from './fromFields'
export { nextOccurrences } from './nextOccurrences'
export { clockTime, describeSchedule, formatOccurrence } from './describeSchedule'
