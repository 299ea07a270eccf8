import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'

import {
  addWorkingDays,
  contactKey,
  dutchPublicHolidays,
  easterSunday,
  isWorkingDay,
  tallyOutcomes,
} from '../../../src/lib/contact'

const amsterdamDay = (d: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(d)

describe('working days', () => {
  test('Easter Sunday for known years', () => {
    expect(easterSunday(2025)).toEqual({ month: 4, day: 20 })
    expect(easterSunday(2026)).toEqual({ month: 4, day: 5 })
    expect(easterSunday(2027)).toEqual({ month: 3, day: 28 })
    expect(easterSunday(2038)).toEqual({ month: 4, day: 25 })
  })

  test("Dutch public holidays of 2026 and 2025 (Liberation Day only in lustrum years; King's Day moves off Sunday)", () => {
    expect([...dutchPublicHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-04-27',
      '2026-05-14',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ])
    expect(dutchPublicHolidays(2025)).toContain('2025-05-05')
    expect(dutchPublicHolidays(2025)).toContain('2025-04-26')
  })

  test('five working days skip the weekend and the holidays', () => {
    // Wednesday 2 December 2026 → Wednesday 9 December, end of the day in Amsterdam.
    const due = addWorkingDays(new Date('2026-12-02T10:00:00Z'), 5)
    expect(amsterdamDay(due)).toBe('2026-12-09')
    expect(due.toISOString()).toBe('2026-12-09T22:59:59.999Z')
    // Friday 18 December → Christmas and Boxing Day (Fri/Sat) and the weekend do not count.
    expect(amsterdamDay(addWorkingDays(new Date('2026-12-18T15:00:00Z'), 5))).toBe('2026-12-28')
    // Late on a Friday evening in Amsterdam is still that Friday (UTC already says Friday 23:30).
    expect(amsterdamDay(addWorkingDays(new Date('2026-04-24T23:30:00Z'), 1))).toBe('2026-04-28')
  })

  test('property: the deadline is a working day, and exactly n working days lie between', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2025-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 15 }),
        (from, n) => {
          const due = addWorkingDays(from, n)
          expect(isWorkingDay(due)).toBe(true)
          let count = 0
          for (
            let d = new Date(`${amsterdamDay(from)}T12:00:00Z`);
            amsterdamDay(d) < amsterdamDay(due);
          ) {
            d = new Date(d.getTime() + 24 * 3600 * 1000)
            if (isWorkingDay(d)) count++
          }
          expect(count).toBe(n)
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('contact key and counts', () => {
  test('one form of an e-mail address or Dutch phone number', () => {
    expect(contactKey(' Anna@Example.NL ')).toBe('anna@example.nl')
    expect(contactKey('+31 6 1234 5678')).toBe('0612345678')
    expect(contactKey('0031-6-12345678')).toBe('0612345678')
    expect(contactKey('06 12 34 56 78')).toBe('0612345678')
    expect(contactKey('(050) 123 45 67')).toBe('0501234567')
    expect(contactKey('+31 (0)6 1234 5678')).toBe('0612345678')
    expect(contactKey('0032 470 12 34 56')).toBe(contactKey('+32 470 123456'))
    expect(contactKey('+32 (0)470 123456')).toBe('+32470123456')
  })

  test('tallies per organisation and kind with the outcome of each', () => {
    const rows = tallyOutcomes([
      { organisation: '2', kind: 'volunteer', month: '2026-11', status: 'placed' },
      { organisation: '1', kind: 'activity', month: '2026-11', status: 'new' },
      { organisation: '2', kind: 'volunteer', month: '2026-12', status: 'contacted' },
      { organisation: '2', kind: 'volunteer', month: '2026-12', status: 'placed' },
    ])
    expect(rows).toEqual([
      {
        organisation: '1',
        kind: 'activity',
        total: 1,
        byStatus: { new: 1, contacted: 0, placed: 0, not_placed: 0 },
      },
      {
        organisation: '2',
        kind: 'volunteer',
        total: 3,
        byStatus: { new: 0, contacted: 1, placed: 2, not_placed: 0 },
      },
    ])
  })
})
