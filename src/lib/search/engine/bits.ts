import {
  ACCESSIBILITY_FACETS,
  type AccessibilityFacet,
  AGE_BANDS,
  type AgeBand,
  HELP_FACETS,
  type HelpFacet,
  PARTS_OF_DAY,
  type PartOfDay,
} from '../types'

/** Filter values with a small fixed set of options are stored as bitmasks in one column. */
export const weekdayBits = (days: number[]) =>
  days.reduce((m, d) => (d >= 1 && d <= 7 ? m | (1 << (d - 1)) : m), 0)
export const rungBits = (rungs: number[]) =>
  rungs.reduce((m, r) => (r >= 1 && r <= 6 ? m | (1 << (r - 1)) : m), 0)
export const partBits = (parts: PartOfDay[]) =>
  parts.reduce((m, p) => m | (1 << PARTS_OF_DAY.indexOf(p)), 0)
export const accessBits = (items: AccessibilityFacet[]) =>
  items.reduce((m, a) => m | (1 << ACCESSIBILITY_FACETS.indexOf(a)), 0)

export const helpBits = (items: readonly HelpFacet[]) =>
  items.reduce((m, h) => m | (1 << HELP_FACETS.indexOf(h)), 0)
/** The age bands a range fits (overlaps; no limit on a side: open on that side). */
export const ageBandBits = (min: number | null, max: number | null) =>
  AGE_BANDS.reduce(
    (m, b, i) => ((min ?? -Infinity) <= b.max && (max ?? Infinity) >= b.min ? m | (1 << i) : m),
    0,
  )
export const ageBandBit = (band: AgeBand) => 1 << AGE_BANDS.findIndex((b) => b.value === band)

/** Adds `by` (default one) to `tally[i]` for every bit i set in `mask` (visits only the set bits). */
export const tallyBits = (tally: Int32Array, mask: number, by = 1) => {
  let m = mask
  while (m) {
    const low = m & -m
    tally[31 - Math.clz32(low)]! += by
    m ^= low
  }
}
