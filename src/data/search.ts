import type { Payload, TypedUser } from 'payload'

import { searchEngineFor } from '../../plugins/directory/search/backend'
import type { SearchHit, SearchQuery, SearchResult } from '../lib/search/types'
import type { Activity, Opening } from '../payload-types'

export interface FoundListing {
  hit: SearchHit
  doc: Activity | Opening
}

export interface ListingSearch {
  result: SearchResult
  /** The page's hits with their listing, as the visitor may read it (depth 1: venue, organisation). */
  listings: FoundListing[]
}

/** Loads the listings of a page of hits, keeping the engine's order; hits the visitor may not read drop out. */
export const loadHits = async (payload: Payload, user: TypedUser | null, hits: SearchHit[]): Promise<FoundListing[]> => {
  const ids = (collection: SearchHit['collection']) => hits.filter((h) => h.collection === collection).map((h) => h.id)
  const find = async (collection: SearchHit['collection']) => {
    const wanted = ids(collection)
    if (!wanted.length) return new Map<string, Activity | Opening>()
    const { docs } = await payload.find({
      collection,
      where: { id: { in: wanted } },
      overrideAccess: false,
      user,
      depth: 1,
      pagination: false,
    })
    return new Map(docs.map((d) => [String(d.id), d as Activity | Opening]))
  }
  const [activities, openings] = await Promise.all([find('activities'), find('openings')])
  return hits.flatMap((hit) => {
    const doc = (hit.collection === 'activities' ? activities : openings).get(hit.id)
    return doc ? [{ hit, doc }] : []
  })
}

/** The public search as the results page and the home page use it. */
export const searchListings = async (payload: Payload, user: TypedUser | null, query: SearchQuery): Promise<ListingSearch> => {
  const engine = searchEngineFor(payload)
  if (!engine) throw Object.assign(new Error('search is not available on this database'), { status: 503 })
  const result = await engine.search(query)
  return { result, listings: await loadHits(payload, user, result.hits) }
}

export interface Taxonomy {
  id: string
  name: string
}

/** Themes and areas with their names, for the filter labels. */
export const getTaxonomies = async (payload: Payload): Promise<{ themes: Taxonomy[]; areas: Taxonomy[] }> => {
  const read = async (collection: 'themes' | 'areas') =>
    (await payload.find({ collection, overrideAccess: false, user: null, pagination: false, depth: 0, sort: 'name' })).docs.map(
      (d) => ({ id: String(d.id), name: String((d as { name?: string }).name ?? d.id) }),
    )
  const [themes, areas] = await Promise.all([read('themes'), read('areas')])
  return { themes, areas }
}
