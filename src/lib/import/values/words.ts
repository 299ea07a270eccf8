/**
 * Names of the days of the week and of the months as people write them in Dutch and English,
 * folded (lower case, no accents, no dots). Shared by the day and date parsers.
 */

/** An ISO day of the week as the schedule's select stores it: '1' = Monday … '7' = Sunday. */
export type IsoWeekday = '1' | '2' | '3' | '4' | '5' | '6' | '7'

export const ISO_WEEKDAYS: readonly IsoWeekday[] = ['1', '2', '3', '4', '5', '6', '7']

const WEEKDAY_WORDS: Record<IsoWeekday, readonly string[]> = {
  '1': ['ma', 'maan', 'maandag', 'maandags', 'maandagen', 'mo', 'mon', 'monday', 'mondays'],
  '2': [
    'di',
    'din',
    'dins',
    'dinsdag',
    'dinsdags',
    'dinsdagen',
    'tu',
    'tue',
    'tues',
    'tuesday',
    'tuesdays',
  ],
  '3': [
    'wo',
    'woe',
    'woen',
    'woens',
    'woensdag',
    'woensdags',
    'woensdagen',
    'we',
    'wed',
    'wednesday',
    'wednesdays',
  ],
  '4': [
    'do',
    'don',
    'dond',
    'donderdag',
    'donderdags',
    'donderdagen',
    'th',
    'thu',
    'thur',
    'thurs',
    'thursday',
    'thursdays',
  ],
  '5': ['vr', 'vri', 'vrij', 'vrijdag', 'vrijdags', 'vrijdagen', 'fr', 'fri', 'friday', 'fridays'],
  '6': ['za', 'zat', 'zaterdag', 'zaterdags', 'zaterdagen', 'sa', 'sat', 'saturday', 'saturdays'],
  '7': ['zo', 'zon', 'zondag', 'zondags', 'zondagen', 'su', 'sun', 'sunday', 'sundays'],
}

const WEEKDAY_BY_WORD = new Map<string, IsoWeekday>(
  ISO_WEEKDAYS.flatMap((day) => WEEKDAY_WORDS[day].map((word) => [word, day] as const)),
)

/** The day of the week a folded word names ("di", "dinsdags", "Tue"), or null. */
export const weekdayOfWord = (word: string): IsoWeekday | null => WEEKDAY_BY_WORD.get(word) ?? null

/** A week of the month as the schedule's select stores it: first … fourth, or '-1' = last. */
export type WeekOfMonth = '1' | '2' | '3' | '4' | '-1'

const WEEK_OF_MONTH_WORDS: [WeekOfMonth | '5', string[]][] = [
  ['1', ['1e', '1ste', '1de', '1st', 'eerste', 'first']],
  ['2', ['2e', '2de', '2nd', 'tweede', 'second']],
  ['3', ['3e', '3de', '3rd', 'derde', 'third']],
  ['4', ['4e', '4de', '4th', 'vierde', 'fourth']],
  ['5', ['5e', '5de', '5th', 'vijfde', 'fifth']],
  ['-1', ['laatste', 'last']],
]
const WEEK_OF_MONTH_BY_WORD = new Map(
  WEEK_OF_MONTH_WORDS.flatMap(([week, words]) => words.map((word) => [word, week] as const)),
)

/** The week of the month an ordinal names ("1e", "eerste", "laatste"); '5' is not in the model. */
export const weekOfMonthOfWord = (word: string): WeekOfMonth | '5' | null =>
  WEEK_OF_MONTH_BY_WORD.get(word) ?? null

const WORKING_DAYS: readonly IsoWeekday[] = ['1', '2', '3', '4', '5']

/** Words that name several days at once. */
export const DAY_GROUPS: Partial<Record<string, readonly IsoWeekday[]>> = {
  dagelijks: ISO_WEEKDAYS,
  daily: ISO_WEEKDAYS,
  werkdagen: WORKING_DAYS,
  werkdag: WORKING_DAYS,
  doordeweeks: WORKING_DAYS,
  weekdays: WORKING_DAYS,
  weekend: ['6', '7'],
  weekends: ['6', '7'],
}

/** Words around days that say nothing more ("elke dinsdag", "op ma", "'s maandags"). */
export const DAY_FILLERS: ReadonlySet<string> = new Set([
  'elke',
  'iedere',
  'ieder',
  'alle',
  'op',
  'de',
  'het',
  'van',
  "'s",
  's',
  'every',
  'on',
  'from',
  'the',
])

/** Dutch names of the days, for problem texts. */
export const WEEKDAY_NAMES_NL: Record<IsoWeekday, string> = {
  '1': 'maandag',
  '2': 'dinsdag',
  '3': 'woensdag',
  '4': 'donderdag',
  '5': 'vrijdag',
  '6': 'zaterdag',
  '7': 'zondag',
}

const MONTH_WORDS: readonly (readonly string[])[] = [
  ['jan', 'januari', 'january'],
  ['feb', 'febr', 'februari', 'february'],
  ['mrt', 'maa', 'mar', 'maart', 'march'],
  ['apr', 'april'],
  ['mei', 'may'],
  ['jun', 'juni', 'june'],
  ['jul', 'juli', 'july'],
  ['aug', 'augustus', 'august'],
  ['sep', 'sept', 'september'],
  ['okt', 'oct', 'oktober', 'october'],
  ['nov', 'november'],
  ['dec', 'december'],
]

const MONTH_BY_WORD = new Map<string, number>(
  MONTH_WORDS.flatMap((words, index) => words.map((word) => [word, index + 1] as const)),
)

/** The month (1–12) a folded word names ("mrt", "maart", "March"), or null. */
export const monthOfWord = (word: string): number | null => MONTH_BY_WORD.get(word) ?? null
