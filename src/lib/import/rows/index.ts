import type { ImportKind } from '../columns'
import type { Table } from '../file'
import type { Mapping } from '../mapping'
import { readActivity } from './activities'
import { contact, names, text } from './cells'
import { readOpening } from './openings'
import { readOrganisation, readVenue } from './places'
import type { ImportRow, RowReader } from './types'

export type { ImportRow } from './types'

/** What activities and openings share: title, texts, organisation, venue, themes, contact. */
const readListing = (r: RowReader) => {
  const title = text(r, 'title', 120, true)
  if (title) r.out.data.title = title
  const summary = text(r, 'summary', 300, true)
  if (summary) r.out.data.summary = summary
  const description = text(r, 'description', 4000)
  if (description) r.out.data.description = description
  // Not required here: the import may name one organisation for rows without one.
  const organisation = text(r, 'organisation', 120)
  if (organisation) r.out.refs.organisation = organisation
  const venue = text(r, 'venue', 120)
  if (venue) r.out.refs.venue = venue
  const themes = names(r, 'themes')
  if (themes) r.out.refs.themes = themes
  contact(r)
}

const READERS: Record<ImportKind, (r: RowReader) => void> = {
  organisations: readOrganisation,
  venues: readVenue,
  activities: (r) => {
    readListing(r)
    readActivity(r)
  },
  openings: (r) => {
    readListing(r)
    readOpening(r)
  },
}

/**
 * Every row of a sheet as a record of ours, with each problem named by row and by the sheet's own
 * column header, in Dutch and English. Nothing is looked up or stored here: names of
 * organisations, venues and themes stay names until the import finds them.
 */
export const readRows = (table: Table, mapping: Mapping, kind: ImportKind): ImportRow[] => {
  const columnOf = new Map<string, number>()
  mapping.forEach((key, i) => key && columnOf.set(key, i))
  const formulas = new Set(table.formulas.map((f) => `${f.row}:${f.column}`))
  return table.rows.map(({ row, cells }) => {
    const out: ImportRow = { row, kind, data: {}, refs: {}, match: {}, problems: [], warnings: [] }
    const header = (key: string) => table.headers[columnOf.get(key) ?? -1] ?? key
    const r: RowReader = {
      row,
      out,
      has: (key) => columnOf.has(key),
      cell: (key) => (columnOf.has(key) ? (cells[columnOf.get(key)!] ?? '').trim() : ''),
      problem: (key, t, expected) =>
        out.problems.push({ row, column: header(key), ...t, ...(expected ? { expected } : {}) }),
      warning: (key, t) => out.warnings.push({ row, column: header(key), ...t }),
    }
    for (const [key, i] of columnOf)
      if (formulas.has(`${row}:${i + 1}`))
        r.problem(
          key,
          { nl: 'Dit vak bevat een formule.', en: 'This cell holds a formula.' },
          {
            nl: 'de waarde zelf (kopieer en plak als waarde)',
            en: 'the value itself (copy and paste as value)',
          },
        )
    const externalId = text(r, 'externalId', 100)
    if (externalId) out.match.externalId = externalId
    READERS[kind](r)
    return out
  })
}
