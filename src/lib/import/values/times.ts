/**
 * Reads the start and end time of an activity from one cell: "10.00-12.00 uur", "10u-12u",
 * "van 10 tot 12 uur", "2-4 uur 's middags" → { startTime: '14:00', endTime: '16:00' } in the
 * schedule's 'HH:MM'. The end must be after the start on the same day.
 */
import { fail, ok, emptyCell, type CellResult } from './result'
import { fold, isEmptyCell, shown, type CellInput } from './text'

export interface TimeRange {
  /** 'HH:MM', 00:00–23:59 */
  startTime: string
  /** 'HH:MM', later than startTime */
  endTime: string
}

const EXPECTED = {
  nl: "een begin- en eindtijd, zoals '10.00-12.00 uur' of 'van 10 tot 12 uur'",
  en: "a start and end time, such as '10.00-12.00 uur' or 'van 10 tot 12 uur'",
}

/** One clock time: "10", "10.30", "10:30", "10u30", "10h", "10 uur". */
const TIME = String.raw`(\d{1,2})(?:\s*[.:hu]\s*(\d{2}))?\s*(?:uur|u|h)?`
const RANGE = new RegExp(
  String.raw`^(van|vanaf|from|tussen|between)?\s*${TIME}\s*(-|tot en met|tot|t/m|tm|to|until|till|en|and)\s*${TIME}$`,
)
const SINGLE = new RegExp(
  String.raw`^(?:om|vanaf|van|from|at|vanaf|start|begin|aanvang)?\s*${TIME}$`,
)
const PART_OF_DAY =
  /(?:'s ?|\bin de |\bdes |\bs|\b)(ochtends?|morgens?|middags?|avonds?|nachts?|morning|afternoon|evening|night)\b/g
const LATER_PARTS = /^(middags?|avonds?|afternoon|evening)$/

interface Clock {
  hour: number
  minute: number
  /** Written as one digit without minutes ("2"), so it could mean 2 at night or in the afternoon. */
  bare: boolean
}

const clock = (hour: string | undefined, minute: string | undefined): Clock => ({
  hour: Number(hour),
  minute: Number(minute ?? 0),
  bare: (hour ?? '').length === 1 && minute === undefined,
})

const hhmm = ({ hour, minute }: Clock) =>
  `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`

/** The problem with the two times, or null when they make a range on one day. */
const rangeProblem = (raw: string, start: Clock, end: Clock, partOfDay: boolean) => {
  if ([start, end].some((t) => t.minute > 59 || t.hour > 24 || (t.hour === 24 && t.minute > 0)))
    return fail(
      `Deze tijd bestaat niet: '${raw}'.`,
      `This time does not exist: '${raw}'.`,
      EXPECTED,
    )
  if (start.hour === 24 || end.hour === 24)
    return fail(
      `24.00 uur kan niet: '${raw}'. Gebruik 23.59 of eerder als eindtijd.`,
      `24:00 is not possible: '${raw}'. Use 23:59 or earlier as the end time.`,
      EXPECTED,
    )
  if (!partOfDay && start.bare && start.hour >= 1 && start.hour <= 6)
    return fail(
      `Is dit 's nachts of 's middags: '${raw}'? Schrijf de tijd met 24 uur, zoals 14.00-16.00.`,
      `Is this at night or in the afternoon: '${raw}'? Write the time with 24 hours, such as 14.00-16.00.`,
      EXPECTED,
    )
  if (hhmm(end) <= hhmm(start))
    return fail(
      `De eindtijd is niet later dan de begintijd: '${raw}'. Over middernacht kan niet; schrijf de tijd met 24 uur, zoals 19.00-21.00.`,
      `The end time is not later than the start time: '${raw}'. Past midnight is not possible; write the time with 24 hours, such as 19.00-21.00.`,
      EXPECTED,
    )
  return null
}

/** The problem for a cell that is no range: one time, several ranges, or words only. */
const notARange = (raw: string, text: string): CellResult<never> => {
  if (/^\d{4}-\d{2}-\d{2}/.test(text))
    return fail(
      `Hier staat een datum, geen tijden: '${raw}'. Is het vak in Excel als tijd opgemaakt? Maak er tekst van, zoals 10.00-12.00.`,
      `This is a date, not times: '${raw}'. Is the cell formatted as a time in Excel? Make it text, such as 10.00-12.00.`,
      EXPECTED,
    )
  if (SINGLE.test(text))
    return fail(
      `Hier staat alleen een begintijd: '${raw}'. De eindtijd ontbreekt.`,
      `This has only a start time: '${raw}'. The end time is missing.`,
      EXPECTED,
    )
  if ((text.match(/\d+/g) ?? []).length > 2)
    return fail(
      `Hier staan meer dan twee tijden: '${raw}'. Er past één begin- en eindtijd in een rij; zet andere tijden in een eigen rij.`,
      `This has more than two times: '${raw}'. One start and end time fits in a row; put other times in a row of their own.`,
      EXPECTED,
    )
  if (!/\d/.test(text))
    return fail(
      `Hier staan geen kloktijden: '${raw}'.`,
      `This has no clock times: '${raw}'.`,
      EXPECTED,
    )
  return fail(
    `Ik begrijp deze tijden niet: '${raw}'.`,
    `I do not understand these times: '${raw}'.`,
    EXPECTED,
  )
}

/** Afternoon and evening move the hours 1–11 to 13–23 ("2-4 uur 's middags" → 14–16). */
const later = (t: Clock): Clock => (t.hour >= 1 && t.hour <= 11 ? { ...t, hour: t.hour + 12 } : t)

/** Reads one cell with the start and end time of an activity. */
export const parseTimeRange = (cell: CellInput): CellResult<TimeRange> => {
  if (isEmptyCell(cell)) return emptyCell(EXPECTED)
  const raw = shown(cell)
  if (typeof cell === 'number' || cell instanceof Date)
    return fail(
      `Hier staat één tijd: '${raw}'. De eindtijd ontbreekt.`,
      `This is one time: '${raw}'. The end time is missing.`,
      EXPECTED,
    )
  let part: string | null = null
  const text = fold(String(cell))
    .replace(PART_OF_DAY, (_, word: string) => ((part = word), ' '))
    .replace(/\b(uur|u|h)\./g, '$1')
    .replace(/ +/g, ' ')
    .trim()
  const match = RANGE.exec(text)
  if (!match || ((match[4] === 'en' || match[4] === 'and') && !match[1]))
    return notARange(raw, text)
  let start = clock(match[2], match[3])
  let end = clock(match[5], match[6])
  if (part !== null && LATER_PARTS.test(part)) [start, end] = [later(start), later(end)]
  const problem = rangeProblem(raw, start, end, part !== null)
  return problem ?? ok({ startTime: hhmm(start), endTime: hhmm(end) })
}
