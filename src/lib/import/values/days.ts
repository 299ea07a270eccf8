/**
 * Reads the days of a recurring activity from one cell: "ma en wo", "ma t/m vr", "werkdagen",
 * "om de week op dinsdag", "laatste vrijdag van de maand" → the schedule's kind, its ISO days
 * of the week ('1' = Monday … '7' = Sunday, sorted, unique) and, when monthly, its week.
 */
import { fail, ok, emptyCell, type CellResult } from './result'
import { fold, isEmptyCell, shown, type CellInput } from './text'
import {
  DAY_GROUPS,
  DAY_FILLERS,
  ISO_WEEKDAYS,
  weekOfMonthOfWord,
  weekdayOfWord,
  type IsoWeekday,
  type WeekOfMonth,
} from './words'

export type DaysValue =
  | { kind: 'weekly' | 'biweekly'; weekdays: IsoWeekday[] }
  | { kind: 'monthly'; weekdays: IsoWeekday[]; weekOfMonth: WeekOfMonth }

const EXPECTED = {
  nl: "een dag zoals ma, di, maandag, of 'ma en wo', 'ma t/m vr', 'elke 1e dinsdag van de maand'",
  en: "a day such as ma, di, Monday, or 'ma en wo', 'ma t/m vr', 'first Tuesday of the month'",
}

const BIWEEKLY = [
  /\bom de (?:week|2 weken|twee weken|veertien dagen|14 dagen)\b/g,
  /\b(?:elke|iedere|ieder) (?:2|twee) weken\b/g,
  /\b(?:elke|iedere|ieder) (?:andere|tweede|2e|2de) week\b/g,
  /\b(?:2|twee) ?-? ?wekelijks\b/g,
  /\bevery (?:other|second|2nd|two|2) weeks?\b/g,
  /\bfortnightly\b/g,
  /\bevery other\b/g,
]
const WEEKLY = [
  /\b(?:elke|iedere|ieder|every) week\b/g,
  /\b(?:1 ?x|een keer|eens) per week\b/g,
  /\b(?:wekelijks|weekly)\b/g,
]
const MONTHLY = [
  /\b(?:1 ?x|een keer|eens) per maand\b/g,
  /\b(?:van|in) (?:de|elke|iedere) maand\b/g,
  /\b(?:per|elke|iedere) maand\b/g,
  /\b(?:of|in) (?:the|every|each) month\b/g,
  /\b(?:maandelijks|monthly)\b/g,
]
const PHRASES: [RegExp, string][] = [
  [/\b(?:elke|iedere|ieder|alle) dag(?:en)?\b|\bevery day\b|\b7 dagen per week\b/g, ' dagelijks '],
  [/\b(?:in het|op het|het|elk|ieder|elke|in the|every) weekend\b/g, ' weekend '],
  [/\b(?:elke|iedere|ieder|alle|op) werkdag(?:en)?\b/g, ' werkdagen '],
  [/\btot en met\b|\b(?:tot|tm|through|thru|till|until|to)\b|-/g, ' tm '],
  [/\b(?:en|and)\b|[,;&+/]/g, ' , '],
]

/** Removes every match of the patterns; whether any matched. */
const strip = (text: string, patterns: RegExp[]): [string, boolean] => {
  let found = false
  let rest = text
  for (const pattern of patterns) {
    rest = rest.replace(pattern, () => ((found = true), ' '))
  }
  return [rest, found]
}

interface Scan {
  days: Set<IsoWeekday>
  weeks: (WeekOfMonth | '5')[]
}

const dayRange = (from: IsoWeekday, to: IsoWeekday): IsoWeekday[] => {
  const days: IsoWeekday[] = []
  for (let d = Number(from); ; d = (d % 7) + 1) {
    days.push(String(d) as IsoWeekday)
    if (String(d) === to) return days
  }
}

/** Reads the words that are left: days, ranges ("tm"), groups, weeks of the month. */
const scan = (tokens: string[]): Scan | { unknown: string } => {
  const found: Scan = { days: new Set(), weeks: [] }
  let last: IsoWeekday | null = null
  let rangeFrom: IsoWeekday | null = null
  for (const token of tokens) {
    const day = weekdayOfWord(token)
    const week = weekOfMonthOfWord(token)
    if (day && rangeFrom) dayRange(rangeFrom, day).forEach((d) => found.days.add(d))
    else if (day) found.days.add(day)
    else if (token === 'tm' && last && !rangeFrom) rangeFrom = last
    else if (token === ',' && !rangeFrom) last = null
    else if (DAY_GROUPS[token] && !rangeFrom) DAY_GROUPS[token].forEach((d) => found.days.add(d))
    else if (week && !rangeFrom) found.weeks.push(week)
    else if (!DAY_FILLERS.has(token))
      return { unknown: DAY_GROUPS[token] || week || token === 'tm' || token === ',' ? '' : token }
    if (day) [last, rangeFrom] = [day, null]
    else if (token !== 'tm') last = null
  }
  return rangeFrom ? { unknown: '' } : found
}

const sorted = (days: Set<IsoWeekday>): IsoWeekday[] => ISO_WEEKDAYS.filter((d) => days.has(d))

/** A monthly schedule: exactly one week of the month and one day of the week. */
const monthly = (cell: string, found: Scan, biweekly: boolean): CellResult<DaysValue> => {
  const weeks = [...new Set(found.weeks)]
  const expected = {
    nl: "één week van de maand en één dag, zoals '1e dinsdag van de maand' of 'laatste vrijdag van de maand'",
    en: "one week of the month and one day, such as 'first Tuesday of the month' or 'last Friday of the month'",
  }
  if (biweekly)
    return fail(
      `Hier staat 'om de week' én een week van de maand: '${cell}'. Kies één van de twee.`,
      `This says both 'every other week' and a week of the month: '${cell}'. Choose one.`,
      expected,
    )
  if (weeks.length === 0)
    return fail(
      `Welke week van de maand? Dat staat er niet bij: '${cell}'.`,
      `Which week of the month? The cell does not say: '${cell}'.`,
      expected,
    )
  if (weeks.length > 1)
    return fail(
      `Hier staan ${weeks.length} weken van de maand: '${cell}'. Er past maar één week van de maand in een rij. Zet de andere week in een eigen rij.`,
      `This names ${weeks.length} weeks of the month: '${cell}'. Only one week of the month fits in a row. Put the other week in a row of its own.`,
      expected,
    )
  if (weeks[0] === '5')
    return fail(
      `Een 5e week van de maand kan niet: '${cell}'. Kies 1e, 2e, 3e, 4e of laatste.`,
      `A 5th week of the month is not possible: '${cell}'. Choose first to fourth, or last.`,
      expected,
    )
  if (found.days.size !== 1)
    return fail(
      `Kies precies één dag voor een week van de maand: '${cell}'.`,
      `Choose exactly one day for a week of the month: '${cell}'.`,
      expected,
    )
  return ok({ kind: 'monthly', weekdays: sorted(found.days), weekOfMonth: weeks[0] as WeekOfMonth })
}

/** The problem for a word that is not a day, or for a range without both ends (`word` empty). */
const unknownWord = (word: string, raw: string): CellResult<never> => {
  if (!word)
    return fail(
      `Ik begrijp de dagen niet: '${raw}'. Zet bij 't/m' een dag ervoor en erna.`,
      `I do not understand the days: '${raw}'. Put a day before and after 't/m'.`,
      EXPECTED,
    )
  if (word === 'of' || word === 'or')
    return fail(
      `Hier staat 'of': '${raw}'. Noem alle dagen waarop het is, met 'en' ertussen.`,
      `This says 'or': '${raw}'. Name all the days it takes place on, with 'and' between them.`,
      EXPECTED,
    )
  if (/\d/.test(word))
    return fail(
      `Hier staat een getal bij de dagen: '${raw}'. Zet alleen dagen in dit vak; tijden en datums hebben een eigen kolom.`,
      `This has a number among the days: '${raw}'. Put only days in this cell; times and dates have their own columns.`,
      EXPECTED,
    )
  return fail(`Deze dag ken ik niet: '${word}'.`, `I do not know this day: '${word}'.`, EXPECTED)
}

/** Reads one cell with the days of the week (and how often) of a recurring activity. */
export const parseDays = (cell: CellInput): CellResult<DaysValue> => {
  if (isEmptyCell(cell)) return emptyCell(EXPECTED)
  const raw = shown(cell)
  if (typeof cell !== 'string')
    return fail(`Hier staat geen dag: '${raw}'.`, `This is not a day: '${raw}'.`, EXPECTED)
  let text = fold(cell)
    .replace(/\bt\s*[./]\s*m\b\.?/g, ' tm ')
    .replace(/\bv\s*[./]\s*d\b\.?/g, ' van de ')
    .replace(/[.()]/g, ' ')
    .replace(/ +/g, ' ')
  if (/\bom de (?:maand|2 maanden|twee maanden)\b/.test(text))
    return fail(
      `Om de maand past niet: '${raw}'. Het kan elke week, om de week of één keer per maand.`,
      `Every other month does not fit: '${raw}'. It can be every week, every other week or once a month.`,
      EXPECTED,
    )
  const [afterBiweekly, biweekly] = strip(text, BIWEEKLY)
  const [afterMonthly, monthSaid] = strip(strip(afterBiweekly, WEEKLY)[0], MONTHLY)
  text = PHRASES.reduce((t, [pattern, by]) => t.replace(pattern, by), afterMonthly)
  const found = scan(text.split(' ').filter(Boolean))
  if ('unknown' in found) return unknownWord(found.unknown, raw)
  if (found.weeks.length > 0 || monthSaid) return monthly(raw, found, biweekly)
  if (found.days.size === 0)
    return fail(
      `Op welke dag? Dat staat er niet bij: '${raw}'.`,
      `On which day? The cell does not say: '${raw}'.`,
      EXPECTED,
    )
  return ok({ kind: biweekly ? 'biweekly' : 'weekly', weekdays: sorted(found.days) })
}
