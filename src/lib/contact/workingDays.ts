import { DateTime } from 'luxon'

import { isDutchPublicHoliday } from '../schedule/publicHolidays'

export { dutchPublicHolidays, easterSunday } from '../schedule/publicHolidays'

const ZONE = 'Europe/Amsterdam'

const isHoliday = (day: DateTime): boolean => isDutchPublicHoliday(day.toISODate()!)

/** Monday to Friday and not a Dutch public holiday, in Amsterdam. */
export const isWorkingDay = (at: Date): boolean => {
  const day = DateTime.fromJSDate(at, { zone: ZONE })
  return day.weekday <= 5 && !isHoliday(day)
}

/**
 * The end (23:59:59.999 Amsterdam time) of the n-th working day after `from`: a request that
 * arrives on Friday afternoon with 5 working days is due at the end of the next Friday.
 */
export const addWorkingDays = (from: Date, n: number): Date => {
  let day = DateTime.fromJSDate(from, { zone: ZONE }).startOf('day')
  let left = n
  while (left > 0) {
    day = day.plus({ days: 1 })
    if (day.weekday <= 5 && !isHoliday(day)) left--
  }
  return day.endOf('day').toJSDate()
}
