import { DateTime } from 'luxon'

import { isInSchoolHoliday } from '../../../src/lib/schedule/nextOccurrences'
import { SCHOOL_HOLIDAYS_SEED } from '../../../src/lib/schedule/schoolHolidays'

describe('SCHOOL_HOLIDAYS_SEED', () => {
  test('every holiday runs from a Saturday to a Sunday', () => {
    for (const h of SCHOOL_HOLIDAYS_SEED) {
      expect([h.name, h.firstDay, DateTime.fromISO(h.firstDay).weekday]).toEqual([
        h.name,
        h.firstDay,
        6,
      ])
      expect([h.name, h.lastDay, DateTime.fromISO(h.lastDay).weekday]).toEqual([
        h.name,
        h.lastDay,
        7,
      ])
      expect(h.firstDay < h.lastDay).toBe(true)
      expect(['official', 'estimated']).toContain(h.confidence)
    }
  })

  test('has the five holidays for every region in both school years', () => {
    for (const region of ['noord', 'midden', 'zuid'] as const) {
      const names = SCHOOL_HOLIDAYS_SEED.filter((h) => h.region === region).map((h) => h.name)
      for (const name of [
        'Herfstvakantie',
        'Kerstvakantie',
        'Voorjaarsvakantie',
        'Meivakantie',
        'Zomervakantie',
      ]) {
        expect(names.filter((n) => n === name)).toHaveLength(2)
      }
    }
  })

  test('summer holidays last six weeks, the others one week (Christmas two)', () => {
    const days = (a: string, b: string) =>
      DateTime.fromISO(b).diff(DateTime.fromISO(a), 'days').days + 1
    for (const h of SCHOOL_HOLIDAYS_SEED) {
      const expected = h.name === 'Zomervakantie' ? 44 : h.name === 'Kerstvakantie' ? 16 : 9
      expect([h.name, h.region, h.firstDay, days(h.firstDay, h.lastDay)]).toEqual([
        h.name,
        h.region,
        h.firstDay,
        expected,
      ])
    }
  })

  test('2025-2026 dates match the published ones', () => {
    const find = (region: string, name: string, year: string) =>
      SCHOOL_HOLIDAYS_SEED.find(
        (h) => h.region === region && h.name === name && h.firstDay.startsWith(year),
      )
    expect(find('zuid', 'Herfstvakantie', '2025')).toMatchObject({
      firstDay: '2025-10-11',
      lastDay: '2025-10-19',
    })
    expect(find('noord', 'Herfstvakantie', '2025')).toMatchObject({
      firstDay: '2025-10-18',
      lastDay: '2025-10-26',
    })
    expect(find('midden', 'Zomervakantie', '2026')).toMatchObject({
      firstDay: '2026-07-18',
      lastDay: '2026-08-30',
    })
    expect(find('noord', 'Zomervakantie', '2026')).toMatchObject({
      firstDay: '2026-07-04',
      lastDay: '2026-08-16',
    })
    expect(find('zuid', 'Zomervakantie', '2026')).toMatchObject({
      firstDay: '2026-07-11',
      lastDay: '2026-08-23',
    })
    expect(find('zuid', 'Meivakantie', '2026')).toMatchObject({
      firstDay: '2026-04-25',
      lastDay: '2026-05-03',
    })
  })
})

describe('isInSchoolHoliday', () => {
  const holidays = [
    { region: 'noord' as const, name: 'Test', firstDay: '2026-02-21', lastDay: '2026-03-01' },
  ]

  test('includes the first and last day, only for that region', () => {
    expect(isInSchoolHoliday('2026-02-20', 'noord', holidays)).toBe(false)
    expect(isInSchoolHoliday('2026-02-21', 'noord', holidays)).toBe(true)
    expect(isInSchoolHoliday('2026-02-25', 'noord', holidays)).toBe(true)
    expect(isInSchoolHoliday('2026-03-01', 'noord', holidays)).toBe(true)
    expect(isInSchoolHoliday('2026-03-02', 'noord', holidays)).toBe(false)
    expect(isInSchoolHoliday('2026-02-25', 'zuid', holidays)).toBe(false)
    expect(isInSchoolHoliday('2026-02-25', 'noord', [])).toBe(false)
  })
})
