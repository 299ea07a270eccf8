import type { ImportKind } from '../columns'

/** What is wrong with one cell, as the editor sees it: row, the sheet's column, what, and what is expected. */
interface RowProblem {
  row: number
  column: string
  nl: string
  en: string
  expected?: { nl: string; en: string }
}

/** One row of the sheet as a record of ours, or what keeps it from being one. */
export interface ImportRow {
  row: number
  kind: ImportKind
  /** Fields in the collection's shape (day-only dates as midday instants, as the admin stores them). */
  data: Record<string, unknown>
  /** Names of other records, looked up when importing: the organisation, the venue, the themes. */
  refs: { organisation?: string; venue?: string; themes?: string[] }
  /** How the record may already exist: the source's own id, or the KvK number. */
  match: { externalId?: string; kvkNumber?: string }
  problems: RowProblem[]
  warnings: RowProblem[]
}

/** A row being read: its cells by our column key, and where to put what comes of them. */
export interface RowReader {
  row: number
  /** The cell under our column `key`, trimmed ('' when the sheet has no such column). */
  cell: (key: string) => string
  /** Whether the sheet maps a column to `key`. */
  has: (key: string) => boolean
  /** A problem with the cell of `key` (named by the sheet's own header). */
  problem: (
    key: string,
    text: { nl: string; en: string },
    expected?: { nl: string; en: string },
  ) => void
  warning: (key: string, text: { nl: string; en: string }) => void
  out: ImportRow
}
