/**
 * Reads a yes/no cell: "ja", "nee", "x" (a ticked box), "waar"/"onwaar", "1"/"0", "yes"/"no"
 * → true or false; an empty cell → null (not filled in). What the column means, and what an
 * empty cell means for it, is the caller's.
 */
import { fail, ok, type CellResult } from './result'
import { fold, isEmptyCell, shown, type CellInput } from './text'

const EXPECTED = {
  nl: "'ja' of 'nee' (of 'x' voor ja), of een leeg vak",
  en: "'ja' or 'nee' (yes or no; 'x' for yes), or an empty cell",
}

const YES = new Set(['ja', 'j', 'x', 'v', '✓', '✔', 'waar', 'true', '1', 'yes', 'y', 'wel'])
const NO = new Set(['nee', 'n', 'onwaar', 'false', '0', 'no', 'niet'])

/** Reads one yes/no cell; null when it is empty. */
export const parseYesNo = (cell: CellInput): CellResult<boolean | null> => {
  if (isEmptyCell(cell)) return ok(null)
  if (typeof cell === 'boolean') return ok(cell)
  const raw = shown(cell)
  if (typeof cell === 'number' && (cell === 0 || cell === 1)) return ok(cell === 1)
  const text = typeof cell === 'string' ? fold(cell).replace(/[.!]+$/, '') : ''
  if (YES.has(text)) return ok(true)
  if (NO.has(text)) return ok(false)
  return fail(`Is dit ja of nee? '${raw}'.`, `Is this yes or no? '${raw}'.`, EXPECTED)
}
