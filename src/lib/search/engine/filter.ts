import type { SearchQuery } from '../types'
import { accessBits, ageBandBit, helpBits, partBits, rungBits, weekdayBits } from './bits'
import type { Dictionary } from './dictionary'
import { type ColumnSource, KIND_INDEX } from './rows'
import {
  AREA_SLOTS,
  BANDS_SHIFT,
  FREE,
  MORE_AREAS,
  MORE_THEMES,
  PRESENT,
  THEME_SLOTS,
  WALK_IN,
} from './typedColumns'

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

/**
 * Keeps the rows of `ids[0 … count−1]` (in place, in order) that are present, still visible and pass the
 * query's attribute filters; returns how many. When `expiry` is given, its `at` becomes the
 * soonest moment one of the kept rows stops being visible (of the rows that passed the packed
 * bits, so perhaps a little early — never late). One tight pass per kind of check, each reading
 * only typed columns (row objects only for the rare row with more themes or areas than slots).
 */
export const filterIds = (
  q: SearchQuery,
  source: ColumnSource,
  ids: Int32Array,
  count: number,
  expiry?: { at: number },
): number => {
  const { packed, ageMin, ageMax, until } = source.columns
  // What went stale or ended since it was indexed is left out at once (the nightly job removes it).
  const now = Date.now()
  // The packed bits: present, kinds, free, walk-in and accessibility (all of these), days, parts, rungs (any).
  const kinds = q.kinds?.length
    ? q.kinds.reduce((m, k) => m | (1 << (KIND_INDEX.get(k) ?? 31)), 0)
    : -1
  const required =
    PRESENT |
    (q.free ? FREE : 0) |
    (q.walkIn ? WALK_IN : 0) |
    ((q.accessibility?.length ? accessBits(q.accessibility) : 0) << 16)
  const anyOf = [
    q.weekdays?.length ? weekdayBits(q.weekdays) << 6 : 0,
    q.partsOfDay?.length ? partBits(q.partsOfDay) << 13 : 0,
    q.rungs?.length ? rungBits(q.rungs) << 21 : 0,
  ]
  const [days, parts, rungs] = anyOf.map((m) => m || ANY_BITS) as [number, number, number]
  let n = 0
  let soonest = Infinity
  for (let i = 0; i < count; i++) {
    const id = ids[i]!
    const p = packed[id] ?? 0
    const u = until[id]!
    if (
      (p & required) === required &&
      ((kinds >>> (p & 15)) & 1) === 1 &&
      (p & days) !== 0 &&
      (p & parts) !== 0 &&
      (p & rungs) !== 0 &&
      u > now
    ) {
      ids[n++] = id
      if (u < soonest) soonest = u
    }
  }
  if (expiry) expiry.at = soonest
  const extraBits =
    (q.help?.length ? helpBits(q.help) : 0) | (q.ageBand ? ageBandBit(q.ageBand) << BANDS_SHIFT : 0)
  if (extraBits) {
    const { extra } = source.columns
    n = keepWhere(ids, n, (id) => (extra[id]! & extraBits) === extraBits)
  }
  const age = q.age
  if (age !== undefined) n = keepWhere(ids, n, (id) => ageMin[id]! <= age && ageMax[id]! >= age)
  const themes = wantedCodes(q.themes, source.themes)
  if (themes) n = keepHolding(ids, n, source, 'theme', themes)
  const areas = wantedCodes(q.areas, source.areas)
  if (areas) n = keepHolding(ids, n, source, 'area', areas)
  return n
}

/** Matches any packed value with the present bit (a dimension not asked for). */
const ANY_BITS = PRESENT

const keepWhere = (ids: Int32Array, count: number, pass: (id: number) => boolean): number => {
  let n = 0
  for (let i = 0; i < count; i++) if (pass(ids[i]!)) ids[n++] = ids[i]!
  return n
}

/** Keeps the rows holding a wanted theme or area: their slots (no branch per slot), past them their row object. */
const keepHolding = (
  ids: Int32Array,
  count: number,
  source: ColumnSource,
  facet: 'theme' | 'area',
  wanted: Uint8Array,
): number => {
  const { packed } = source.columns
  const slots = facet === 'theme' ? source.columns.themes : source.columns.areas
  const width = facet === 'theme' ? THEME_SLOTS : AREA_SLOTS
  const more = facet === 'theme' ? MORE_THEMES : MORE_AREAS
  let n = 0
  for (let i = 0; i < count; i++) {
    const id = ids[i]!
    const base = id * width
    let hit = 0
    for (let k = 0; k < width; k++) hit |= wanted[slots[base + k]!]!
    if (hit || ((packed[id]! & more) !== 0 && overflowHolds(source, id, facet, wanted)))
      ids[n++] = id
  }
  return n
}

/** Whether a code kept aside (past the slots) is wanted. */
const overflowHolds = (
  source: ColumnSource,
  id: number,
  facet: 'theme' | 'area',
  wanted: Uint8Array,
) => {
  const row = source.get(id)!
  return ((facet === 'theme' ? row.themeCodes : row.areaCodes) ?? []).some(
    (code) => wanted[code + 1] === 1,
  )
}
