import { DateTime } from 'luxon'

const DAY_MS = 86_400_000

/** The first start of a Dutch day after `date` (a listing ending that day is over from then). */
const dayAfter = (date: string): number => {
  const d = DateTime.fromISO(date, { zone: 'Europe/Amsterdam' })
  return d.isValid ? d.plus({ days: 1 }).startOf('day').toMillis() : Infinity
}

/**
 * Until when the public may see a listing (ISO instant; null: no limit), by the same rules as
 * the read access (collections/access/visibleNow.ts): `hideAfterDays` after it was last
 * confirmed (or created), and up to the Dutch day after its last day. The search leaves a
 * listing out from then on, before the nightly job takes it out of the index.
 */
export const visibleUntil = (
  l: { checkedOn?: string | null; createdAt?: string | null; lastDay?: string | null },
  hideAfterDays?: number,
): string | null => {
  const confirmed = l.checkedOn ?? l.createdAt
  const stale =
    hideAfterDays !== undefined && confirmed
      ? Date.parse(confirmed) + hideAfterDays * DAY_MS
      : Infinity
  const ended = l.lastDay ? dayAfter(l.lastDay) : Infinity
  const until = Math.min(Number.isNaN(stale) ? Infinity : stale, ended)
  return until === Infinity ? null : new Date(until).toISOString()
}
