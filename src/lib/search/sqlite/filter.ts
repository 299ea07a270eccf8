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

/**
 * The asked values as a lookup by slot value (code plus one; slot value 0, an empty slot, is
 * never wanted), or null when not asked for.
 */
const wantedCodes = (values: string[] | undefined, dictionary: Dictionary): Uint8Array | null => {
  if (!values?.length) return null
  const wanted = new Uint8Array(dictionary.values.length + 1)
  for (const v of values) {
    const c = dictionary.find(v)
    if (c !== undefined) wanted[c + 1] = 1
  }
  return wanted
}

/** Whether a row holds a wanted code: its slots (no branch per slot), then past them its row object. */
const holds = (slots: Int32Array, width: number, id: number, wanted: Uint8Array, more: boolean, source: Source, facet: 'theme' | 'area') => {
  const base = id * width
  let hit = 0
  for (let k = 0; k < width; k++) hit |= wanted[slots[base + k]!]!
  if (hit) return true
  if (!more) return false
  const row = source.get(id)!
  const codes = facet === 'theme' ? row.themeCodes : row.areaCodes
  for (let k = width; k < codes.length; k++) if (wanted[codes[k]! + 1]) return true
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
  const themes = wantedCodes(q.themes, source.themes)
  const areas = wantedCodes(q.areas, source.areas)
  const age = q.age
  const hasTheme = (id: number, p: number) => holds(themeSlots, THEME_SLOTS, id, themes!, (p & MORE_THEMES) !== 0, source, 'theme')
  const hasArea = (id: number, p: number) => holds(areaSlots, AREA_SLOTS, id, areas!, (p & MORE_AREAS) !== 0, source, 'area')
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
