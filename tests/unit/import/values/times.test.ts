import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'

import { parseTimeRange } from '../../../../src/lib/import/values'
import { TIME_PATTERN } from '../../../../src/lib/schedule/validateSchedule'
import { problemOf, valueOf } from './helpers'

const range = (startTime: string, endTime: string) => ({ startTime, endTime })

describe('parseTimeRange: the forms people write', () => {
  test.each([
    ['10.00-12.00 uur', range('10:00', '12:00')],
    ['10:00 - 12:00', range('10:00', '12:00')],
    ['10u-12u', range('10:00', '12:00')],
    ['van 10 tot 12 uur', range('10:00', '12:00')],
    ['10.00 tot 12.30', range('10:00', '12:30')],
    ['9.30–11.00', range('09:30', '11:00')],
    ['9.30—11.00', range('09:30', '11:00')],
    ['14.00 - 16.00u', range('14:00', '16:00')],
    ['10.00 u. - 12.00 u.', range('10:00', '12:00')],
    ['van 10.00 uur tot 12.00 uur', range('10:00', '12:00')],
    ['tussen 10 en 12', range('10:00', '12:00')],
    ['10h00-12h00', range('10:00', '12:00')],
    ['10u30-12u', range('10:30', '12:00')],
    ['19:30 t/m 21:00', range('19:30', '21:00')],
    ['00.30-02.00', range('00:30', '02:00')],
    ['20.00-23.59', range('20:00', '23:59')],
    ["2-4 uur 's middags", range('14:00', '16:00')],
    ["'s middags van 1 tot 3", range('13:00', '15:00')],
    ['smiddags 1 tot 3', range('13:00', '15:00')],
    ["'s avonds 7-9", range('19:00', '21:00')],
    ["'s ochtends 9-11", range('09:00', '11:00')],
    ["14.00-16.00 's middags", range('14:00', '16:00')],
  ])('%j', (cell, expected) => {
    expect(valueOf(parseTimeRange(cell))).toEqual(expected)
  })
})

describe('parseTimeRange: refusals say what is wrong', () => {
  test.each<[unknown, string]>([
    ["'s middags", 'geen kloktijden'],
    ['ochtend', 'geen kloktijden'],
    ['hele dag', 'geen kloktijden'],
    ['om 10 uur', 'De eindtijd ontbreekt'],
    ['vanaf 10.00 uur', 'De eindtijd ontbreekt'],
    ['10.00', 'De eindtijd ontbreekt'],
    [0.4166666, 'De eindtijd ontbreekt'],
    [new Date(Date.UTC(1899, 11, 30, 10)), 'De eindtijd ontbreekt'],
    ['22.00-01.00', 'Over middernacht kan niet'],
    ['12-10', 'niet later dan de begintijd'],
    ['10-10', 'niet later dan de begintijd'],
    ['20.00-24.00', '24.00 uur kan niet'],
    ['25.00-26.00', 'bestaat niet'],
    ['10.75-11.00', 'bestaat niet'],
    ['2-4 uur', "'s nachts of 's middags"],
    ['van 1 tot 3', "'s nachts of 's middags"],
    ['10.00 - 12.00 uur en 13.00 - 15.00 uur', 'meer dan twee tijden'],
    ['1899-12-30', 'een datum, geen tijden'],
    ['10 en 12', 'begrijp'],
    ['ca. 10-12', 'begrijp'],
    ['', 'leeg'],
    [undefined, 'leeg'],
  ])('%j → a problem (%s)', (cell, words) => {
    expect(problemOf(parseTimeRange(cell as string)).nl).toContain(words)
  })
})

const minutes = fc.integer({ min: 0, max: 23 * 60 + 59 })
const pad = (n: number) => String(n).padStart(2, '0')
const clock = (m: number, separator: string) =>
  `${pad(Math.floor(m / 60))}${separator}${pad(m % 60)}`
const orderedPair = fc
  .tuple(minutes, minutes)
  .filter(([a, b]) => a !== b)
  .map(([a, b]): [number, number] => (a < b ? [a, b] : [b, a]))

describe('parseTimeRange: properties', () => {
  test('every range written as "HH.MM-HH.MM uur" (or with colons, dashes, "tot") parses back', () => {
    const forms = fc.constantFrom(
      (a: number, b: number) => `${clock(a, '.')}-${clock(b, '.')} uur`,
      (a: number, b: number) => `${clock(a, ':')} - ${clock(b, ':')}`,
      (a: number, b: number) => `${clock(a, '.')}–${clock(b, '.')}`,
      (a: number, b: number) => `van ${clock(a, '.')} tot ${clock(b, '.')} uur`,
    )
    fc.assert(
      fc.property(orderedPair, forms, ([a, b], form) => {
        expect(valueOf(parseTimeRange(form(a, b)))).toEqual(range(clock(a, ':'), clock(b, ':')))
      }),
    )
  })

  test('a range that ends at or before its start is always refused', () => {
    fc.assert(
      fc.property(minutes, minutes, (a, b) => {
        fc.pre(b <= a)
        problemOf(parseTimeRange(`${clock(a, '.')}-${clock(b, '.')}`))
      }),
    )
  })

  test('every value is two times the schedule accepts, the end after the start', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789.:-u tot'.split('')) }),
        (cell) => {
          const result = parseTimeRange(cell)
          if (!result.ok) return
          expect(result.value.startTime).toMatch(TIME_PATTERN)
          expect(result.value.endTime).toMatch(TIME_PATTERN)
          expect(result.value.endTime > result.value.startTime).toBe(true)
        },
      ),
    )
  })
})
