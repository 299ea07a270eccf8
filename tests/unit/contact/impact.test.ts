import fc from 'fast-check'

import { monthsBetween, tallyImpact, type ImpactRow } from '../../../src/lib/contact/impact'

const range = { from: '2026-11', to: '2027-01' }

describe('the impact of referrals', () => {
  test('months run over the year end, inclusive', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ])
    expect(monthsBetween('2026-12', '2026-12')).toEqual(['2026-12'])
  })

  test('referrals, accepted, placed and moves up the ladder, per month and neighbourhood', () => {
    const rows: ImpactRow[] = [
      { month: '2026-11', area: 'Haren', status: 'sent' },
      { month: '2026-11', area: 'Haren', status: 'declined' },
      { month: '2026-12', area: 'Haren', status: 'placed', rungFrom: '2', rungTo: '4' },
      { month: '2026-12', area: 'Oosterpoort', status: 'placed', rungFrom: '4', rungTo: '4' },
      { month: '2026-12', area: 'Oosterpoort', status: 'not_placed', rungFrom: '1', rungTo: '3' },
      { month: '2026-12', area: '', status: 'placed' },
      { month: '2026-10', area: 'Haren', status: 'placed', rungFrom: '1', rungTo: '2' },
    ]
    const impact = tallyImpact(rows, range)
    expect(impact.months).toEqual([
      { month: '2026-11', referrals: 2, accepted: 0, placed: 0, movedUp: 0 },
      { month: '2026-12', referrals: 4, accepted: 4, placed: 3, movedUp: 1 },
      { month: '2027-01', referrals: 0, accepted: 0, placed: 0, movedUp: 0 },
    ])
    expect(impact.areas.map((a) => [a.area, a.referrals, a.placed, a.movedUp])).toEqual([
      ['Haren', 3, 1, 1],
      ['Oosterpoort', 2, 1, 0],
      ['', 1, 1, 0],
    ])
    expect(impact.total).toEqual({ referrals: 6, accepted: 4, placed: 3, movedUp: 1 })
  })

  test('for any rows: placed ≤ accepted ≤ referrals, moves up ≤ placed, and the parts add up to the total', () => {
    const row = fc.record({
      month: fc.constantFrom('2026-11', '2026-12', '2027-01'),
      area: fc.constantFrom('A', 'B', ''),
      status: fc.constantFrom('sent', 'accepted', 'declined', 'placed', 'not_placed'),
      rungFrom: fc.option(fc.constantFrom('1', '2', '3', '4', '5', '6')),
      rungTo: fc.option(fc.constantFrom('1', '2', '3', '4', '5', '6')),
    })
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const { months, areas, total } = tallyImpact(rows, range)
        for (const c of [...months, ...areas, total]) {
          expect(c.placed).toBeLessThanOrEqual(c.accepted)
          expect(c.accepted).toBeLessThanOrEqual(c.referrals)
          expect(c.movedUp).toBeLessThanOrEqual(c.placed)
        }
        const sum = (list: { referrals: number }[]) => list.reduce((n, c) => n + c.referrals, 0)
        expect(sum(months)).toBe(rows.length)
        expect(sum(areas)).toBe(rows.length)
        expect(total.referrals).toBe(rows.length)
      }),
      { numRuns: 300 },
    )
  })
})
