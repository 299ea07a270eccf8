export { buildCalendar, eventLines, HORIZON_DAYS } from './calendar'
export type { CalendarEventInput } from './calendar'
export { escapeText, foldLine } from './format'
export { AMSTERDAM_VTIMEZONE } from './timezone'
