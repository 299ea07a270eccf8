import fc from 'fast-check'

import { overlaps, slotKeys, timeProblem } from '../../../src/lib/rooms'

const today = '2026-12-04'

describe('times asked for a room', () => {
  test('a real date from today up to a year, quarter-hour times, end after start, at most 12 hours', () => {
    const ok = { date: '2026-12-10', start: '14:00', end: '16:30' }
    expect(timeProblem(ok, today)).toBeNull()
    expect(timeProblem({ ...ok, date: '2026-02-30' }, today)).toBe('date')
    expect(timeProblem({ ...ok, date: 'morgen' }, today)).toBe('date')
    expect(timeProblem({ ...ok, date: '2026-12-03' }, today)).toBe('past')
    expect(timeProblem({ ...ok, date: '2027-12-05' }, today)).toBe('far')
    expect(timeProblem({ ...ok, start: '14:10' }, today)).toBe('time')
    expect(timeProblem({ ...ok, end: '14:00' }, today)).toBe('order')
    expect(timeProblem({ ...ok, start: '08:00', end: '21:00' }, today)).toBe('long')
  })

  test('a booking holds each quarter hour it covers; two bookings share a key exactly when they overlap', () => {
    expect(
      slotKeys({ venue: 3, roomId: 'r1' }, { date: '2026-12-10', start: '14:00', end: '15:00' }),
    ).toEqual([
      '3:r1:2026-12-10:14:00',
      '3:r1:2026-12-10:14:15',
      '3:r1:2026-12-10:14:30',
      '3:r1:2026-12-10:14:45',
    ])
    const quarter = fc
      .integer({ min: 0, max: 95 })
      .map(
        (q) =>
          `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`,
      )
    const span = fc
      .tuple(quarter, quarter)
      .filter(([a, b]) => a < b)
      .map(([start, end]) => ({ start, end }))
    fc.assert(
      fc.property(span, span, (a, b) => {
        const room = { venue: 1, roomId: 'r' }
        const keysA = new Set(slotKeys(room, { date: today, ...a }))
        const shared = slotKeys(room, { date: today, ...b }).some((k) => keysA.has(k))
        expect(shared).toBe(overlaps(a, b))
      }),
      { numRuns: 500 },
    )
  })
})
