/**
 * Reads a calendar day from one cell: "1-3-2027", "01/03/2027", "1 maart 2027", "2027-03-01", or
 * an Excel serial number (46082 = 1 March 2026) → '2027-03-01'.
 *
 * The value is a calendar day, not an instant. The caller stores it the way the admin's day
 * picker does: midday UTC of that day (`${day}T12:00:00.000Z`), see src/seed/dates.ts and
 * toLocalDay in src/lib/schedule/fromFields.ts.
 */
import { fail, ok, emptyCell, type CellResult } from './result'
import { fold, isEmptyCell, shown, type CellInput } from './text'
import { monthOfWord, weekdayOfWord, WEEKDAY_NAMES_NL, type IsoWeekday } from './words'

/** Years a listing's date can be in; others are typing errors ("1-3-2207", or 15 read as an Excel date). */
const FIRST_YEAR = 2000
const LAST_YEAR = 2100

const EXPECTED = {
  nl: "een datum met het jaar in 4 cijfers, zoals '1-3-2027', '01-03-2027' of '1 maart 2027'",
  en: "a date with a 4-digit year, such as '1-3-2027', '01-03-2027' or '1 maart 2027'",
}

const DAY_MS = 86_400_000
/** Excel's day 0 for serials after 60 (it counts 1900 as a leap year, so day 60 is a fictional 29 February 1900). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30)
const EXCEL_EPOCH_BEFORE_LEAP_BUG = Date.UTC(1899, 11, 31)

/**
 * The calendar day of an Excel serial day number (1 = 1 January 1900; a fraction is the time of
 * day and is dropped), or null for 60 (Excel's fictional 29 February 1900) and for numbers below 1.
 */
export const excelSerialToDay = (serial: number): string | null => {
  const day = Math.floor(serial)
  if (!Number.isFinite(serial) || day < 1 || day === 60 || day > 2_958_465) return null
  const epoch = day < 60 ? EXCEL_EPOCH_BEFORE_LEAP_BUG : EXCEL_EPOCH
  return new Date(epoch + day * DAY_MS).toISOString().slice(0, 10)
}

const iso = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`

/** The day as 'YYYY-MM-DD' when it exists in the calendar, or the problem. */
const calendarDay = (year: number, month: number, day: number, raw: string): CellResult<string> => {
  if (year < FIRST_YEAR || year > LAST_YEAR)
    return fail(
      `Het jaar ${year} klopt vast niet: '${raw}'.`,
      `The year ${year} is probably wrong: '${raw}'.`,
      EXPECTED,
    )
  const date = new Date(Date.UTC(year, month - 1, day))
  if (month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return fail(
      `Deze datum bestaat niet: '${raw}'.`,
      `This date does not exist: '${raw}'.`,
      EXPECTED,
    )
  return ok(iso(year, month, day))
}

/** An Excel serial day number, when it gives a day in FIRST_YEAR–LAST_YEAR. */
const fromSerial = (serial: number, raw: string): CellResult<string> => {
  const value = excelSerialToDay(serial)
  if (Math.floor(serial) === 60)
    return fail(
      `Excel-datum 60 is 29 februari 1900; die dag bestond niet: '${raw}'.`,
      `Excel date 60 is 29 February 1900, a day that did not exist: '${raw}'.`,
      EXPECTED,
    )
  const year = Number(value?.slice(0, 4))
  if (!value || year < FIRST_YEAR || year > LAST_YEAR)
    return fail(
      `Dit getal is geen datum: '${raw}'${value ? ` (als Excel-datum is het ${value})` : ''}.`,
      `This number is not a date: '${raw}'${value ? ` (as an Excel date it is ${value})` : ''}.`,
      EXPECTED,
    )
  return Number.isInteger(serial)
    ? ok(value)
    : ok(value, {
        nl: `Hier staat ook een tijd bij de datum; die laat ik weg: '${raw}'.`,
        en: `This date has a time of day as well; it is left out: '${raw}'.`,
      })
}

/** A date with the month as a word: "1 maart 2027", "1-mrt-2027", "maandag 1 maart 2027". */
const fromWords = (text: string, raw: string): CellResult<string> | null => {
  const match = /^(?:([a-z]+),? )?(\d{1,2})(?:e|ste|de)? ?[-/ ] ?([a-z]+)[-/ ]? ?(\d+)?$/.exec(text)
  const month = match ? monthOfWord(match[3] ?? '') : null
  if (!match || month === null) return null
  const weekday = match[1] ? weekdayOfWord(match[1]) : null
  if (match[1] && !weekday) return null
  if (!match[4]) return missingYear(raw)
  if (match[4].length !== 4) return twoDigitYear(raw)
  const result = calendarDay(Number(match[4]), month, Number(match[2]), raw)
  if (!result.ok || !weekday) return result
  const actual = String(new Date(`${result.value}T12:00:00Z`).getUTCDay() || 7) as IsoWeekday
  return actual === weekday
    ? result
    : fail(
        `${result.value} is een ${WEEKDAY_NAMES_NL[actual]}, geen ${WEEKDAY_NAMES_NL[weekday]}: '${raw}'.`,
        `${result.value} is not the day of the week the cell says: '${raw}'.`,
        EXPECTED,
      )
}

const missingYear = (raw: string) =>
  fail(`Het jaar ontbreekt: '${raw}'.`, `The year is missing: '${raw}'.`, EXPECTED)

const twoDigitYear = (raw: string) =>
  fail(
    `Schrijf het jaar in 4 cijfers: '${raw}' kan meer dan één jaar zijn.`,
    `Write the year with 4 digits: '${raw}' could be more than one year.`,
    EXPECTED,
  )

/** A date in digits: "1-3-2027", "01/03/2027", "1.3.2027" (day first), or "2027-03-01". */
const fromDigits = (text: string, raw: string): CellResult<string> | null => {
  const yearFirst = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ]00:00(?::00(?:\.0+)?)?z?)?$/.exec(
    text,
  )
  if (yearFirst)
    return calendarDay(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]), raw)
  const dayFirst = /^(\d{1,2}) ?[-/.] ?(\d{1,2}) ?[-/.] ?(\d+)$/.exec(text)
  if (dayFirst) {
    if ((dayFirst[3] ?? '').length !== 4) return twoDigitYear(raw)
    return calendarDay(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]), raw)
  }
  if (/^(\d{1,2}) ?[-/.] ?(\d{1,2})$/.test(text)) return missingYear(raw)
  if (/^\d{1,5}(?:\.\d+)?$/.test(text)) return fromSerial(Number(text), raw)
  return null
}

/** Reads one cell with a calendar day; the value is 'YYYY-MM-DD'. */
export const parseDate = (cell: CellInput): CellResult<string> => {
  if (isEmptyCell(cell)) return emptyCell(EXPECTED)
  const raw = shown(cell)
  if (typeof cell === 'number') return fromSerial(cell, raw)
  // read-excel-file gives a date cell as a Date at midnight UTC of that day.
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime())
      ? fail(`Deze datum bestaat niet: '${raw}'.`, `This date does not exist: '${raw}'.`, EXPECTED)
      : calendarDay(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate(), raw)
  if (typeof cell !== 'string')
    return fail(`Hier staat geen datum: '${raw}'.`, `This is not a date: '${raw}'.`, EXPECTED)
  const text = fold(cell)
    .replace(/\.(?=\s|$)/g, ' ')
    .replace(/ +/g, ' ')
    .trim()
  const result = fromDigits(text, raw) ?? fromWords(text, raw)
  return (
    result ??
    fail(
      `Ik begrijp deze datum niet: '${raw}'.`,
      `I do not understand this date: '${raw}'.`,
      EXPECTED,
    )
  )
}
