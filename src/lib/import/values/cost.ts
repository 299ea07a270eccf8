/**
 * Reads what an activity costs from one cell: "gratis", "€ 2,50", "2 euro", "€ 1.250,00",
 * "vrijwillige bijdrage" → the cost group of an activity: free, an amount in euro (0–1000),
 * or pay what you can.
 */
import { fail, ok, emptyCell, type CellResult } from './result'
import { fold, isEmptyCell, shown, type CellInput } from './text'

export type CostValue =
  { kind: 'free' } | { kind: 'pay_what_you_can' } | { kind: 'amount'; amount: number }

const MAX_CENTS = 100_000

const EXPECTED = {
  nl: "'gratis', een bedrag zoals '€ 2,50', of 'vrijwillige bijdrage'",
  en: "'gratis', an amount such as '€ 2,50', or 'vrijwillige bijdrage' (pay what you can)",
}

const FREE =
  /^(?:(?:helemaal |geheel )?gratis|kosteloos|geen kosten|geen|niets|free|free of charge)(?: (?:toegang|entree|deelname|toegankelijk))?[.!]?$/
const PAY_WHAT_YOU_CAN =
  /\b(?:vrijwillige bijdrage|vrije bijdrage|vrije gift|betaal wat je (?:kunt|kan|wil|wilt)|naar draagkracht|op donatiebasis|donatie|pay what you (?:can|want)|donation)\b/
const VARIES =
  /\b(?:op aanvraag|wisselend|wisselt|verschilt|verschillend|varieert|afhankelijk|nader te bepalen|n\.? ?t\.? ?b\b|in overleg|onbekend|n\.? ?v\.? ?t\b|on request|varies)\b/
const NOT_ONE_AMOUNT = /\b(?:vanaf|tot|max|maximaal|minimaal|ca|circa|ongeveer|from|up to)\b|±|~/
const PREFIX = /^(?:(?:eigen )?bijdrage|kosten|prijs|entree|deelname|toegang|a)\s*:?\s*/
const CURRENCY = /€|\beuros?\b|\beur\b/g
const PER_TIME = [
  'keer',
  'k',
  'les',
  'bijeenkomst',
  'activiteit',
  'persoon',
  'deelnemer',
  'kind',
  'sessie',
]
const PER_TIME_MORE = [
  'avond',
  'middag',
  'ochtend',
  'dag',
  'workshop',
  'training',
  'bezoek',
  'time',
  'session',
  'person',
  'visit',
  'p',
]
const PER_PERIOD = [
  'maand',
  'mnd',
  'jaar',
  'jr',
  'week',
  'wk',
  'kwartaal',
  'seizoen',
  'halfjaar',
  'cursus',
  'serie',
  'blok',
  'month',
  'year',
  'course',
  'm',
  'j',
  'w',
]
const UNITS = new RegExp(
  `(?:per|p)(${[...PER_TIME, ...PER_TIME_MORE, ...PER_PERIOD].join('|')})`,
  'g',
)

/** What follows the amount: nothing or per time (''), per period ('period'), or something else (null). */
const suffixKind = (rest: string): '' | 'period' | null => {
  const canonical = rest.replace(/^\s*\//, 'per').replace(/[./\s]/g, '')
  const units = [...canonical.matchAll(UNITS)]
  if (units.map((u) => u[0]).join('') !== canonical) return null
  return units.some((u) => PER_PERIOD.includes(u[1] ?? '')) ? 'period' : ''
}

/** Cents from a Dutch or plain number: "2", "2,50", "2,-", "1.250,00", "2.50". */
const centsOf = (written: string): number | null => {
  const plain = written.replace(/[,.]-{1,2}$/, '')
  let match = /^(\d+)(?:,(\d{1,2}))?$/.exec(plain) ?? /^(\d+)\.(\d{1,2})$/.exec(plain)
  if (!match && /^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$/.test(plain))
    match = /^(\d+)(?:,(\d{1,2}))?$/.exec(plain.replace(/\./g, ''))
  if (!match) return null
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'))
}

const euro = (cents: number) =>
  new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' })
    .format(cents / 100)
    .replace(/\s/g, ' ')

/** An amount in cents as the cost group: 0 is free; more than € 1.000 or below 0 is refused. */
const fromCents = (
  cents: number,
  raw: string,
  warning?: { nl: string; en: string },
): CellResult<CostValue> => {
  if (cents < 0)
    return fail(
      `Een bedrag kan niet negatief zijn: '${raw}'.`,
      `An amount cannot be negative: '${raw}'.`,
      EXPECTED,
    )
  if (cents > MAX_CENTS)
    return fail(
      `Dit bedrag is ${euro(cents)}; dat is meer dan € 1.000,00: '${raw}'.`,
      `This amount is ${euro(cents)}, more than € 1.000,00: '${raw}'.`,
      EXPECTED,
    )
  if (cents === 0) return ok({ kind: 'free' })
  return ok({ kind: 'amount', amount: cents / 100 }, warning)
}

const PER_PERIOD_WARNING = (raw: string) => ({
  nl: `Dit bedrag geldt niet per keer: '${raw}'. De site toont alleen het bedrag; zet bijvoorbeeld 'per maand' in de beschrijving.`,
  en: `This amount is not per time: '${raw}'. The site shows only the amount; put for example 'per month' in the description.`,
})

/** Reads an amount written as text: "€ 2,50 per keer", "EUR 3", "2 euro", "€ 5 p/m". */
const amountFromText = (text: string, raw: string): CellResult<CostValue> => {
  const unclear = fail(
    `Ik begrijp dit bedrag niet: '${raw}'.`,
    `I do not understand this amount: '${raw}'.`,
    EXPECTED,
  )
  const numbers = text.match(/\d+(?:[.,]\d+)*/g) ?? []
  if (numbers.length > 1 || NOT_ONE_AMOUNT.test(text))
    return fail(
      `Hier staat geen vast bedrag: '${raw}'. Noem één bedrag.`,
      `This is not one fixed amount: '${raw}'. Give one amount.`,
      EXPECTED,
    )
  const match = /^(-)?\s*(\d+(?:[.,]\d+)*(?:[.,]-{1,2})?)(.*)$/.exec(
    text.replace(PREFIX, '').replace(CURRENCY, ' ').replace(/\s+/g, ' ').trim(),
  )
  if (!match) return unclear
  const cents = centsOf(match[2] ?? '')
  const suffix = suffixKind(match[3] ?? '')
  if (cents === null || suffix === null) return unclear
  const signed = match[1] ? -cents : cents
  return fromCents(signed, raw, suffix === 'period' ? PER_PERIOD_WARNING(raw) : undefined)
}

/** Reads one cell with what an activity costs. */
export const parseCost = (cell: CellInput): CellResult<CostValue> => {
  if (isEmptyCell(cell)) return emptyCell(EXPECTED)
  const raw = shown(cell)
  if (typeof cell === 'number') {
    const cents = Math.round(cell * 100)
    if (!Number.isFinite(cell) || Math.abs(cell * 100 - cents) > 1e-6)
      return fail(
        `Dit bedrag kan niet: '${raw}'.`,
        `This amount is not possible: '${raw}'.`,
        EXPECTED,
      )
    return fromCents(cents, raw)
  }
  if (typeof cell !== 'string')
    return fail(`Hier staat geen bedrag: '${raw}'.`, `This is not an amount: '${raw}'.`, EXPECTED)
  const text = fold(cell)
  if (FREE.test(text)) return ok({ kind: 'free' })
  if (PAY_WHAT_YOU_CAN.test(text))
    return /\d/.test(text)
      ? ok(
          { kind: 'pay_what_you_can' },
          {
            nl: `Betaal wat je kunt; het bedrag erbij neem ik niet over: '${raw}'. Zet het zo nodig in de beschrijving.`,
            en: `Pay what you can; the amount with it is not kept: '${raw}'. Put it in the description if needed.`,
          },
        )
      : ok({ kind: 'pay_what_you_can' })
  if (VARIES.test(text))
    return fail(
      `Hier staat geen vast bedrag: '${raw}'. Noem één bedrag, of 'gratis'.`,
      `This is not a fixed amount: '${raw}'. Give one amount, or 'gratis'.`,
      EXPECTED,
    )
  if (/\bgratis\b|\bfree\b/.test(text))
    return fail(
      `Hier staat 'gratis' én meer: '${raw}'. Kies 'gratis' of één bedrag.`,
      `This says 'free' and more: '${raw}'. Choose 'gratis' or one amount.`,
      EXPECTED,
    )
  return amountFromText(text, raw)
}
