import { type BoundingBox, boxHolds, haversineKmOf } from '../geo'
import type { SearchQuery } from '../types'

/**
 * Keeps (compacting in place) the ids `ids[0 … count−1]` inside the radius's box and returns
 * how many: two comparisons a listing; no location is NaN and fails them.
 */
export const keepInBox = (
  box: BoundingBox,
  lat: Float64Array,
  lon: Float64Array,
  ids: Int32Array,
  count: number,
): number => {
  let n = 0
  for (let i = 0; i < count; i++) {
    const id = ids[i]!
    if (boxHolds(box, lat[id]!, lon[id]!)) ids[n++] = id
  }
  return n
}

/**
 * Keeps (compacting in place) the ids `ids[0 … count−1]` within the exact radius, writing each
 * one's distance to `km` at its new position, and returns how many.
 */
export const keepInRadius = (
  near: NonNullable<SearchQuery['near']>,
  lat: Float64Array,
  lon: Float64Array,
  ids: Int32Array,
  count: number,
  km: Float64Array,
): number => {
  let n = 0
  for (let i = 0; i < count; i++) {
    const id = ids[i]!
    const la = lat[id]!
    if (Number.isNaN(la)) continue
    const d = haversineKmOf(near.lat, near.lon, la, lon[id]!)
    if (d > near.radiusKm) continue
    km[n] = d
    ids[n++] = id
  }
  return n
}
