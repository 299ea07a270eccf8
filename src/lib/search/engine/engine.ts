import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type SearchEngine,
  type SearchQuery,
  type SearchResult,
} from '../types'
import { buildLexicon, type Lexicon } from '../understand/lexicon'
import { understand, type UnderstandContext } from '../understand/understand'
import type { SearchStore } from '../store/types'
import type { HitCache } from './hitCache'
import { ListingIndex } from './listings'
import { answer, keptAnswer, pageOf, type PageRequest } from './answer'
import { planCache, termsOf } from './plans'
import { type MapSpots, spotsOf } from './spots'
import { collectMatches, type Matches } from './scan'
import { textMatcher } from './textMatches'
import { type TieredHits, tieredMatches, widerKeys } from './tieredMatches'
import { topK } from './topK'
import { BM25_LIMIT, rankedPage } from './rank'
import { ResultCache, resultKey } from './resultCache'

export interface EngineOptions {
  /** See BM25_LIMIT (tests lower it to exercise the large-result path on small data). */
  bm25Limit?: number
  /** Prewarm the matches of common words after each full load (default true). */
  prewarm?: boolean
  /** How many listings a word must be in to be prewarmed (at least; default 2,000 or 2 %). */
  hotMinDocs?: number
  /** How many recent texts' matches are kept (default 256). */
  textCacheSize?: number
  /** Synonyms, kind words, the English glossary and theme names (default: the built-in Dutch lists). */
  lexicon?: () => Lexicon
  /** An index to share with other engines over the same store (benchmarks compare cache settings on one). */
  index?: ListingIndex
}

const BUILT_IN = buildLexicon()

export type Engine = SearchEngine & {
  index: ListingIndex
  texts: HitCache
  ready: () => Promise<void>
  /** Every match of a query with a location, by spot (for the map of all results). */
  spots: (q: SearchQuery, maxSpots?: number) => Promise<MapSpots>
}

/** Numbers each lexicon the first time it is seen (the same lexicon keeps its number), for result keys. */
const lexiconNumbering = () => {
  const lexicons = new WeakMap<Lexicon, number>()
  let lexiconCount = 0
  return (l: Lexicon): number => {
    let n = lexicons.get(l)
    if (n === undefined) lexicons.set(l, (n = ++lexiconCount))
    return n
  }
}

/** The positions of the first `end` matches in the query's order: distance, soonest or relevance. */
const orderMatches = (
  index: ListingIndex,
  m: Matches,
  tiered: TieredHits | null,
  sort: NonNullable<SearchQuery['sort']>,
  end: number,
  bm25Limit: number,
): number[] => {
  const { ids, km } = m
  const { next, titleLength } = index.columns
  if (km && (sort === 'distance' || (sort === 'relevance' && !tiered)))
    return topK(m.count, end, (a, b) => km[a]! - km[b]! || a - b)
  if (sort === 'soonest' || !tiered)
    return topK(m.count, end, (a, b) => {
      const x = next[ids[a]!]!
      const y = next[ids[b]!]!
      return x < y ? -1 : x > y ? 1 : a - b
    })
  return rankedPage(index, tiered, m, titleLength, end, bm25Limit)
}

/** A function that catches up with the store; after a full load, it prewarms common words (when asked to). */
const syncer = (index: ListingIndex, texts: ReturnType<typeof textMatcher>, prewarm: boolean) => {
  let warmedLoads = 0
  return async () => {
    await index.sync()
    if (prewarm && index.loads !== warmedLoads) {
      warmedLoads = index.loads
      texts.prewarm()
    }
  }
}

/**
 * The search, the same on every database: the listings' text, filter values and locations are
 * held in this process (ListingIndex, built from the store and kept current from its change
 * log); matching, filters, the radius, facet counts and ranking run over them in memory; only
 * the page's listings are read from the store.
 */
export const searchEngine = (
  store: SearchStore,
  {
    bm25Limit = BM25_LIMIT,
    prewarm = true,
    hotMinDocs,
    textCacheSize,
    lexicon = () => BUILT_IN,
    index = new ListingIndex(store),
  }: EngineOptions = {},
): Engine => {
  const contextFor = (locale: 'nl' | 'en' = 'nl'): UnderstandContext => ({
    locale,
    vocabulary: index.vocabulary,
    lexicon: lexicon(),
  })
  // Without a text cache (a cold engine) recent results are not kept either.
  const results = new ResultCache(textCacheSize === 0 ? 0 : undefined)
  const lexiconNumber = lexiconNumbering()
  const texts = textMatcher(index, {
    hotMinDocs,
    cacheSize: textCacheSize,
    widerKeys: (word) => understand(word, contextFor()).flatMap(widerKeys),
  })
  const plansFor = planCache()
  const sync = syncer(index, texts, prewarm)
  return {
    name: store.name,
    index,
    texts: texts.texts,
    /** Loads the index (and prewarms common words). */
    ready: sync,
    spots: async (q: SearchQuery, maxSpots?: number) => {
      await sync()
      const plans = q.text ? plansFor(q.text, contextFor(q.locale)) : []
      const tiered = plans.length ? tieredMatches(texts, index, plans) : null
      return spotsOf(index, collectMatches(index, q, tiered?.all ?? null, false), maxSpots)
    },
    search: async (q: SearchQuery): Promise<SearchResult> => {
      await sync()
      const pageSize = Math.min(Math.max(1, q.pageSize ?? DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE)
      const page = Math.max(1, q.page ?? 1)
      const context = contextFor(q.locale)
      const plans = q.text ? plansFor(q.text, context) : []
      const tiered = plans.length ? tieredMatches(texts, index, plans) : null
      const end = page * pageSize
      const sort = q.sort ?? 'relevance'
      const terms = termsOf(plans)
      const request: PageRequest = { store, index, q, context, terms, page, pageSize }
      // What words mean is part of the answer: an editor's new synonyms make a new key.
      const key = `${lexiconNumber(context.lexicon)}\u0000${resultKey(q)}`
      const kept = results.get(key, index, end)
      if (kept) return keptAnswer(request, kept)
      const m = collectMatches(index, q, tiered?.all ?? null, sort === 'relevance', terms)
      const ordered = orderMatches(index, m, tiered, sort, end, bm25Limit)
      results.set(key, index, m, ordered)
      const { ids, km } = pageOf(m, ordered, end - pageSize, end)
      return answer(request, ids, km, m.count, m.facets)
    },
  }
}
