import type { IndexDoc } from '../types'
import type { ListingIndex } from './listings'
import type { Matches } from './scan'

interface SpotListing {
  collection: IndexDoc['collection']
  id: string
  title: string
  slug: string | null
}

/** One place on the map: the listings found there (a venue with several activities is one spot). */
interface MapSpot {
  lat: number
  lon: number
  /** How many listings are here (the list below stops at LISTINGS_PER_SPOT). */
  count: number
  listings: SpotListing[]
}

export interface MapSpots {
  spots: MapSpot[]
  /** Matches in all, with a location, and whether spots were left out (more than `maxSpots`). */
  total: number
  located: number
  truncated: boolean
}

/** More listings than this at one spot are counted, not listed. */
const LISTINGS_PER_SPOT = 30
const MAX_SPOTS = 2000

/**
 * The matches with a location grouped by spot (coordinates to 5 decimals, about a metre), in
 * match order; at most `maxSpots` spots (the busiest are not preferred: the first ones found).
 */
export const spotsOf = (index: ListingIndex, m: Matches, maxSpots = MAX_SPOTS): MapSpots => {
  const { lat, lon } = index.columns
  const spots = new Map<string, MapSpot>()
  let located = 0
  let truncated = false
  for (let i = 0; i < m.count; i++) {
    const id = m.ids[i]!
    const la = lat[id]!
    if (Number.isNaN(la)) continue
    located++
    const lo = lon[id]!
    const key = `${la.toFixed(5)},${lo.toFixed(5)}`
    let spot = spots.get(key)
    if (!spot) {
      if (spots.size >= maxSpots) {
        truncated = true
        continue
      }
      spots.set(key, (spot = { lat: la, lon: lo, count: 0, listings: [] }))
    }
    spot.count++
    if (spot.listings.length < LISTINGS_PER_SPOT) {
      const row = index.get(id)!
      const slash = row.key.indexOf('/')
      spot.listings.push({
        collection: row.key.slice(0, slash) as IndexDoc['collection'],
        id: row.key.slice(slash + 1),
        title: row.title,
        slug: row.slug,
      })
    }
  }
  return { spots: [...spots.values()], total: m.count, located, truncated }
}
