export { buildCalendar, HORIZON_DAYS } from './calendar'
export type { CalendarEventInput } from './calendar'
export { escapeText } from './format'
