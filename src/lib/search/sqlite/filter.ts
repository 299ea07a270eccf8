import type { SearchQuery } from '../types'
import { accessBits, partBits, rungBits, weekdayBits } from './bits'
import { type CachedRow, type Dictionary, KIND_INDEX } from './columns'
import { AREA_SLOTS, FREE, MORE_AREAS, MORE_THEMES, THEME_SLOTS, type TypedColumns, WALK_IN } from './typedColumns'

interface Source {
  themes: Dictionary
  areas: Dictionary
  columns: TypedColumns
  get(rowid: number): Pick<CachedRow, 'themeCodes' | 'areaCodes'> | undefined
}

/** Whether any attribute filter is set (without one, every candidate passes). */
export const hasFilters = (q: SearchQuery): boolean =>
  Boolean(q.kinds?.length || q.free || q.walkIn || q.age !== undefined || q.weekdays?.length || q.partsOfDay?.length ||
    q.rungs?.length || q.accessibility?.length || q.themes?.length || q.areas?.length)

/** The codes of the asked values that some row has, plus one as in the slots (null: not asked for). */
const codesOf = (values: string[] | undefined, dictionary: Dictionary): Set<number> | null =>
  values?.length ? new Set(values.map((v) => dictionary.find(v)).filter((c): c is number => c !== undefined).map((c) => c + 1)) : null

/** Whether the row's slots hold any of `codes` (0: no, 1: yes, 2: the slots are full, look further). */
const slotsHold = (slots: Int32Array, width: number, id: number, codes: Set<number>): 0 | 1 | 2 => {
  const base = id * width
  for (let k = 0; k < width; k++) {
    const c = slots[base + k]!
    if (c === 0) return 0
    if (codes.has(c)) return 1
  }
  return 2
}

/** The codes past the slots, from the row object. */
const overflowHolds = (all: number[], width: number, codes: Set<number>) => {
  for (let k = width; k < all.length; k++) if (codes.has(all[k]! + 1)) return true
  return false
}

/**
 * The attribute filters of a query as one predicate over rowids, reading only the typed
 * columns (row objects only for the rare row with more themes or areas than slots). Null
 * when the query has no filter.
 */
export const idFilter = (q: SearchQuery, source: Source): ((id: number) => boolean) | null => {
  if (!hasFilters(q)) return null
  const { packed, ageMin, ageMax, themes: themeSlots, areas: areaSlots } = source.columns
  const kinds = q.kinds?.length ? q.kinds.reduce((m, k) => m | (1 << (KIND_INDEX.get(k) ?? 31)), 0) : 0
  // Every one of these bits must be set.
  const required = (q.free ? FREE : 0) | (q.walkIn ? WALK_IN : 0) | ((q.accessibility?.length ? accessBits(q.accessibility) : 0) << 16)
  const days = q.weekdays?.length ? weekdayBits(q.weekdays) << 6 : 0
  const parts = q.partsOfDay?.length ? partBits(q.partsOfDay) << 13 : 0
  const rungs = q.rungs?.length ? rungBits(q.rungs) << 21 : 0
  const themes = codesOf(q.themes, source.themes)
  const areas = codesOf(q.areas, source.areas)
  const age = q.age
  const hasTheme = (id: number, p: number) => {
    const found = slotsHold(themeSlots, THEME_SLOTS, id, themes!)
    return found === 1 || (found === 2 && (p & MORE_THEMES) !== 0 && overflowHolds(source.get(id)!.themeCodes, THEME_SLOTS, themes!))
  }
  const hasArea = (id: number, p: number) => {
    const found = slotsHold(areaSlots, AREA_SLOTS, id, areas!)
    return found === 1 || (found === 2 && (p & MORE_AREAS) !== 0 && overflowHolds(source.get(id)!.areaCodes, AREA_SLOTS, areas!))
  }
  return (id) => {
    const p = packed[id]!
    return (
      (!kinds || ((kinds >>> (p & 15)) & 1) === 1) &&
      (p & required) === required &&
      (!days || (p & days) !== 0) &&
      (!parts || (p & parts) !== 0) &&
      (!rungs || (p & rungs) !== 0) &&
      (age === undefined || (ageMin[id]! <= age && ageMax[id]! >= age)) &&
      (!themes || hasTheme(id, p)) &&
      (!areas || hasArea(id, p))
    )
  }
}
