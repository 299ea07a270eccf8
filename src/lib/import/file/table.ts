/**
 * A spreadsheet as the import reads it: the header's column names, then each row's cells as
 * text with the row's number as the person sees it (the line in the CSV, the row in Excel).
 */
export interface Table {
  headers: string[]
  rows: TableRow[]
  /** How the file was read, to show: "CSV, ;, windows-1252" or "Excel, blad Activiteiten". */
  readAs: string
  /** Cells that held a formula, by row number and column (Excel only): their value is not trusted. */
  formulas: { row: number; column: number }[]
}

export interface TableRow {
  /** 1-based, as in Excel or a text editor; the header is row 1. */
  row: number
  cells: string[]
}

/** Drops rows with no text at all (Excel keeps formatted empty rows). */
export const withoutEmptyRows = (rows: TableRow[]): TableRow[] =>
  rows.filter((r) => r.cells.some((c) => c.trim() !== ''))
