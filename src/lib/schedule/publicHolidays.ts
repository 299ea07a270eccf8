import { DateTime } from 'luxon'

const ZONE = 'Europe/Amsterdam'

/** Easter Sunday of a year (anonymous Gregorian algorithm), as month and day. */
export const easterSunday = (year: number): { month: number; day: number } => {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  return { month, day: ((h + l - 7 * m + 114) % 31) + 1 }
}

/**
 * The Dutch national public holidays of a year as ISO days (yyyy-mm-dd): New Year, Easter
 * Monday, King's Day (26 April when the 27th is a Sunday), Liberation Day in lustrum years
 * (when it is a general day off), Ascension, Whit Monday and Christmas. Rule-based, so no
 * yearly data: Good Friday is not a general day off and is not included.
 */
export const dutchPublicHolidays = (year: number): Set<string> => {
  const easter = DateTime.fromObject({ year, ...easterSunday(year) }, { zone: ZONE })
  const kingsDay = DateTime.fromObject({ year, month: 4, day: 27 }, { zone: ZONE })
  const days = [
    DateTime.fromObject({ year, month: 1, day: 1 }, { zone: ZONE }),
    easter.plus({ days: 1 }),
    kingsDay.weekday === 7 ? kingsDay.minus({ days: 1 }) : kingsDay,
    easter.plus({ days: 39 }),
    easter.plus({ days: 50 }),
    DateTime.fromObject({ year, month: 12, day: 25 }, { zone: ZONE }),
    DateTime.fromObject({ year, month: 12, day: 26 }, { zone: ZONE }),
  ]
  if (year % 5 === 0) days.push(DateTime.fromObject({ year, month: 5, day: 5 }, { zone: ZONE }))
  return new Set(days.map((d) => d.toISODate()!))
}

const byYear = new Map<number, Set<string>>()

/** Whether a calendar day (yyyy-mm-dd) is a Dutch national public holiday. */
export const isDutchPublicHoliday = (localDate: string): boolean => {
  const year = Number(localDate.slice(0, 4))
  let days = byYear.get(year)
  if (!days) byYear.set(year, (days = dutchPublicHolidays(year)))
  return days.has(localDate)
}
