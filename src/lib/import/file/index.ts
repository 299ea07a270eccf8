import { readCsv } from './csv'
import { FILE_LIMITS, type FileProblem, PROBLEMS } from './problems'
import { sniff } from './sniff'
import type { Table } from './table'
import { readXlsx } from './xlsx'

export type { FileProblem } from './problems'
export type { Table } from './table'
export { FILE_LIMITS } from './problems'

/**
 * An uploaded spreadsheet as a table, whatever it claims to be: the bytes decide (an .xlsx is a
 * zip, a CSV is text), within the limits; or the one problem that stops the whole file.
 */
export const readTable = async (bytes: Uint8Array): Promise<Table | FileProblem> => {
  if (bytes.length === 0) return PROBLEMS.empty
  if (bytes.length > FILE_LIMITS.bytes) return PROBLEMS.tooBig(bytes.length)
  const kind = sniff(bytes)
  const table =
    kind === 'xlsx'
      ? await readXlsx(bytes)
      : kind === 'text'
        ? readCsv(bytes)
        : kind === 'xls'
          ? PROBLEMS.oldExcel
          : PROBLEMS.notASheet
  if ('nl' in table) return table
  if (!table.rows.length) return PROBLEMS.empty
  if (table.rows.length > FILE_LIMITS.rows) return PROBLEMS.tooManyRows(table.rows.length)
  return table
}

export const isFileProblem = <T extends object>(value: T | FileProblem): value is FileProblem =>
  'nl' in value
