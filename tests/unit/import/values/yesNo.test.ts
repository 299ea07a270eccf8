import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'

import { parseYesNo } from '../../../../src/lib/import/values'
import { anyCase, problemOf, valueOf } from './helpers'

describe('parseYesNo', () => {
  test.each<[unknown, boolean | null]>([
    ['ja', true],
    ['Ja.', true],
    ['j', true],
    ['x', true],
    ['X', true],
    ['✓', true],
    ['waar', true],
    ['true', true],
    ['TRUE', true],
    ['1', true],
    ['yes', true],
    [true, true],
    [1, true],
    ['nee', false],
    ['n', false],
    ['onwaar', false],
    ['false', false],
    ['0', false],
    ['no', false],
    [false, false],
    [0, false],
    ['', null],
    ['   ', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (cell, expected) => {
    expect(valueOf(parseYesNo(cell as string))).toBe(expected)
  })

  test.each<unknown>(['misschien', '-', '2', 2, 'ja en nee', new Date(0)])(
    '%j → a problem',
    (cell) => {
      const problem = problemOf(parseYesNo(cell as string))
      expect(problem.nl).toContain('ja of nee')
    },
  )

  test('property: yes and no words in any case and with spaces around', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(['ja', true], ['nee', false], ['waar', true], ['onwaar', false]),
        fc.array(fc.boolean()),
        fc.constantFrom('', ' ', '  '),
        ([word, expected], flips, space) => {
          expect(valueOf(parseYesNo(`${space}${anyCase(word, flips)}${space}`))).toBe(expected)
        },
      ),
    )
  })
})
