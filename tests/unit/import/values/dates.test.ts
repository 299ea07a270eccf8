import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { DateTime } from 'luxon'

import { excelSerialToDay, parseDate } from '../../../../src/lib/import/values'
import { toLocalDay } from '../../../../src/lib/schedule/fromFields'
import { problemOf, valueOf } from './helpers'

describe('parseDate: the forms people write', () => {
  test.each<[string | number | Date, string]>([
    ['01-03-2027', '2027-03-01'],
    ['1-3-2027', '2027-03-01'],
    ['01/03/2027', '2027-03-01'],
    ['1/3/2027', '2027-03-01'],
    ['01.03.2027', '2027-03-01'],
    ['1 maart 2027', '2027-03-01'],
    ['1 Maart 2027', '2027-03-01'],
    ['1 mrt 2027', '2027-03-01'],
    ['1 mrt. 2027', '2027-03-01'],
    ['01-mrt-2027', '2027-03-01'],
    ['1e maart 2027', '2027-03-01'],
    ['maandag 1 maart 2027', '2027-03-01'],
    ['1 March 2027', '2027-03-01'],
    ['31 december 2099', '2099-12-31'],
    ['2027-03-01', '2027-03-01'],
    ['2027-03-01T00:00:00', '2027-03-01'],
    ['29-02-2028', '2028-02-29'],
    [46082, '2026-03-01'],
    ['46082', '2026-03-01'],
    [new Date(Date.UTC(2027, 2, 1)), '2027-03-01'],
  ])('%j', (cell, expected) => {
    const result = parseDate(cell)
    expect(valueOf(result)).toBe(expected)
    expect(result.ok && result.warning).toBeFalsy()
  })

  test('an Excel date with a time keeps the day and warns that the time is left out', () => {
    const result = parseDate(46082.75)
    expect(valueOf(result)).toBe('2026-03-01')
    expect(result.ok && result.warning?.nl).toContain('tijd')
  })

  test('a calendar day stored at midday UTC (as the caller does) reads back as the same day', () => {
    const day = valueOf(parseDate('1 maart 2027'))
    expect(toLocalDay(`${day}T12:00:00.000Z`)).toBe(day)
  })
})

describe('Excel serial numbers', () => {
  test.each<[number, string | null]>([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [60, null],
    [61, '1900-03-01'],
    [36526, '2000-01-01'],
    [46082, '2026-03-01'],
    [46082.99, '2026-03-01'],
    [0, null],
    [-1, null],
    [Number.NaN, null],
  ])('%j → %j', (serial, day) => {
    expect(excelSerialToDay(serial)).toBe(day)
  })
})

describe('parseDate: refusals say what is wrong', () => {
  test.each<[unknown, string]>([
    ['31-02-2027', 'bestaat niet'],
    ['29-02-2027', 'bestaat niet'],
    ['1-13-2027', 'bestaat niet'],
    ['0-3-2027', 'bestaat niet'],
    ['1-3-27', '4 cijfers'],
    ['01/03/27', '4 cijfers'],
    ['1 maart 27', '4 cijfers'],
    ['1 maart', 'jaar ontbreekt'],
    ['1-3', 'jaar ontbreekt'],
    ['1-3-2207', 'klopt vast niet'],
    ['1-3-1999', 'klopt vast niet'],
    [60, '29 februari 1900'],
    ['60', '29 februari 1900'],
    [61, 'als Excel-datum is het 1900-03-01'],
    [15, 'geen datum'],
    [0, 'geen datum'],
    [-5, 'geen datum'],
    ['dinsdag 1 maart 2027', 'een maandag, geen dinsdag'],
    ['01032027', 'begrijp'],
    ['volgende week', 'begrijp'],
    ['2027-03-01T10:00:00', 'begrijp'],
    [new Date(Number.NaN), 'bestaat niet'],
    [true, 'geen datum'],
    ['', 'leeg'],
  ])('%j → a problem (%s)', (cell, words) => {
    expect(problemOf(parseDate(cell as string)).nl).toContain(words)
  })
})

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus'].concat([
  'september',
  'oktober',
  'november',
  'december',
])
const days = fc
  .integer({ min: 0, max: DateTime.utc(2100, 12, 31).diff(DateTime.utc(2000, 1, 1), 'days').days })
  .map((n) => DateTime.utc(2000, 1, 1).plus({ days: n }))

describe('parseDate: properties', () => {
  test('every calendar day written as dd-mm-jjjj, d-m-jjjj, dd/mm/jjjj, dd.mm.jjjj or "d maand jjjj" parses back', () => {
    const forms = fc.constantFrom(
      (d: DateTime) => d.toFormat('dd-MM-yyyy'),
      (d: DateTime) => d.toFormat('d-M-yyyy'),
      (d: DateTime) => d.toFormat('dd/MM/yyyy'),
      (d: DateTime) => d.toFormat('dd.MM.yyyy'),
      (d: DateTime) => `${d.day} ${MONTHS[d.month - 1]!} ${d.year}`,
      (d: DateTime) => d.setLocale('nl').toFormat('cccc d LLLL yyyy'),
      (d: DateTime) => d.toISODate()!,
    )
    fc.assert(
      fc.property(days, forms, (day, form) => {
        expect(valueOf(parseDate(form(day)))).toBe(day.toISODate())
      }),
    )
  })

  test('every Excel serial from 61 on is the day 1899-12-30 plus the serial', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), (serial) => {
        expect(excelSerialToDay(serial)).toBe(
          DateTime.utc(1899, 12, 30).plus({ days: serial }).toISODate(),
        )
      }),
    )
  })

  test('a day past the end of its month is refused', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 1, max: 3 }), (day, over) => {
        const beyond = day.daysInMonth! + over
        expect(problemOf(parseDate(`${beyond}-${day.month}-${day.year}`)).nl).toContain(
          'bestaat niet',
        )
      }),
    )
  })
})
