import type { QueryTerm } from '../snippet'
import { matchPrefixes, stemWord } from '../text'
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type SearchEngine, type SearchQuery, type SearchResult } from '../types'
import { buildLexicon, type Lexicon } from '../understand/lexicon'
import { suggestQuery, understand, type UnderstandContext, type WordPlan } from '../understand/understand'
import { ColumnCache } from './columns'
import { forEachId, type HitSet } from './hitCache'
import { pageHits } from './page'
import { collectMatches, type Matches } from './scan'
import type { SqlExecutor } from './schema'
import { textMatcher } from './textMatches'
import { tieredMatches, widerKeys } from './tieredMatches'
import { topK } from './topK'

/** Up to this many text matches, the rest is ordered by bm25 in FTS5 (cheap for small sets). */
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
const rankedPage = async (
  sql: SqlExecutor,
  match: string,
  text: HitSet,
  tierOf: (rowid: number) => number,
  m: Matches,
  lengths: Uint8Array,
  end: number,
  bm25Limit: number,
): Promise<number[]> => {
  const { ids, titled, words, typed, meant } = m
  const tierAt = (pos: number) => tierOf(ids[pos]!)
  // bm25 costs what the whole text match costs, whatever the filters leave: only for few matches.
  const small = text.count <= bm25Limit
  const bm25 = async (): Promise<Map<number, number>> => (text.bm25 ??= await bm25Order(sql, match))
  // Tier by tier (as typed, understood, half a compound, corrected): the title matches first, then the rest.
  const out: number[] = []
  for (const tier of [0, 1, 2, 3]) {
    const inTier: number[] = []
    for (let i = 0; i < titled.length; i++) if (tierAt(titled[i]!) === tier) inTier.push(i)
    // Beyond the words as typed, a title word that is only a synonym says less than bm25 over all fields.
    const order = tier > 0 && small && inTier.length > 1 ? await bm25() : null
    const rankOf = (i: number) => order?.get(ids[titled[i]!]!) ?? Infinity
    const sorted = topK(inTier.length, end - out.length, (x, y) => {
      const a = inTier[x]!
      const b = inTier[y]!
      return words[b]! - words[a]! || typed[b]! - typed[a]! || rankOf(a) - rankOf(b) || meant[b]! - meant[a]! || lengths[ids[titled[a]!]!]! - lengths[ids[titled[b]!]!]! || a - b
    })
    for (const i of sorted) out.push(titled[inTier[i]!]!)
    if (out.length >= end) return out
    out.push(...(await restOfTier(m, end - out.length, small ? await bm25() : null, (pos) => tierAt(pos) === tier)))
    if (out.length >= end) return out
  }
  return out
}

/** The bm25 order (title 10, summary 4, description 1) of a text's matches: rowid → place. */
const bm25Order = async (sql: SqlExecutor, match: string): Promise<Map<number, number>> => {
  const [found] = await sql.all<{ s: string | null }>(
    `SELECT group_concat(r) AS s FROM (
       SELECT rowid AS r FROM search_fts WHERE search_fts MATCH ? AND rank MATCH 'bm25(10.0, 4.0, 1.0)' ORDER BY rank, rowid
     )`,
    [match],
  )
  const order = new Map<number, number>()
  forEachId(found?.s, (id) => order.set(id, order.size))
  return order
}

/** The matches of one tier without a query word in the title: by bm25 when known, else in index order. */
const restOfTier = (m: Matches, want: number, order: Map<number, number> | null, inTier: (pos: number) => boolean): number[] => {
  const { ids, titled } = m
  const rest: number[] = []
  for (let pos = 0, t = 0; pos < m.count; pos++) {
    if (titled[t] === pos) {
      t++
      continue
    }
    if (!inTier(pos)) continue
    rest.push(pos)
    if (!order && rest.length >= want) break
  }
  if (order && rest.length > 1) rest.sort((a, b) => (order.get(ids[a]!) ?? Infinity) - (order.get(ids[b]!) ?? Infinity) || a - b)
  return rest.slice(0, want)
}

/** What to mark and to rank titles by: per query word, its prefixes and those of every one-word way it is understood. */
const termsOf = (plans: WordPlan[]): QueryTerm[] =>
  plans.map((p) => {
    const prefixes = matchPrefixes(p.word)
    const meant = p.alternatives.filter((a) => a.tier > 0 && a.groups.length === 1).flatMap((a) => a.groups[0]!)
    return { word: p.word, stem: stemWord(p.word), prefixes, meant: [...new Set(meant)].filter((m) => !prefixes.includes(m)) }
  })

export interface SqliteEngineOptions {
  /** See BM25_LIMIT (tests lower it to exercise the large-result path on small data). */
  bm25Limit?: number
  /** Prewarm the matches of common words after each full load of the cache (default true). */
  prewarm?: boolean
  /** How many listings a word must be in to be prewarmed (at least; default 2,000 or 2 %). */
  hotMinDocs?: number
  /** Synonyms, kind words, the English glossary and theme names (default: the built-in Dutch lists). */
  lexicon?: () => Lexicon
}

const BUILT_IN = buildLexicon()
/** How many recent texts keep their understanding. */
const PLAN_CACHE = 512

/**
 * Search over the SQLite index: FTS5 finds the text, the R*Tree the area, an exact haversine
 * check the radius; filters, facet counts and sorting run over the in-memory column cache; only
 * the page's rows (and their snippets) are read from SQLite.
 */
export const sqliteSearchEngine = (
  sql: SqlExecutor,
  cache = new ColumnCache(sql),
  { bm25Limit = BM25_LIMIT, prewarm = true, hotMinDocs, lexicon = () => BUILT_IN }: SqliteEngineOptions = {},
): SearchEngine & { cache: ColumnCache; ready: () => Promise<void> } => {
  const contextFor = (locale: 'nl' | 'en' = 'nl'): UnderstandContext => ({ locale, vocabulary: cache.vocabulary, lexicon: lexicon() })
  const texts = textMatcher(sql, cache, { hotMinDocs, widerKeys: (word) => understand(word, contextFor()).flatMap(widerKeys) })
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
  let warming: Promise<unknown> = Promise.resolve()
  /** Catches up with the index; after a full load, prewarms common words in the background. */
  const sync = async () => {
    await cache.sync()
    if (prewarm && cache.loads !== warmedLoads) {
      warmedLoads = cache.loads
      warming = texts.prewarm()
    }
  }
  return {
    name: 'sqlite',
    cache,
    /** Loads the cache and waits for the prewarming it starts (benchmarks, tests). */
    ready: async () => {
      await sync()
      await warming
    },
    search: async (q: SearchQuery): Promise<SearchResult> => {
      await sync()
      const pageSize = Math.min(Math.max(1, q.pageSize ?? DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE)
      const page = Math.max(1, q.page ?? 1)
      const context = contextFor(q.locale)
      const plans = q.text ? plansFor(q.text, context) : []
      const tiered = plans.length ? await tieredMatches(texts, cache, plans) : null
      const match = tiered?.match ?? ''
      const end = page * pageSize
      const sort = q.sort ?? 'relevance'
      const text: HitSet | null = tiered?.all ?? null
      const terms = termsOf(plans)
      const m = await collectMatches(sql, cache, q, text, sort === 'relevance', terms)
      const { ids, km } = m
      const { next, titleLength } = cache.columns

      let ordered: number[]
      if (km && (sort === 'distance' || (sort === 'relevance' && !match))) ordered = topK(m.count, end, (a, b) => km[a]! - km[b]! || a - b)
      else if (sort === 'soonest' || !match) {
        ordered = topK(m.count, end, (a, b) => {
          const x = next[ids[a]!]!
          const y = next[ids[b]!]!
          return x < y ? -1 : x > y ? 1 : a - b
        })
      } else ordered = await rankedPage(sql, match, text!, tiered!.tierOf, m, titleLength, end, bm25Limit)
      const pagePositions = ordered.slice(end - pageSize, end)
      const hits = await pageHits(sql, cache, pagePositions, m, terms)
      const suggestion = m.count === 0 && q.text ? suggestQuery(q.text, context) : null
      return { hits, total: m.count, page, pageSize, facets: m.facets, ...(suggestion ? { suggestion } : {}) }
    },
  }
}
