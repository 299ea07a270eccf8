/**
 * Longer than 200 lines because it covers one parser, the days people write in a sheet: tables of
 * forms and refusals, then properties over generated day lists.
 */
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'

import { parseDays, type DaysValue } from '../../../../src/lib/import/values'
import type { IsoWeekday } from '../../../../src/lib/import/values/words'
import { validateSchedule } from '../../../../src/lib/schedule/validateSchedule'
import type { Weekday } from '../../../../src/lib/schedule/types'
import { schedule } from '../../schedule/helpers'
import { anyCase, problemOf, valueOf } from './helpers'

const weekly = (...weekdays: IsoWeekday[]): DaysValue => ({ kind: 'weekly', weekdays })
const WORKDAYS: IsoWeekday[] = ['1', '2', '3', '4', '5']
const ALL: IsoWeekday[] = ['1', '2', '3', '4', '5', '6', '7']

describe('parseDays: the forms people write', () => {
  test.each<[string, DaysValue]>([
    ['ma', weekly('1')],
    ['di', weekly('2')],
    ['wo', weekly('3')],
    ['do', weekly('4')],
    ['vr', weekly('5')],
    ['za', weekly('6')],
    ['zo', weekly('7')],
    ['maandag', weekly('1')],
    ['dinsdags', weekly('2')],
    ["'s woensdags", weekly('3')],
    ['ma en wo', weekly('1', '3')],
    ['ma, wo en vr', weekly('1', '3', '5')],
    ['vr, ma en wo', weekly('1', '3', '5')],
    ['ma/wo', weekly('1', '3')],
    ['Zaterdag & Zondag', weekly('6', '7')],
    ['ma t/m vr', weekly(...WORKDAYS)],
    ['ma tm vr', weekly(...WORKDAYS)],
    ['Ma. t.m. Vr.', weekly(...WORKDAYS)],
    ['ma-vr', weekly(...WORKDAYS)],
    ['ma – vr', weekly(...WORKDAYS)],
    ['maandag tot en met vrijdag', weekly(...WORKDAYS)],
    ['maandag tot vrijdag', weekly(...WORKDAYS)],
    ['van maandag t/m donderdag', weekly('1', '2', '3', '4')],
    ['ma t/m wo en vr', weekly('1', '2', '3', '5')],
    ['vr t/m ma', weekly('1', '5', '6', '7')],
    ['elke dinsdag', weekly('2')],
    ['iedere dinsdag', weekly('2')],
    ['op dinsdag', weekly('2')],
    ['elke week op maandag', weekly('1')],
    ['wekelijks, donderdag', weekly('4')],
    ['werkdagen', weekly(...WORKDAYS)],
    ['doordeweeks', weekly(...WORKDAYS)],
    ['weekend', weekly('6', '7')],
    ['in het weekend', weekly('6', '7')],
    ['vr en weekend', weekly('5', '6', '7')],
    ['dagelijks', weekly(...ALL)],
    ['elke dag', weekly(...ALL)],
    ['alle dagen', weekly(...ALL)],
    ['Mon', weekly('1')],
    ['Monday', weekly('1')],
    ['mon to fri', weekly(...WORKDAYS)],
    ['Tue and Thu', weekly('2', '4')],
    ['  MA.  ', weekly('1')],
    ['DINSDÁG', weekly('2')],
    ['ma  en   wo', weekly('1', '3')],
    ['ma en ma', weekly('1')],
  ])('%j', (cell, expected) => {
    expect(valueOf(parseDays(cell))).toEqual(expected)
  })

  test.each<[string, DaysValue]>([
    ['1e dinsdag van de maand', { kind: 'monthly', weekdays: ['2'], weekOfMonth: '1' }],
    ['eerste dinsdag van de maand', { kind: 'monthly', weekdays: ['2'], weekOfMonth: '1' }],
    ['de 1e dinsdag v.d. maand', { kind: 'monthly', weekdays: ['2'], weekOfMonth: '1' }],
    ['elke 3e woensdag', { kind: 'monthly', weekdays: ['3'], weekOfMonth: '3' }],
    ['2de zondag van elke maand', { kind: 'monthly', weekdays: ['7'], weekOfMonth: '2' }],
    ['vierde donderdag', { kind: 'monthly', weekdays: ['4'], weekOfMonth: '4' }],
    ['laatste vrijdag van de maand', { kind: 'monthly', weekdays: ['5'], weekOfMonth: '-1' }],
    ['last Friday of the month', { kind: 'monthly', weekdays: ['5'], weekOfMonth: '-1' }],
    ['om de week op dinsdag', { kind: 'biweekly', weekdays: ['2'] }],
    ['om de twee weken op donderdag', { kind: 'biweekly', weekdays: ['4'] }],
    ['om de 2 weken, ma', { kind: 'biweekly', weekdays: ['1'] }],
    ['tweewekelijks op di en do', { kind: 'biweekly', weekdays: ['2', '4'] }],
    ['2-wekelijks, woensdag', { kind: 'biweekly', weekdays: ['3'] }],
    ['elke twee weken op vrijdag', { kind: 'biweekly', weekdays: ['5'] }],
    ['every other Tuesday', { kind: 'biweekly', weekdays: ['2'] }],
  ])('%j (monthly and every other week)', (cell, expected) => {
    expect(valueOf(parseDays(cell))).toEqual(expected)
  })
})

describe('parseDays: refusals say what is wrong', () => {
  test('an unknown day names the word', () => {
    const problem = problemOf(parseDays('maandga'))
    expect(problem.nl).toBe("Deze dag ken ik niet: 'maandga'.")
    expect(problem.expected.nl).toContain("'ma en wo'")
  })

  test.each<[unknown, string]>([
    ['elke 2e en 4e woensdag', 'maar één week van de maand'],
    ['1e en 3e dinsdag van de maand', 'maar één week van de maand'],
    ['om de twee weken', 'Op welke dag?'],
    ['om de week', 'Op welke dag?'],
    ['5e dinsdag', '5e week'],
    ['1x per maand op dinsdag', 'Welke week van de maand?'],
    ['dinsdag van de maand', 'Welke week van de maand?'],
    ['1e ma en wo van de maand', 'precies één dag'],
    ['om de week op de 1e dinsdag', "'om de week' én een week van de maand"],
    ['om de maand', 'Om de maand past niet'],
    ['ma of di', "Hier staat 'of'"],
    ['ma 10-12', 'getal'],
    ['1', 'getal'],
    ['t/m vr', "'t/m'"],
    ['ma t/m', "'t/m'"],
    ['ma t/m weekend', "'t/m'"],
    ['gesloten', "Deze dag ken ik niet: 'gesloten'."],
    ['ma t/m vr (niet in de vakantie)', "Deze dag ken ik niet: 'niet'."],
    ['', 'leeg'],
    ['   ', 'leeg'],
    [null, 'leeg'],
    [42, 'geen dag'],
    [true, 'geen dag'],
  ])('%j → a problem (%s)', (cell, words) => {
    expect(problemOf(parseDays(cell as string)).nl).toContain(words)
  })
})

const SHORT = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']
const LONG = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']
const ENGLISH = ['Mon', 'Tuesday', 'wed', 'Thursday', 'Fri', 'saturday', 'Sun']
const dayName = fc.constantFrom(SHORT, LONG, ENGLISH)
/** "ma", "ma en wo", "ma, wo en vr": a Dutch list. */
const dutchList = (names: string[]) =>
  names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} en ${names.at(-1)!}`
const weekdaySet = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 })

describe('parseDays: properties', () => {
  test('every set of days written as a Dutch list parses back, in any order and case', () => {
    fc.assert(
      fc.property(weekdaySet, dayName, fc.array(fc.boolean()), (days, names, flips) => {
        const cell = anyCase(dutchList(days.map((d) => names[d - 1]!)), flips)
        const expected = [...days].sort().map(String)
        expect(valueOf(parseDays(cell))).toEqual({ kind: 'weekly', weekdays: expected })
      }),
    )
  })

  test('every range "X t/m Y" of days (X before Y) gives the days between, inclusive', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 }), (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a]
        const expected = ALL.slice(from - 1, to)
        expect(valueOf(parseDays(`${LONG[from - 1]!} t/m ${SHORT[to - 1]!}`)).weekdays).toEqual(
          expected,
        )
        expect(valueOf(parseDays(`${SHORT[from - 1]!}-${SHORT[to - 1]!}`)).weekdays).toEqual(
          expected,
        )
      }),
    )
  })

  test('every week of the month and day parses back as monthly', () => {
    const ordinals = [
      ['1', '1e'],
      ['2', 'tweede'],
      ['3', '3de'],
      ['4', 'vierde'],
      ['-1', 'laatste'],
    ] as const
    fc.assert(
      fc.property(
        fc.constantFrom(...ordinals),
        fc.integer({ min: 1, max: 7 }),
        ([week, word], d) => {
          expect(valueOf(parseDays(`${word} ${LONG[d - 1]!} van de maand`))).toEqual({
            kind: 'monthly',
            weekdays: [String(d)],
            weekOfMonth: week,
          })
        },
      ),
    )
  })

  test('every value read is a valid schedule', () => {
    const cells = fc.oneof(
      weekdaySet.map((days) => dutchList(days.map((d) => SHORT[d - 1]!))),
      weekdaySet.map((days) => `om de week op ${dutchList(days.map((d) => LONG[d - 1]!))}`),
      fc
        .tuple(fc.constantFrom('1e', '2e', '3e', '4e', 'laatste'), fc.constantFrom(...LONG))
        .map(([n, day]) => `${n} ${day} van de maand`),
    )
    fc.assert(
      fc.property(cells, (cell) => {
        const value = valueOf(parseDays(cell))
        const issues = validateSchedule(
          schedule({
            kind: value.kind,
            weekdays: value.weekdays.map(Number) as Weekday[],
            weekOfMonth: value.kind === 'monthly' ? (Number(value.weekOfMonth) as -1) : null,
          }),
        )
        expect(issues).toEqual([])
      }),
    )
  })
})
