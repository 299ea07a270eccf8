import { ACCESSIBILITY_FACETS, type FacetCounts, LISTING_KINDS, PARTS_OF_DAY } from '../types'
import { countBits } from './bits'
import type { CachedRow } from './columns'

const emptyCounts = (): FacetCounts => ({
  kinds: Object.fromEntries(LISTING_KINDS.map((k) => [k, 0])),
  themes: {},
  areas: {},
  weekdays: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [String(d), 0])),
  partsOfDay: Object.fromEntries(PARTS_OF_DAY.map((p) => [p, 0])),
  free: 0,
  walkIn: 0,
  accessibility: Object.fromEntries(ACCESSIBILITY_FACETS.map((a) => [a, 0])),
  rungs: Object.fromEntries([1, 2, 3, 4, 5, 6].map((r) => [String(r), 0])),
})

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7]
const RUNGS = [1, 2, 3, 4, 5, 6]

/** Counts per value of every filter dimension over all matching rows (not just the page). */
export const countFacets = (rows: Iterable<CachedRow>): FacetCounts => {
  const counts = emptyCounts()
  for (const r of rows) {
    counts.kinds[r.kind] = (counts.kinds[r.kind] ?? 0) + 1
    counts.free += r.free
    counts.walkIn += r.walkIn
    if (r.weekdays) countBits(counts.weekdays, r.weekdays, WEEKDAYS)
    if (r.parts) countBits(counts.partsOfDay, r.parts, PARTS_OF_DAY)
    if (r.access) countBits(counts.accessibility, r.access, ACCESSIBILITY_FACETS)
    if (r.rungs) countBits(counts.rungs, r.rungs, RUNGS)
    for (const t of r.themes) counts.themes[t] = (counts.themes[t] ?? 0) + 1
    for (const a of r.areas) counts.areas[a] = (counts.areas[a] ?? 0) + 1
  }
  return counts
}
