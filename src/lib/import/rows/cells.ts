import { fold } from '../../geo/fold'
import type { Label } from '../../vocabulary'
import type { CellResult } from '../values'
import { emptyCell } from '../values/result'
import type { RowReader } from './types'

/** The cell of `key` is empty where something was expected (the parsers' own words for it). */
export const isEmpty = (r: RowReader, key: string, expected: Label) => {
  const { problem } = emptyCell(expected)
  r.problem(key, problem, problem.expected)
}

/** Plain text of at most `max` characters; required ones complain when empty. */
export const text = (
  r: RowReader,
  key: string,
  max: number,
  required = false,
): string | undefined => {
  const value = r.cell(key)
  if (!value) {
    if (required) isEmpty(r, key, { nl: 'een tekst', en: 'a text' })
    return undefined
  }
  if (value.length > max) {
    r.problem(
      key,
      {
        nl: `Deze tekst is ${value.length} tekens lang.`,
        en: `This text is ${value.length} characters long.`,
      },
      { nl: `hoogstens ${max} tekens`, en: `at most ${max} characters` },
    )
    return undefined
  }
  return value
}

/** A parser's answer for an optional cell: its value, or undefined with the problem recorded. */
export const parsed = <T>(
  r: RowReader,
  key: string,
  parse: (cell: string) => CellResult<T>,
): T | undefined => {
  const value = r.cell(key)
  if (!value) return undefined
  const result = parse(value)
  if (!result.ok) {
    r.problem(key, result.problem, result.problem.expected)
    return undefined
  }
  if (result.warning) r.warning(key, result.warning)
  return result.value
}

/** One of a select's options, by its Dutch or English label or its value, case and accents ignored. */
export const choice = <V extends string>(
  r: RowReader,
  key: string,
  options: readonly { value: V; label: Label }[],
  required = false,
): V | undefined => {
  const value = r.cell(key)
  if (!value) {
    if (required) isEmpty(r, key, listOf(options))
    return undefined
  }
  const wanted = fold(value)
  const found = options.find((o) =>
    [o.value, o.label.nl, o.label.en].some((name) => fold(name) === wanted),
  )
  if (!found)
    r.problem(key, { nl: `Onbekend: "${value}".`, en: `Unknown: "${value}".` }, listOf(options))
  return found?.value
}

const listOf = (options: readonly { label: Label }[]) => ({
  nl: `een van: ${options.map((o) => o.label.nl).join(', ')}`,
  en: `one of: ${options.map((o) => o.label.en).join(', ')}`,
})

/** "Taal; Ontmoeten" or "Taal, Ontmoeten" → the names. */
export const names = (r: RowReader, key: string): string[] | undefined => {
  const value = r.cell(key)
  if (!value) return undefined
  return value
    .split(/[;,\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
}

/** A calendar day as the admin stores a day-only date: midday UTC, so every zone keeps the day. */
export const midday = (day: string) => `${day}T12:00:00.000Z`

/** E-mail and phone into the record's contact group. */
export const contact = (r: RowReader, extra: Record<string, string | undefined> = {}) => {
  const email = r.cell('contactEmail')
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    r.problem(
      'contactEmail',
      { nl: `Geen e-mailadres: "${email}".`, en: `Not an e-mail address: "${email}".` },
      { nl: 'een adres als naam@organisatie.nl', en: 'an address like name@organisation.nl' },
    )
  const phone = text(r, 'contactPhone', 30)
  const fields = {
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
    ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v)),
  }
  if (Object.keys(fields).length) r.out.data.contact = fields
}
