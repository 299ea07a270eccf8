import { fold } from '../geo/fold'
import { IMPORT_COLUMNS, type ImportColumn, type ImportKind } from './columns'

/**
 * Which of our columns each column of a sheet holds: one key per header (null: not imported).
 * Suggested from the header names — a mapping remembered for the source first, then our own
 * Dutch or English header, then the other names sheets use, then a header that contains one of
 * those — and then confirmed or changed by the editor.
 */
export type Mapping = (string | null)[]

/** "Kosten (€)" → "kosten", "Naam_activiteit" → "naam activiteit". */
export const headerKey = (header: string): string =>
  fold(header)
    .replace(/[_\-/]+/g, ' ')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()

const namesOf = (c: ImportColumn) => ({
  own: [headerKey(c.label.nl), headerKey(c.label.en)],
  aliases: c.aliases.map(headerKey),
})

const contains = (header: string, name: string) => ` ${header} `.includes(` ${name} `)

/** How well a header names a column: 3 our header, 2 another name, 1 contains one, 0 not at all. */
const score = (header: string, c: ImportColumn): number => {
  const { own, aliases } = namesOf(c)
  if (own.includes(header)) return 3
  if (aliases.includes(header)) return 2
  return [...own, ...aliases].some((name) => name.length > 2 && contains(header, name)) ? 1 : 0
}

export const suggestMapping = (
  headers: string[],
  kind: ImportKind,
  remembered: Record<string, string | null> = {},
): { mapping: Mapping; missing: ImportColumn[] } => {
  const columns = IMPORT_COLUMNS[kind]
  const keys = new Set(columns.map((c) => c.key))
  const mapping: Mapping = headers.map(() => null)
  const taken = new Set<string>()
  headers.forEach((h, i) => {
    const known = remembered[headerKey(h)]
    if (known && keys.has(known) && !taken.has(known)) {
      mapping[i] = known
      taken.add(known)
    }
  })
  // The best matches first, so "Naam activiteit" wins "title" before "Naam" could.
  const candidates = headers
    .flatMap((h, i) => columns.map((c) => ({ i, key: c.key, score: score(headerKey(h), c) })))
    // A header remembered as "not imported" stays so.
    .filter((m) => m.score > 0 && !(headerKey(headers[m.i]!) in remembered))
    .sort((a, b) => b.score - a.score || a.i - b.i)
  for (const m of candidates) {
    if (mapping[m.i] !== null || taken.has(m.key)) continue
    mapping[m.i] = m.key
    taken.add(m.key)
  }
  return { mapping, missing: columns.filter((c) => c.required && !taken.has(c.key)) }
}

/** The mapping to remember for a source: header (as headerKey) → column, ignored ones as null. */
export const rememberMapping = (headers: string[], mapping: Mapping) =>
  Object.fromEntries(headers.map((h, i) => [headerKey(h), mapping[i] ?? null]))
