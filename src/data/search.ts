import type { Payload, TypedUser } from 'payload'

import { searchEngineFor } from '../../plugins/directory/index'
import type { SearchHit, SearchQuery, SearchResult } from '../lib/search/types'
import type { Activity, Opening } from '../payload-types'
import { loadExternalHits } from './externalListings'
import { cachedReference } from './referenceCache'

export interface FoundListing {
  hit: SearchHit
  doc: Activity | Opening
  /** A listing of another directory: the name of its source. */
  origin?: string
}

export interface ListingSearch {
  result: SearchResult
  /** The page's hits with their listing, as the visitor may read it (depth 1: venue, organisation). */
  listings: FoundListing[]
}

/** The fields of a listing that cards, badges, facts and the map use. */
export const CARD_FIELDS = {
  activities: {
    title: true,
    slug: true,
    summary: true,
    organisation: true,
    venue: true,
    locationKind: true,
    locationNote: true,
    schedule: true,
    cost: true,
    signUp: true,
    lowThreshold: true,
  },
  openings: {
    title: true,
    slug: true,
    summary: true,
    kind: true,
    organisation: true,
    venue: true,
    status: true,
    support: true,
    hoursPerWeekMin: true,
    hoursPerWeekMax: true,
    placesAvailable: true,
  },
} as const

export const CARD_POPULATE = {
  venues: { name: true, slug: true, address: true, location: true },
  organisations: { name: true, slug: true },
} as const

/** Loads the listings of a page of hits, keeping the engine's order; hits the visitor may not read drop out. */
export const loadHits = async (
  payload: Payload,
  user: TypedUser | null,
  hits: SearchHit[],
): Promise<FoundListing[]> => {
  const ids = (collection: SearchHit['collection']) =>
    hits.filter((h) => h.collection === collection).map((h) => h.id)
  const find = async (collection: 'activities' | 'openings') => {
    const wanted = ids(collection)
    if (!wanted.length) return new Map<string, Activity | Opening>()
    const { docs } = await payload.find({
      collection,
      where: { id: { in: wanted } },
      overrideAccess: false,
      user,
      depth: 1,
      pagination: false,
      // Only what a card shows: populating whole venues and organisations costs 3× as much.
      select: CARD_FIELDS[collection],
      populate: CARD_POPULATE,
    })
    return new Map((docs as unknown as (Activity | Opening)[]).map((d) => [String(d.id), d]))
  }
  const [activities, openings, external] = await Promise.all([
    find('activities'),
    find('openings'),
    loadExternalHits(payload, user, ids('external-listings')),
  ])
  return hits.flatMap((hit): FoundListing[] => {
    if (hit.collection === 'external-listings') {
      const found = external.get(hit.id)
      return found ? [{ hit, ...found }] : []
    }
    const doc = (hit.collection === 'activities' ? activities : openings).get(hit.id)
    return doc ? [{ hit, doc }] : []
  })
}

export interface MapData {
  spots: { lat: number; lon: number; count: number; listings: { title: string; url: string }[] }[]
  total: number
  located: number
  truncated: boolean
}

/**
 * Every result of a search with a location, by spot, for the results page's map (not only
 * the page's). Read from the search index: a listing that went past its end date or freshness
 * limit since it was indexed is on the map until the nightly job takes it out.
 */
export const searchMap = async (
  payload: Payload,
  query: SearchQuery,
  href: (collection: SearchHit['collection'], slug: string) => string,
): Promise<MapData> => {
  const engine = searchEngineFor(payload)
  if (!engine)
    throw Object.assign(new Error('search is not available on this database'), { status: 503 })
  const found = await engine.spots(query)
  return {
    ...found,
    spots: found.spots.map((s) => ({
      ...s,
      listings: s.listings.flatMap((l) =>
        l.slug ? [{ title: l.title, url: href(l.collection, l.slug) }] : [],
      ),
    })),
  }
}

/** The public search as the results page and the home page use it. */
export const searchListings = async (
  payload: Payload,
  user: TypedUser | null,
  query: SearchQuery,
): Promise<ListingSearch> => {
  const engine = searchEngineFor(payload)
  if (!engine)
    throw Object.assign(new Error('search is not available on this database'), { status: 503 })
  const result = await engine.search(query)
  return { result, listings: await loadHits(payload, user, result.hits) }
}

export interface Taxonomy {
  id: string
  name: string
  /** Themes: the English name, when editors gave one. */
  nameEn?: string
}

/** Themes and areas with their names, for the filter labels (readable by anyone: cached). */
export const getTaxonomies = (
  payload: Payload,
): Promise<{ themes: Taxonomy[]; areas: Taxonomy[] }> =>
  cachedReference(payload, 'taxonomies', () => readTaxonomies(payload))

const readTaxonomies = async (
  payload: Payload,
): Promise<{ themes: Taxonomy[]; areas: Taxonomy[] }> => {
  const read = async (collection: 'themes' | 'areas') =>
    (
      await payload.find({
        collection,
        overrideAccess: false,
        user: null,
        pagination: false,
        depth: 0,
        sort: 'name',
      })
    ).docs.map((d) => ({
      id: String(d.id),
      name: String((d as { name?: string }).name ?? d.id),
      ...((d as { nameEn?: string }).nameEn
        ? { nameEn: String((d as { nameEn?: string }).nameEn) }
        : {}),
    }))
  const [themes, areas] = await Promise.all([read('themes'), read('areas')])
  return { themes, areas }
}
