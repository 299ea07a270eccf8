import { ACCESSIBILITY_FACETS, type FacetCounts, LISTING_KINDS, PARTS_OF_DAY } from '../types'
import { tallyBits } from './bits'
import type { CachedRow } from './columns'

const KIND_INDEX = new Map<string, number>(LISTING_KINDS.map((k, i) => [k, i]))
const toRecord = (labels: readonly (string | number)[], tally: Int32Array) =>
  Object.fromEntries(labels.map((label, i) => [String(label), tally[i]!]))
const mapToRecord = (m: Map<string, number>) => Object.fromEntries(m)

/**
 * Counts per value of every filter dimension over all matching rows (not just the page):
 * integer tallies for the fixed dimensions, maps for themes and areas.
 */
export const countFacets = (rows: Iterable<CachedRow>): FacetCounts => {
  const kinds = new Int32Array(LISTING_KINDS.length)
  const weekdays = new Int32Array(7)
  const parts = new Int32Array(PARTS_OF_DAY.length)
  const access = new Int32Array(ACCESSIBILITY_FACETS.length)
  const rungs = new Int32Array(6)
  const themes = new Map<string, number>()
  const areas = new Map<string, number>()
  let free = 0
  let walkIn = 0
  for (const r of rows) {
    kinds[KIND_INDEX.get(r.kind) ?? 0]!++
    free += r.free
    walkIn += r.walkIn
    tallyBits(weekdays, r.weekdays)
    tallyBits(parts, r.parts)
    tallyBits(access, r.access)
    tallyBits(rungs, r.rungs)
    for (const t of r.themes) themes.set(t, (themes.get(t) ?? 0) + 1)
    for (const a of r.areas) areas.set(a, (areas.get(a) ?? 0) + 1)
  }
  return {
    kinds: toRecord(LISTING_KINDS, kinds),
    themes: mapToRecord(themes),
    areas: mapToRecord(areas),
    weekdays: toRecord([1, 2, 3, 4, 5, 6, 7], weekdays),
    partsOfDay: toRecord(PARTS_OF_DAY, parts),
    free,
    walkIn,
    accessibility: toRecord(ACCESSIBILITY_FACETS, access),
    rungs: toRecord([1, 2, 3, 4, 5, 6], rungs),
  }
}
