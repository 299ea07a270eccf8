import { expect } from '@jest/globals'

import type { CellProblem, CellResult } from '../../../../src/lib/import/values'

/** The value of a result that must be ok (fails the test with the Dutch problem otherwise). */
export const valueOf = <T>(result: CellResult<T>): T => {
  if (!result.ok) throw new Error(`expected a value, got the problem: ${result.problem.nl}`)
  return result.value
}

/** The problem of a result that must be refused; every problem says what is wrong and what is expected, in both languages. */
export const problemOf = (result: CellResult<unknown>): CellProblem => {
  if (result.ok)
    throw new Error(`expected a problem, got the value ${JSON.stringify(result.value)}`)
  const { problem } = result
  for (const text of [problem.nl, problem.en, problem.expected.nl, problem.expected.en]) {
    expect(text.trim().length).toBeGreaterThan(5)
  }
  expect(problem.nl).not.toBe(problem.en)
  return problem
}

/** Random upper and lower case, as people type in spreadsheets. */
export const anyCase = (text: string, flips: boolean[]): string =>
  [...text].map((c, i) => (flips[i % Math.max(flips.length, 1)] ? c.toUpperCase() : c)).join('')
