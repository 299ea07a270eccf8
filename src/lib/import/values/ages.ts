/**
 * Reads who an activity is for by age from one cell: "18+", "vanaf 18", "12-18", "12 t/m 18
 * jaar", "tot 12 jaar", "alle leeftijden" → { ageMin?, ageMax? }, both inclusive (the admin's
 * "Leeftijd vanaf" and "Leeftijd tot en met"), 0–120. Words for groups ("jongeren", "ouderen")
 * have no agreed ages, so they are a problem, not a guess.
 */
import type { Label } from '../../vocabulary'
import { fail, ok, emptyCell, type CellResult } from './result'
import { fold, isEmptyCell, shown, type CellInput } from './text'

export interface AgeRange {
  ageMin?: number
  ageMax?: number
}

const MAX_AGE = 120

const EXPECTED = {
  nl: "leeftijden zoals '18+', 'vanaf 18', '12-18', '12 t/m 18 jaar', 'tot 12 jaar' of 'alle leeftijden'",
  en: "ages such as '18+', 'vanaf 18', '12-18', '12 t/m 18 jaar', 'tot 12 jaar' or 'alle leeftijden'",
}

const ALL_AGES =
  /^(?:voor )?(?:alle leeftijden|iedereen|jong en oud|geen leeftijdsgrens|all ages|everyone|any age)$/
const GROUPS =
  /\b(?:kinderen|kind|kids|children|jongeren|jeugd|jeugdigen|youth|tieners|teens|teenagers|pubers|peuters|kleuters|baby'?s|volwassenen|adults|ouderen|senioren|seniors|elderly|mensen|people|leeftijd|leeftijden|ages?|voor|for|van|from|de|het)\b/g
const YEARS = /\b(?:jaar|jr|years?|yrs|jarigen|jarige)\b|\bj\b/g

type Reading = [min: number | undefined, max: number | undefined, warning?: Label]

const totWarning = (raw: string, max: number): Label => ({
  nl: `Ik lees 'tot ${max + 1}' als 'tot en met ${max} jaar': '${raw}'. Bedoel je 't/m ${max + 1}'? Schrijf dat dan.`,
  en: `'tot ${max + 1}' is read as 'up to and including ${max}': '${raw}'. If you mean including ${max + 1}, write 't/m ${max + 1}'.`,
})

/** The forms, each with the ages it gives; ages are inclusive. */
const FORMS: [RegExp, (a: number, b: number, raw: string) => Reading][] = [
  [/^(\d+) ?-? ?(?:\+|plus|plussers?)$/, (a) => [a, undefined]],
  [/^(?:vanaf|min|minimaal|minimum|minstens|ten ?minste|at least) ?(\d+)$/, (a) => [a, undefined]],
  [/^(\d+) (?:en|of|and|or) (?:ouder|older|over|up|above)$/, (a) => [a, undefined]],
  [/^(?:ouder dan|older than) (\d+)$/, (a) => [a + 1, undefined]],
  [/^(?:tm|max|maximaal|maximum|up to) ?(\d+)$/, (a) => [undefined, a]],
  [/^(\d+) (?:en|of|and|or) (?:jonger|younger|under)$/, (a) => [undefined, a]],
  [/^(?:jonger dan|younger than|onder|under) (\d+)$/, (a) => [undefined, a - 1]],
  [/^tot (\d+)$/, (a, _, raw) => [undefined, a - 1, totWarning(raw, a - 1)]],
  [/^(\d+) ?(?:-|tm|to) ?(\d+)$/, (a, b) => [a, b]],
  [/^(\d+) tot (\d+)$/, (a, b, raw) => [a, b - 1, totWarning(raw, b - 1)]],
  [/^meerderjarigen?$|^adults? only$/, () => [18, undefined]],
  [/^minderjarigen?$/, () => [undefined, 17]],
]

/** The ages as a range, or the problem when they are outside 0–120 or the wrong way round. */
const range = ([min, max, warning]: Reading, raw: string): CellResult<AgeRange> => {
  if ([min, max].some((age) => age !== undefined && (age < 0 || age > MAX_AGE)))
    return fail(
      `Een leeftijd moet tussen 0 en ${MAX_AGE} liggen: '${raw}'.`,
      `An age must be between 0 and ${MAX_AGE}: '${raw}'.`,
      EXPECTED,
    )
  if (min !== undefined && max !== undefined && min > max)
    return fail(
      `De eerste leeftijd is hoger dan de tweede: '${raw}'.`,
      `The first age is higher than the second: '${raw}'.`,
      EXPECTED,
    )
  const value: AgeRange = {}
  if (min !== undefined) value.ageMin = min
  if (max !== undefined) value.ageMax = max
  return ok(value, warning)
}

const oneAge = (raw: string) =>
  fail(
    `Is ${raw} de leeftijd vanaf of tot? Schrijf bijvoorbeeld '${raw}+' of 'tot en met ${raw}'.`,
    `Is ${raw} the lowest or the highest age? Write for example '${raw}+' or 't/m ${raw}'.`,
    EXPECTED,
  )

/** Reads one cell with the ages an activity is for. */
export const parseAges = (cell: CellInput): CellResult<AgeRange> => {
  if (isEmptyCell(cell)) return emptyCell(EXPECTED)
  const raw = shown(cell)
  if (typeof cell === 'number') return Number.isInteger(cell) ? oneAge(raw) : notAges(raw)
  if (typeof cell !== 'string') return notAges(raw)
  const folded = fold(cell)
    .replace(/[()[\]:,.]/g, ' ')
    .replace(/\bt ?\/ ?m\b|\btot en met\b/g, ' tm ')
    .replace(/ +/g, ' ')
    .trim()
  if (ALL_AGES.test(folded)) return ok({})
  const text = folded.replace(GROUPS, ' ').replace(YEARS, ' ').replace(/ +/g, ' ').trim()
  for (const [pattern, read] of FORMS) {
    const match = pattern.exec(text)
    if (match) return range(read(Number(match[1]), Number(match[2]), raw), raw)
  }
  if (/^\d+$/.test(text)) return oneAge(text)
  if (text === '' && folded !== '')
    return fail(
      `Hier staat een groep, maar geen leeftijd: '${raw}'. Noem de leeftijden, want '${raw}' betekent niet voor iedereen hetzelfde.`,
      `This names a group, but no ages: '${raw}'. Give the ages, because '${raw}' does not mean the same to everyone.`,
      EXPECTED,
    )
  return notAges(raw)
}

const notAges = (raw: string) =>
  fail(
    `Ik begrijp deze leeftijden niet: '${raw}'.`,
    `I do not understand these ages: '${raw}'.`,
    EXPECTED,
  )
