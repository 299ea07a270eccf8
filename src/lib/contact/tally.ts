/** One interest as a count: no person, only who received it, for what kind, when, and how it went. */
export interface OutcomeRow {
  organisation: string
  kind: string
  month: string
  status: string
}

const OUTCOME_STATUSES = ['new', 'contacted', 'placed', 'not_placed'] as const
type OutcomeStatus = (typeof OUTCOME_STATUSES)[number]

export interface TallyRow {
  organisation: string
  kind: string
  total: number
  byStatus: Record<OutcomeStatus, number>
}

/** Counts per organisation and kind, with the outcome of each; sorted by organisation, then kind. */
export const tallyOutcomes = (rows: OutcomeRow[]): TallyRow[] => {
  const groups = new Map<string, TallyRow>()
  for (const row of rows) {
    const key = `${row.organisation}\u0000${row.kind}`
    let group = groups.get(key)
    if (!group) {
      group = {
        organisation: row.organisation,
        kind: row.kind,
        total: 0,
        byStatus: { new: 0, contacted: 0, placed: 0, not_placed: 0 },
      }
      groups.set(key, group)
    }
    group.total++
    if ((OUTCOME_STATUSES as readonly string[]).includes(row.status))
      group.byStatus[row.status as OutcomeStatus]++
  }
  return [...groups.values()].sort(
    (a, b) => a.organisation.localeCompare(b.organisation, 'nl') || a.kind.localeCompare(b.kind),
  )
}
