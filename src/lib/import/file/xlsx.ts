import { Unzip, UnzipInflate } from 'fflate'
import { readSheet } from 'read-excel-file/node'

import { FILE_LIMITS, type FileProblem, PROBLEMS } from './problems'
import { type Table, withoutEmptyRows } from './table'

const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/

/**
 * Unpacks the .xlsx once, counting: a part that unpacks to more than FILE_LIMITS.ratio times its
 * packed size, or all parts to more than FILE_LIMITS.unpacked, stops it (a zip bomb never gets
 * to the spreadsheet reader). Keeps the first worksheet's XML to find formula cells.
 */
const inspect = (bytes: Uint8Array): { sheetXml: string } | FileProblem => {
  let total = 0
  let bomb = false
  const sheets = new Map<string, Uint8Array[]>()
  const unzip = new Unzip()
  unzip.register(UnzipInflate)
  unzip.onfile = (file) => {
    let size = 0
    const packed = Math.max(file.size ?? 1, 1)
    const keep: Uint8Array[] | null = WORKSHEET.test(file.name) ? [] : null
    if (keep) sheets.set(file.name, keep)
    file.ondata = (error, chunk) => {
      if (error || bomb) return
      size += chunk.length
      total += chunk.length
      if (total > FILE_LIMITS.unpacked || (size > 1_000_000 && size / packed > FILE_LIMITS.ratio)) {
        bomb = true
        file.terminate()
        return
      }
      keep?.push(chunk)
    }
    file.start()
  }
  try {
    unzip.push(bytes, true)
  } catch {
    return PROBLEMS.brokenXlsx
  }
  if (bomb) return PROBLEMS.bomb
  const first = [...sheets.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))[0]
  if (!first) return PROBLEMS.brokenXlsx
  return { sheetXml: Buffer.concat(sheets.get(first)!).toString('utf8') }
}

/** "C12" → column 3 (1-based) and row 12. */
const cellRef = (ref: string) => {
  const [, letters = '', digits = '0'] = /^([A-Z]+)(\d+)$/.exec(ref) ?? []
  const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)
  return { column, row: Number(digits) }
}

/** The cells of the sheet that hold a formula (`<c r="C12"><f>…</f>`). */
const formulaCells = (sheetXml: string) =>
  [...sheetXml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)]
    .filter((m) => m[2]?.includes('<f'))
    .map((m) => cellRef(/\br="([A-Z]+\d+)"/.exec(m[1] ?? '')?.[1] ?? ''))
    .filter((c) => c.row > 0)

/** A cell as text: dates as calendar days, numbers as written by JavaScript, booleans as ja/nee. */
const asText = (value: unknown): string => {
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'boolean') return value ? 'ja' : 'nee'
  if (typeof value === 'number' || typeof value === 'string') return String(value)
  return ''
}

/** The first sheet of an .xlsx as a table, or what is wrong with it. */
export const readXlsx = async (bytes: Uint8Array): Promise<Table | FileProblem> => {
  const inspected = inspect(bytes)
  if ('nl' in inspected) return inspected
  let data: unknown[][]
  try {
    data = await readSheet(Buffer.from(bytes))
  } catch {
    return PROBLEMS.brokenXlsx
  }
  const [head, ...rest] = data
  if (!head || head.every((c) => asText(c).trim() === '')) return PROBLEMS.noHeader
  return {
    headers: head.map((h) => asText(h).trim()),
    rows: withoutEmptyRows(rest.map((r, i) => ({ row: i + 2, cells: r.map(asText) }))),
    readAs: 'Excel (.xlsx), eerste blad',
    formulas: formulaCells(inspected.sheetXml),
  }
}
