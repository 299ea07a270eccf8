import fc from 'fast-check'
import { DateTime } from 'luxon'

import { ZONE } from '../../../src/lib/schedule/fromFields'
import { nextOccurrences } from '../../../src/lib/schedule/nextOccurrences'
import type { Schedule, Weekday } from '../../../src/lib/schedule/types'
import { validateSchedule } from '../../../src/lib/schedule/validateSchedule'
import { schedule } from './helpers'
import { isDutchPublicHoliday } from '../../../src/lib/schedule/publicHolidays'

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** A random valid weekly schedule plus a random `from` and exceptions near it. */
const arbitraryCase = fc
  .record({
    weekdays: fc.subarray([1, 2, 3, 4, 5, 6, 7] as Weekday[], { minLength: 1 }),
    start: fc.integer({ min: 0, max: 23 * 60 + 58 }),
    length: fc.integer({ min: 1, max: 600 }),
    from: fc.date({
      min: new Date('2025-01-01T00:00:00Z'),
      max: new Date('2028-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    exceptionOffsets: fc.array(fc.integer({ min: -3, max: 60 }), { maxLength: 12 }),
    count: fc.integer({ min: 1, max: 12 }),
  })
  .map(({ weekdays, start, length, from, exceptionOffsets, count }) => {
    const fromDay = DateTime.fromJSDate(from, { zone: ZONE }).startOf('day')
    const s: Schedule = schedule({
      weekdays,
      startTime: hhmm(start),
      endTime: hhmm(Math.min(start + length, 23 * 60 + 59)),
      exceptions: exceptionOffsets.map((d) => fromDay.plus({ days: d }).toISODate() as string),
    })
    return { s, from, count }
  })

/** Whether a wall time does not exist that day (spring-forward gap). */
const inGap = (localDate: string, time: string) =>
  DateTime.fromISO(`${localDate}T${time}`, { zone: ZONE }).toFormat('HH:mm') !== time

describe('nextOccurrences properties (weekly)', () => {
  test('generated schedules are valid', () => {
    fc.assert(fc.property(arbitraryCase, ({ s }) => validateSchedule(s).length === 0))
  })

  test('ascending, after from, on the weekdays, at the start time, never on an exception', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ s, from, count }) => {
        const os = nextOccurrences(s, { from, count })
        expect(os).toHaveLength(count)
        for (let i = 0; i < os.length; i++) {
          const o = os[i]!
          const start = DateTime.fromISO(o.start, { zone: 'utc' })
          const end = DateTime.fromISO(o.end, { zone: 'utc' })
          const local = start.setZone(ZONE)
          expect(end > start).toBe(true)
          expect(end.toMillis()).toBeGreaterThan(from.getTime())
          if (i > 0) expect(start > DateTime.fromISO(os[i - 1]!.start)).toBe(true)
          expect(local.toISODate()).toBe(o.localDate)
          expect(s.weekdays).toContain(local.weekday)
          if (!inGap(o.localDate, s.startTime)) expect(local.toFormat('HH:mm')).toBe(s.startTime)
          expect(s.exceptions).not.toContain(o.localDate)
        }
      }),
      { numRuns: 300 },
    )
  })

  test('no matching day between from and the last occurrence is left out', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ s, from, count }) => {
        const os = nextOccurrences(s, { from, count })
        const got = new Set(os.map((o) => o.localDate))
        const lastDay = os[os.length - 1]!.localDate
        let d = DateTime.fromJSDate(from, { zone: ZONE }).startOf('day')
        for (; (d.toISODate() as string) <= lastDay; d = d.plus({ days: 1 })) {
          const day = d.toISODate() as string
          if (!s.weekdays.includes(d.weekday as Weekday) || s.exceptions.includes(day)) continue
          if (!s.onPublicHolidays && isDutchPublicHoliday(day)) continue
          const end = DateTime.fromISO(`${day}T${s.endTime}`, { zone: ZONE })
          const start = DateTime.fromISO(`${day}T${s.startTime}`, { zone: ZONE })
          if (end.toMillis() <= from.getTime() || end <= start) continue
          expect(got.has(day)).toBe(true)
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('nextOccurrences properties (monthly)', () => {
  test('every occurrence is the nth (or last) such weekday of its month', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, 3, 4, -1) as fc.Arbitrary<Schedule['weekOfMonth']>,
        fc.integer({ min: 1, max: 7 }),
        fc.date({
          min: new Date('2025-01-01T00:00:00Z'),
          max: new Date('2028-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (weekOfMonth, weekday, from) => {
          const s = schedule({ kind: 'monthly', weekOfMonth, weekdays: [weekday as Weekday] })
          const os = nextOccurrences(s, { from, count: 6 })
          expect(os).toHaveLength(6)
          const months = new Set<string>()
          for (const o of os) {
            const d = DateTime.fromISO(o.localDate, { zone: 'utc' })
            expect(d.weekday).toBe(weekday)
            if (weekOfMonth === -1) expect(d.plus({ days: 7 }).month).not.toBe(d.month)
            else expect(Math.ceil(d.day / 7)).toBe(weekOfMonth)
            months.add(o.localDate.slice(0, 7))
          }
          expect(months.size).toBe(6)
        },
      ),
      { numRuns: 150 },
    )
  })
})
