/**
 * What reading one spreadsheet cell gives: a value in the data model's shape, or a problem that
 * says in plain Dutch (B1) and English what is wrong and what was expected. Never a guess.
 */
import type { Label } from '../../vocabulary'

/** What is wrong with a cell, and what would have been right. */
export interface CellProblem extends Label {
  expected: Label
}

/**
 * The outcome of reading one cell. A value can carry a warning: it is read, but a person should
 * look at it (for example an amount per month where the site shows an amount per time).
 */
export type CellResult<T> =
  { ok: true; value: T; warning?: Label } | { ok: false; problem: CellProblem }

export const ok = <T>(value: T, warning?: Label): CellResult<T> =>
  warning ? { ok: true, value, warning } : { ok: true, value }

export const fail = (
  nl: string,
  en: string,
  expected: Label,
): { ok: false; problem: CellProblem } => ({
  ok: false,
  problem: { nl, en, expected },
})

/** The problem for an empty cell; each parser says what it expected instead. */
export const emptyCell = (expected: Label) =>
  fail('Dit vak is leeg.', 'This cell is empty.', expected)
