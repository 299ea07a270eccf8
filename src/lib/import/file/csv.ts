import { parse } from 'csv-parse/sync'

import { decodeText } from './decode'
import { type FileProblem, PROBLEMS } from './problems'
import { type Table, withoutEmptyRows } from './table'

const SEPARATORS = [';', ',', '\t'] as const

/** The separator the header line uses most, counting only outside quotes (Dutch Excel: `;`). */
const detectSeparator = (text: string): string => {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]))
  let quoted = false
  for (const ch of text) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === '\n' || ch === '\r')) break
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1)
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0]
}

const NAMES: Record<string, string> = { ';': ';', ',': ',', '\t': 'tab' }

/** A CSV file's bytes as a table, or what is wrong with it. Quoted cells may hold newlines. */
export const readCsv = (bytes: Uint8Array): Table | FileProblem => {
  const { text, encoding } = decodeText(bytes)
  if (!text.trim()) return PROBLEMS.empty
  const delimiter = detectSeparator(text)
  let records: { record: string[] }[]
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      // Empty lines stay, so rows keep the numbers Excel shows; empty rows are dropped later.
      skip_empty_lines: false,
      info: true,
    }) as unknown as { record: string[] }[]
  } catch (error) {
    const e = error as { lines?: number; message?: string }
    return PROBLEMS.badCsv(e.lines ?? 1, String(e.message ?? '').split('\n')[0] ?? '')
  }
  const [head, ...rest] = records
  if (!head || head.record.every((c) => !c.trim())) return PROBLEMS.noHeader
  // Numbered as Excel shows the same file: the header is row 1, a quoted newline stays in its cell.
  const rows = rest.map((r, i) => ({ row: i + 2, cells: r.record }))
  return {
    headers: head.record.map((h) => h.trim()),
    rows: withoutEmptyRows(rows),
    readAs: `CSV, ${NAMES[delimiter]}, ${encoding}`,
    formulas: [],
  }
}
