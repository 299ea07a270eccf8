/** The values a spreadsheet reader gives for one cell (csv-parse gives strings, read-excel-file all of them). */
export type CellInput = string | number | boolean | Date | null | undefined

/** Whether a cell holds nothing (no value, or only spaces). */
export const isEmptyCell = (cell: CellInput): boolean =>
  cell === null ||
  cell === undefined ||
  (typeof cell === 'string' && cell.replace(/[\s\u00a0\u202f]/g, '') === '')

/**
 * A cell's text for matching: lower case, accents removed, the Unicode dashes and minus as '-',
 * curly quotes as straight ones, whitespace collapsed. "  Dinsdág  " → "dinsdag".
 */
export const fold = (input: string): string =>
  input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201a\u2032`]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()

const SHOWN_MAX = 60

/** A cell as the person typed it, for a problem text: trimmed, and shortened when long. */
export const shown = (cell: CellInput): string => {
  const text =
    cell instanceof Date && !Number.isNaN(cell.getTime())
      ? cell.toISOString()
      : String(cell ?? '')
          .replace(/\s+/g, ' ')
          .trim()
  return text.length > SHOWN_MAX ? `${text.slice(0, SHOWN_MAX - 1)}…` : text
}
