import { ACCESSIBILITY_FACETS, type FacetCounts, LISTING_KINDS, PARTS_OF_DAY } from '../types'
import { tallyBits } from './bits'
import type { CachedRow, Dictionary } from './columns'

const toRecord = (labels: readonly (string | number)[], tally: Int32Array) =>
  Object.fromEntries(labels.map((label, i) => [String(label), tally[i]!]))
const codesToRecord = (dictionary: Dictionary, tally: Int32Array) => {
  const out: Record<string, number> = {}
  tally.forEach((n, code) => {
    if (n > 0) out[dictionary.values[code]!] = n
  })
  return out
}

/** Counts per value of every filter dimension, one row at a time (fused into the scan). */
export const facetTally = (dictionaries: { themes: Dictionary; areas: Dictionary }) => {
  const kinds = new Int32Array(LISTING_KINDS.length)
  const weekdays = new Int32Array(7)
  const parts = new Int32Array(PARTS_OF_DAY.length)
  const access = new Int32Array(ACCESSIBILITY_FACETS.length)
  const rungs = new Int32Array(6)
  const themes = new Int32Array(dictionaries.themes.values.length)
  const areas = new Int32Array(dictionaries.areas.values.length)
  let free = 0
  let walkIn = 0
  return {
    add(r: CachedRow) {
      kinds[r.kindIndex]!++
      free += r.free
      walkIn += r.walkIn
      if (r.weekdays) tallyBits(weekdays, r.weekdays)
      if (r.parts) tallyBits(parts, r.parts)
      if (r.access) tallyBits(access, r.access)
      if (r.rungs) tallyBits(rungs, r.rungs)
      for (const c of r.themeCodes) themes[c]!++
      for (const c of r.areaCodes) areas[c]!++
    },
    result(): FacetCounts {
      return {
        kinds: toRecord(LISTING_KINDS, kinds),
        themes: codesToRecord(dictionaries.themes, themes),
        areas: codesToRecord(dictionaries.areas, areas),
        weekdays: toRecord([1, 2, 3, 4, 5, 6, 7], weekdays),
        partsOfDay: toRecord(PARTS_OF_DAY, parts),
        free,
        walkIn,
        accessibility: toRecord(ACCESSIBILITY_FACETS, access),
        rungs: toRecord([1, 2, 3, 4, 5, 6], rungs),
      }
    },
  }
}

/** Counts over all matching rows (not just the page). */
export const countFacets = (rows: Iterable<CachedRow>, dictionaries: { themes: Dictionary; areas: Dictionary }): FacetCounts => {
  const tally = facetTally(dictionaries)
  for (const r of rows) tally.add(r)
  return tally.result()
}
