import {
  ACCESSIBILITY_FACETS,
  AGE_BANDS,
  type FacetCounts,
  HELP_FACETS,
  LISTING_KINDS,
  PARTS_OF_DAY,
} from '../types'
import { tallyBits } from './bits'
import { zeroedInt32 } from './scratch'
import type { Dictionary } from './dictionary'
import type { ColumnSource } from './rows'
import {
  AREA_SLOTS,
  BANDS_SHIFT,
  HELP_MASK,
  MORE_AREAS,
  MORE_THEMES,
  THEME_SLOTS,
} from './typedColumns'

const toRecord = (labels: readonly (string | number)[], tally: Int32Array) =>
  Object.fromEntries(labels.map((label, i) => [String(label), tally[i]!]))
/** Slot tallies are offset by one (bin 0 counts empty slots). */
const codesToRecord = (dictionary: Dictionary, tally: Int32Array) => {
  const out: Record<string, number> = {}
  for (let code = 0; code < dictionary.values.length; code++) {
    const n = tally[code + 1]!
    if (n > 0) out[dictionary.values[code]!] = n
  }
  return out
}

/** Bits 0–12 of a packed row (kind, free, walk-in, weekdays) and bits 13–26 (parts, access, rungs). */
const LOW_BITS = 13
const HIGH_BITS = 14
const LOW_MASK = (1 << LOW_BITS) - 1
const HIGH_MASK = (1 << HIGH_BITS) - 1
/** The `extra` column's values: what helps and the age bands (see typedColumns.ts). */
const EXTRA_VALUES = 1 << (BANDS_SHIFT + AGE_BANDS.length)

/** What helps and the age bands, spread out of the histogram of `extra` values. */
const extraCounts = (extra: Int32Array) => {
  const help = new Int32Array(HELP_FACETS.length)
  const bands = new Int32Array(AGE_BANDS.length)
  for (let v = 0; v < extra.length; v++) {
    const n = extra[v]!
    if (!n) continue
    tallyBits(help, v & HELP_MASK, n)
    tallyBits(bands, v >>> BANDS_SHIFT, n)
  }
  return {
    help: toRecord(HELP_FACETS, help),
    ageBands: toRecord(
      AGE_BANDS.map((b) => b.value),
      bands,
    ),
  }
}

/** The counts per value of every dimension, spread out of the packed-value histograms and the slot tallies. */
const facetCounts = (
  source: ColumnSource,
  low: Int32Array,
  high: Int32Array,
  themes: Int32Array,
  areas: Int32Array,
  extra: Int32Array,
): FacetCounts => {
  const kinds = new Int32Array(16)
  const weekdays = new Int32Array(7)
  const parts = new Int32Array(PARTS_OF_DAY.length)
  const access = new Int32Array(ACCESSIBILITY_FACETS.length)
  const rungs = new Int32Array(6)
  let free = 0
  let walkIn = 0
  for (let v = 0; v < low.length; v++) {
    const n = low[v]!
    if (!n) continue
    kinds[v & 15]! += n
    free += ((v >>> 4) & 1) * n
    walkIn += ((v >>> 5) & 1) * n
    tallyBits(weekdays, (v >>> 6) & 127, n)
  }
  for (let v = 0; v < high.length; v++) {
    const n = high[v]!
    if (!n) continue
    tallyBits(parts, v & 7, n)
    tallyBits(access, (v >>> 3) & 31, n)
    tallyBits(rungs, (v >>> 8) & 63, n)
  }
  return {
    kinds: toRecord(LISTING_KINDS, kinds),
    themes: codesToRecord(source.themes, themes),
    areas: codesToRecord(source.areas, areas),
    weekdays: toRecord([1, 2, 3, 4, 5, 6, 7], weekdays),
    partsOfDay: toRecord(PARTS_OF_DAY, parts),
    free,
    walkIn,
    accessibility: toRecord(ACCESSIBILITY_FACETS, access),
    rungs: toRecord([1, 2, 3, 4, 5, 6], rungs),
    ...extraCounts(extra),
  }
}

/**
 * Counts per value of every filter dimension over the matching rows. Per row it only
 * increments: two histograms of whole packed values (spread into the separate dimensions once
 * at the end) and one bin per theme and area slot, empty slots included, so the pass has no
 * data-dependent branches (stopping at the first empty slot measured a quarter slower).
 */
export const facetTally = (source: ColumnSource) => {
  // Read once per search: the arrays are replaced when the cache grows, never during a search.
  const { packed, extra: extraColumn, themes: themeSlots, areas: areaSlots } = source.columns
  // Scratch (see scratch.ts): the counts are read out by `result()` in the same synchronous stretch.
  const low = zeroedInt32('facets.low', 1 << LOW_BITS)
  const high = zeroedInt32('facets.high', 1 << HIGH_BITS)
  const themes = zeroedInt32('facets.themes', source.themes.values.length + 1)
  const areas = zeroedInt32('facets.areas', source.areas.values.length + 1)
  const extra = zeroedInt32('facets.extra', EXTRA_VALUES)
  return {
    /** Counts the rows `ids[0 … count−1]`. */
    addAll(ids: Int32Array, count: number) {
      // Locals, not the closure's variables: the loop then keeps them in registers.
      const lo = low
      const hi = high
      const th = themes
      const ar = areas
      const ts = themeSlots
      const as = areaSlots
      const p0 = packed
      const x0 = extraColumn
      const ex = extra
      for (let i = 0; i < count; i++) {
        const id = ids[i]!
        const p = p0[id]!
        lo[p & LOW_MASK]!++
        hi[(p >>> LOW_BITS) & HIGH_MASK]!++
        ex[x0[id]!]!++
        const t = id * THEME_SLOTS
        th[ts[t]!]!++
        th[ts[t + 1]!]!++
        th[ts[t + 2]!]!++
        th[ts[t + 3]!]!++
        th[ts[t + 4]!]!++
        th[ts[t + 5]!]!++
        const a = id * AREA_SLOTS
        ar[as[a]!]!++
        ar[as[a + 1]!]!++
        ar[as[a + 2]!]!++
        ar[as[a + 3]!]!++
        if (p & (MORE_THEMES | MORE_AREAS)) {
          const r = source.get(id)!
          for (const code of r.themeCodes ?? []) th[code + 1]!++
          for (const code of r.areaCodes ?? []) ar[code + 1]!++
        }
      }
    },
    /** The counts so far, per dimension and value. */
    result(): FacetCounts {
      return facetCounts(source, low, high, themes, areas, extra)
    },
  }
}
