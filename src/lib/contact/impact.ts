/**
 * The impact of warm referrals, from their anonymous count rows: per month and per
 * neighbourhood how many referrals were made, how many were accepted, how many led to a place,
 * and how many of those were a move up the participation ladder (the listing's rung above the
 * client's rung at the referral). No person is in a row.
 */
export interface ImpactRow {
  month: string
  /** The neighbourhood's name, or '' when the listing had none. */
  area: string
  status: string
  rungFrom?: string | null
  rungTo?: string | null
}

export interface ImpactCounts {
  referrals: number
  accepted: number
  placed: number
  movedUp: number
}

/** Every status after an acceptance counts as accepted. */
const ACCEPTED = new Set(['accepted', 'placed', 'not_placed'])

const empty = (): ImpactCounts => ({ referrals: 0, accepted: 0, placed: 0, movedUp: 0 })

const add = (counts: ImpactCounts, row: ImpactRow) => {
  counts.referrals++
  if (ACCEPTED.has(row.status)) counts.accepted++
  if (row.status !== 'placed') return
  counts.placed++
  if (row.rungFrom && row.rungTo && Number(row.rungTo) > Number(row.rungFrom)) counts.movedUp++
}

/** The months from…to (yyyy-mm, inclusive), in order. */
export const monthsBetween = (from: string, to: string): string[] => {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1
  const months: string[] = []
  for (let i = index(from); i <= index(to); i++)
    months.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`)
  return months
}

/**
 * Counts per month (every month from…to, also empty ones, for the chart) and per neighbourhood
 * (most referrals first, then by name), and the total.
 */
export const tallyImpact = (
  rows: ImpactRow[],
  range: { from: string; to: string },
): {
  months: (ImpactCounts & { month: string })[]
  areas: (ImpactCounts & { area: string })[]
  total: ImpactCounts
} => {
  const months = new Map(monthsBetween(range.from, range.to).map((m) => [m, empty()]))
  const areas = new Map<string, ImpactCounts>()
  const total = empty()
  for (const row of rows) {
    const month = months.get(row.month)
    if (!month) continue
    add(month, row)
    add(total, row)
    let area = areas.get(row.area)
    if (!area) areas.set(row.area, (area = empty()))
    add(area, row)
  }
  return {
    months: [...months].map(([month, counts]) => ({ month, ...counts })),
    areas: [...areas]
      .map(([area, counts]) => ({ area, ...counts }))
      .sort((a, b) => b.referrals - a.referrals || a.area.localeCompare(b.area, 'nl')),
    total,
  }
}
