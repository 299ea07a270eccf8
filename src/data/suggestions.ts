import type { Payload, TypedUser } from 'payload'

import { searchEngineFor, searchStoreFor } from '../../plugins/directory/index'
import type { SearchHit, SearchQuery } from '../lib/search/types'
import { type Answers, helpFacets } from '../lib/suggest/answers'
import { rankSuggestions, type Suggestion, wantedKinds } from '../lib/suggest/rank'
import { withIndexRows } from './indexRows'
import { type FoundListing, loadHits } from './search'

/** How many listings a search may hand to the ranking (the nearest or soonest first). */
const CANDIDATE_PAGES = 3
const PAGE_SIZE = 50

export interface SuggestionFound extends Suggestion {
  listing: FoundListing
}

export interface Suggestions {
  suggestions: SuggestionFound[]
  /** How many listings fit the hard answers (where, when, age, the kind of place). */
  fitting: number
}

const collect = async (
  engine: NonNullable<ReturnType<typeof searchEngineFor>>,
  query: SearchQuery,
): Promise<{ hits: SearchHit[]; total: number }> => {
  const hits: SearchHit[] = []
  let total = 0
  for (let page = 1; page <= CANDIDATE_PAGES; page++) {
    const found = await engine.search({ ...query, page, pageSize: PAGE_SIZE })
    total = found.total
    hits.push(...found.hits)
    if (hits.length >= found.total) break
  }
  return { hits, total }
}

/**
 * "Wat past bij mij?": the listings that fit the hard answers (the search does that), ranked by
 * the soft ones with the reasons that hold (src/lib/suggest), then loaded as the visitor may
 * read them. A second search asks for what also has everything that helps, so those are among
 * the candidates even where the nearest or soonest are many.
 */
export const suggestListings = async (
  payload: Payload,
  user: TypedUser | null,
  answers: Answers,
  near: { lat: number; lon: number } | undefined,
  locale: 'nl' | 'en',
): Promise<Suggestions> => {
  const engine = searchEngineFor(payload)
  const store = searchStoreFor(payload)
  if (!engine || !store)
    throw Object.assign(new Error('search is not available on this database'), { status: 503 })
  const base: SearchQuery = {
    kinds: wantedKinds(answers.want),
    weekdays: answers.days,
    partsOfDay: answers.parts,
    age: answers.age,
    near: near ? { ...near, radiusKm: answers.radiusKm } : undefined,
    sort: near ? 'distance' : 'soonest',
    locale,
  }
  const helped = helpFacets(answers.help)
  const [all, withHelp] = await Promise.all([
    collect(engine, base),
    answers.help.length
      ? collect(engine, {
          ...base,
          help: helped,
          walkIn: answers.help.includes('walk_in') || undefined,
          free: answers.help.includes('free') || undefined,
        })
      : { hits: [], total: 0 },
  ])
  const candidates = await withIndexRows(store, [...withHelp.hits, ...all.hits])
  const ranked = rankSuggestions(answers, candidates) as (Suggestion & { hit: SearchHit })[]
  const listings = await loadHits(
    payload,
    user,
    ranked.map((s) => s.hit),
  )
  const byHit = new Map(listings.map((l) => [l.hit, l]))
  return {
    suggestions: ranked.flatMap((s) => {
      const listing = byHit.get(s.hit)
      return listing
        ? [{ doc: s.doc, distanceKm: s.distanceKm, score: s.score, reasons: s.reasons, listing }]
        : []
    }),
    fitting: all.total,
  }
}
