import { stringify } from 'csv-stringify/sync'
import writeXlsxFile from 'write-excel-file/node'

/**
 * Rows as a spreadsheet file, for people who open it in Excel: CSV the way Dutch Excel reads it
 * (UTF-8 with its byte-order mark, `;` between cells, CRLF) or .xlsx.
 *
 * Formula injection: Excel runs a CSV cell that starts with =, +, -, @ (or a tab or carriage
 * return) as a formula, so a listing titled "=HYPERLINK(…)" would become a live link in the
 * editor's sheet. In CSV such a cell gets a leading apostrophe. In .xlsx every text is written
 * as a text cell (`type: String`), which Excel never evaluates, so it keeps its exact value.
 */
export type Cell = string | number | boolean | null

const FORMULA_START = /^[=+\-@\t\r]/

/** Text that Excel would read as a formula gets a leading apostrophe, which Excel shows as text. */
export const defuse = (cell: Cell): Cell =>
  typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell

const defused = (rows: Cell[][]) => rows.map((row) => row.map(defuse))

export const toCsv = (rows: Cell[][]): Buffer =>
  Buffer.from(
    `\uFEFF${stringify(
      defused(rows).map((row) => row.map((c) => (c === null ? '' : String(c)))),
      { delimiter: ';', record_delimiter: '\r\n' },
    )}`,
    'utf8',
  )

const xlsxCell = (value: Cell, header: boolean) => ({
  value,
  ...(typeof value === 'string' ? { type: String } : {}),
  ...(header ? { fontWeight: 'bold' as const } : {}),
})

/** An .xlsx with one sheet; the first row (the header) in bold. */
export const toXlsx = (rows: Cell[][], sheet = 'Blad1'): Promise<Buffer> =>
  writeXlsxFile(
    rows.map((row, i) => row.map((value) => xlsxCell(value, i === 0))) as never,
    {
      sheet,
    } as never,
  ).toBuffer()
