import { ACCESSIBILITY_FACETS, type FacetCounts, LISTING_KINDS, PARTS_OF_DAY } from '../types'
import { tallyBits } from './bits'
import type { CachedRow, Dictionary } from './columns'
import { type FacetColumns, MORE_AREAS, MORE_THEMES, SLOTS } from './facetColumns'

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
export const facetTally = (dictionaries: { themes: Dictionary; areas: Dictionary; facets: FacetColumns }) => {
  // Read once per search: the arrays are replaced when the cache grows, never during a search.
  const { packed, themes: themeSlots, areas: areaSlots } = dictionaries.facets
  const kinds = new Int32Array(LISTING_KINDS.length)
  // Histograms of whole bitmask values (one increment per row); spread into bits at the end.
  const weekdayMasks = new Int32Array(1 << 7)
  const partMasks = new Int32Array(1 << PARTS_OF_DAY.length)
  const accessMasks = new Int32Array(1 << ACCESSIBILITY_FACETS.length)
  const rungMasks = new Int32Array(1 << 6)
  const themes = new Int32Array(dictionaries.themes.values.length)
  const areas = new Int32Array(dictionaries.areas.values.length)
  let free = 0
  let walkIn = 0
  const spread = (masks: Int32Array, bits: number) => {
    const tally = new Int32Array(bits)
    masks.forEach((n, mask) => {
      if (n) tallyBits(tally, mask, n)
    })
    return tally
  }
  return {
    add(r: CachedRow) {
      const id = r.rowid
      const p = packed[id]!
      kinds[p & 15]!++
      free += (p >>> 4) & 1
      walkIn += (p >>> 5) & 1
      weekdayMasks[(p >>> 6) & 127]!++
      partMasks[(p >>> 13) & 7]!++
      accessMasks[(p >>> 16) & 31]!++
      rungMasks[(p >>> 21) & 63]!++
      const base = id * SLOTS
      for (let k = 0; k < SLOTS; k++) {
        const c = themeSlots[base + k]!
        if (c < 0) break
        themes[c]!++
      }
      for (let k = 0; k < SLOTS; k++) {
        const c = areaSlots[base + k]!
        if (c < 0) break
        areas[c]!++
      }
      if (p & MORE_THEMES) for (let k = SLOTS; k < r.themeCodes.length; k++) themes[r.themeCodes[k]!]!++
      if (p & MORE_AREAS) for (let k = SLOTS; k < r.areaCodes.length; k++) areas[r.areaCodes[k]!]!++
    },
    result(): FacetCounts {
      return {
        kinds: toRecord(LISTING_KINDS, kinds),
        themes: codesToRecord(dictionaries.themes, themes),
        areas: codesToRecord(dictionaries.areas, areas),
        weekdays: toRecord([1, 2, 3, 4, 5, 6, 7], spread(weekdayMasks, 7)),
        partsOfDay: toRecord(PARTS_OF_DAY, spread(partMasks, PARTS_OF_DAY.length)),
        free,
        walkIn,
        accessibility: toRecord(ACCESSIBILITY_FACETS, spread(accessMasks, ACCESSIBILITY_FACETS.length)),
        rungs: toRecord([1, 2, 3, 4, 5, 6], spread(rungMasks, 6)),
      }
    },
  }
}
