import {
  ACCESSIBILITY_FACETS,
  type AccessibilityFacet,
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

/** Adds `by` (default one) to `tally[i]` for every bit i set in `mask` (visits only the set bits). */
export const tallyBits = (tally: Int32Array, mask: number, by = 1) => {
  let m = mask
  while (m) {
    const low = m & -m
    tally[31 - Math.clz32(low)]! += by
    m ^= low
  }
}
