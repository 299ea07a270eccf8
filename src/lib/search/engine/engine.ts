import type { QueryTerm } from '../snippet'
import { matchPrefixes, stemWord } from '../text'
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type SearchEngine, type SearchQuery, type SearchResult } from '../types'
import { buildLexicon, type Lexicon } from '../understand/lexicon'
import { suggestQuery, understand, type UnderstandContext, type WordPlan } from '../understand/understand'
import type { SearchStore } from '../store/types'
import type { HitCache, HitSet } from './hitCache'
import { ListingIndex } from './listings'
import { pageHits } from './page'
import { type MapSpots, spotsOf } from './spots'
import { collectMatches, type Matches } from './scan'
import { textMatcher } from './textMatches'
import { tieredMatches, widerKeys } from './tieredMatches'
import { topK } from './topK'

/** Up to this many text matches, the rest is ordered by bm25 (cheap for small sets). */
export const BM25_LIMIT = 2000

/**
 * Relevance: listings with more of the query words in their title come first (each word as
 * typed or as its stem, as the start of a title word) — so a title with every word leads;
 * then words as typed before stem-only matches ("breien" in "Breien bij …" above "Breicafé",
 * which only shares the stem "brei"); then shorter titles. The rest (no query word in the
 * title) follows by bm25 (title 10, summary 4, description 1) when the text matched few
 * enough rows for that to be cheap, else in index order — and only when the page reaches
 * past the title matches. Only as much is ordered as the page needs. Returns positions.
 */
const rankedPage = (
  index: ListingIndex,
  prefixes: string[],
  text: HitSet,
  tierOf: (rowid: number) => number,
  m: Matches,
  lengths: Uint8Array,
  end: number,
  bm25Limit: number,
): number[] => {
  const { ids, titled, words, typed, meant } = m
  // bm25 costs what the whole text match costs, whatever the filters leave: only for few matches.
  const small = text.count <= bm25Limit
  const bm25 = (): Map<number, number> => (text.bm25 ??= bm25Order(index, prefixes, text))
  const titledTier = Uint8Array.from(titled, (pos) => tierOf(ids[pos]!))
  const rest = restByTier(m, end, small ? bm25() : null, tierOf)
  // Tier by tier (as typed, understood, half a compound, corrected): the title matches first, then the rest.
  const out: number[] = []
  for (const tier of [0, 1, 2, 3]) {
    const inTier: number[] = []
    for (let i = 0; i < titled.length; i++) if (titledTier[i] === tier) inTier.push(i)
    // Beyond the words as typed, a title word that is only a synonym says less than bm25 over all fields.
    const order = tier > 0 && small && inTier.length > 1 ? bm25() : null
    const rankOf = (i: number) => order?.get(ids[titled[i]!]!) ?? Infinity
    const sorted = topK(inTier.length, end - out.length, (x, y) => {
      const a = inTier[x]!
      const b = inTier[y]!
      return words[b]! - words[a]! || typed[b]! - typed[a]! || rankOf(a) - rankOf(b) || meant[b]! - meant[a]! || lengths[ids[titled[a]!]!]! - lengths[ids[titled[b]!]!]! || a - b
    })
    for (const i of sorted) out.push(titled[inTier[i]!]!)
    if (out.length >= end) return out
    out.push(...rest[tier]!.slice(0, end - out.length))
    if (out.length >= end) return out
  }
  return out
}

/** The bm25 order (title 10, summary 4, description 1) of a text's matches: id → place. */
const bm25Order = (index: ListingIndex, prefixes: string[], matched: HitSet): Map<number, number> => {
  const scores = index.text.scores(prefixes, matched)
  const ids = [...scores.keys()].sort((a, b) => scores.get(b)! - scores.get(a)! || a - b)
  return new Map(ids.map((id, place) => [id, place]))
}

/**
 * The matches without a query word in the title, per tier: by bm25 when known (all of them,
 * few), else in index order and only as many as a page can take — one pass, which stops once
 * the words as typed alone fill the page.
 */
const restByTier = (m: Matches, want: number, order: Map<number, number> | null, tierOf: (rowid: number) => number): number[][] => {
  const { ids, titled } = m
  const rest: number[][] = [[], [], [], []]
  for (let pos = 0, t = 0; pos < m.count; pos++) {
    if (titled[t] === pos) {
      t++
      continue
    }
    const bucket = rest[tierOf(ids[pos]!)]!
    if (order || bucket.length < want) bucket.push(pos)
    if (!order && rest[0]!.length >= want) break
  }
  if (order) for (const r of rest) if (r.length > 1) r.sort((a, b) => (order.get(ids[a]!) ?? Infinity) - (order.get(ids[b]!) ?? Infinity) || a - b)
  return rest
}

/** What to mark and to rank titles by: per query word, its prefixes and those of every one-word way it is understood. */
const termsOf = (plans: WordPlan[]): QueryTerm[] =>
  plans.map((p) => {
    const prefixes = matchPrefixes(p.word)
    const meant = p.alternatives.filter((a) => a.tier > 0 && a.groups.length === 1).flatMap((a) => a.groups[0]!)
    return { word: p.word, stem: stemWord(p.word), prefixes, meant: [...new Set(meant)].filter((m) => !prefixes.includes(m)) }
  })

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
/** How many recent texts keep their understanding. */
const PLAN_CACHE = 512

export type Engine = SearchEngine & {
  index: ListingIndex
  texts: HitCache
  ready: () => Promise<void>
  /** Every match of a query with a location, by spot (for the map of all results). */
  spots: (q: SearchQuery, maxSpots?: number) => Promise<MapSpots>
}

/**
 * The search, the same on every database: the listings' text, filter values and locations are
 * held in this process (ListingIndex, built from the store and kept current from its change
 * log); matching, filters, the radius, facet counts and ranking run over them in memory; only
 * the page's listings are read from the store.
 */
export const searchEngine = (
  store: SearchStore,
  { bm25Limit = BM25_LIMIT, prewarm = true, hotMinDocs, textCacheSize, lexicon = () => BUILT_IN, index = new ListingIndex(store) }: EngineOptions = {},
): Engine => {
  const contextFor = (locale: 'nl' | 'en' = 'nl'): UnderstandContext => ({ locale, vocabulary: index.vocabulary, lexicon: lexicon() })
  const texts = textMatcher(index, { hotMinDocs, cacheSize: textCacheSize, widerKeys: (word) => understand(word, contextFor()).flatMap(widerKeys) })
  // A text is understood once per vocabulary and lexicon (words only ever join the vocabulary).
  const understood = new Map<string, { plans: WordPlan[]; version: number; lexicon: Lexicon }>()
  const plansFor = (text: string, c: UnderstandContext): WordPlan[] => {
    const key = `${c.locale}\u0000${text}`
    const known = understood.get(key)
    if (known && known.version === c.vocabulary.version && known.lexicon === c.lexicon) return known.plans
    const plans = understand(text, c)
    understood.delete(key)
    understood.set(key, { plans, version: c.vocabulary.version, lexicon: c.lexicon })
    if (understood.size > PLAN_CACHE) understood.delete(understood.keys().next().value!)
    return plans
  }
  let warmedLoads = 0
  /** Catches up with the store; after a full load, prewarms common words. */
  const sync = async () => {
    await index.sync()
    if (prewarm && index.loads !== warmedLoads) {
      warmedLoads = index.loads
      texts.prewarm()
    }
  }
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
      const text: HitSet | null = tiered?.all ?? null
      const terms = termsOf(plans)
      const m = collectMatches(index, q, text, sort === 'relevance', terms)
      const { ids, km } = m
      const { next, titleLength } = index.columns

      let ordered: number[]
      if (km && (sort === 'distance' || (sort === 'relevance' && !tiered))) ordered = topK(m.count, end, (a, b) => km[a]! - km[b]! || a - b)
      else if (sort === 'soonest' || !tiered) {
        ordered = topK(m.count, end, (a, b) => {
          const x = next[ids[a]!]!
          const y = next[ids[b]!]!
          return x < y ? -1 : x > y ? 1 : a - b
        })
      } else ordered = rankedPage(index, tiered.prefixes, tiered.all, tiered.tierOf, m, titleLength, end, bm25Limit)
      const pagePositions = ordered.slice(end - pageSize, end)
      const hits = await pageHits(store, index, pagePositions, m, terms)
      const suggestion = m.count === 0 && q.text ? suggestQuery(q.text, context) : null
      return { hits, total: m.count, page, pageSize, facets: m.facets, ...(suggestion ? { suggestion } : {}) }
    },
  }
}
