import { ftsQuery } from '../text'
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type SearchEngine, type SearchQuery, type SearchResult } from '../types'
import { ColumnCache } from './columns'
import { forEachId, type HitSet } from './hitCache'
import { pageHits } from './page'
import { collectMatches, type Matches } from './scan'
import type { SqlExecutor } from './schema'
import { textMatcher } from './textMatches'
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
  m: Matches,
  lengths: Uint8Array,
  end: number,
  bm25Limit: number,
): Promise<number[]> => {
  const { ids, titled, words, typed } = m
  const ordered = topK(
    titled.length,
    end,
    (a, b) => words[b]! - words[a]! || typed[b]! - typed[a]! || lengths[ids[titled[a]!]!]! - lengths[ids[titled[b]!]!]! || a - b,
  ).map((i) => titled[i]!)
  if (ordered.length >= end) return ordered
  // bm25 costs what the whole text match costs, whatever the filters leave.
  const small = text.count <= bm25Limit
  const rest: number[] = []
  for (let pos = 0, t = 0; pos < m.count; pos++) {
    if (titled[t] === pos) {
      t++
      continue
    }
    rest.push(pos)
    if (!small && rest.length >= end - ordered.length) break
  }
  if (small && rest.length > 1) {
    if (!text.bm25) {
      const [found] = await sql.all<{ s: string | null }>(
        `SELECT group_concat(r) AS s FROM (
           SELECT rowid AS r FROM search_fts WHERE search_fts MATCH ? AND rank MATCH 'bm25(10.0, 4.0, 1.0)' ORDER BY rank, rowid
         )`,
        [match],
      )
      const order = new Map<number, number>()
      forEachId(found?.s, (id) => order.set(id, order.size))
      text.bm25 = order
    }
    const order = text.bm25
    rest.sort((a, b) => (order.get(ids[a]!) ?? Infinity) - (order.get(ids[b]!) ?? Infinity) || a - b)
  }
  return ordered.concat(rest.slice(0, end - ordered.length))
}

export interface SqliteEngineOptions {
  /** See BM25_LIMIT (tests lower it to exercise the large-result path on small data). */
  bm25Limit?: number
  /** Prewarm the matches of common words after each full load of the cache (default true). */
  prewarm?: boolean
  /** How many listings a word must be in to be prewarmed (at least; default 2,000 or 2 %). */
  hotMinDocs?: number
}

/**
 * Search over the SQLite index: FTS5 finds the text, the R*Tree the area, an exact haversine
 * check the radius; filters, facet counts and sorting run over the in-memory column cache; only
 * the page's rows (and their snippets) are read from SQLite.
 */
export const sqliteSearchEngine = (
  sql: SqlExecutor,
  cache = new ColumnCache(sql),
  { bm25Limit = BM25_LIMIT, prewarm = true, hotMinDocs }: SqliteEngineOptions = {},
): SearchEngine & { cache: ColumnCache; ready: () => Promise<void> } => {
  const texts = textMatcher(sql, cache, { hotMinDocs })
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
      const match = q.text ? ftsQuery(q.text) : ''
      const end = page * pageSize
      const sort = q.sort ?? 'relevance'
      const text: HitSet | null = match ? await texts.of(q.text!) : null
      const m = await collectMatches(sql, cache, q, text, sort === 'relevance')
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
      } else ordered = await rankedPage(sql, match, text!, m, titleLength, end, bm25Limit)
      const pagePositions = ordered.slice(end - pageSize, end)
      const hits = await pageHits(sql, cache, pagePositions, m, q.text && match ? q.text : null)
      return { hits, total: m.count, page, pageSize, facets: m.facets }
    },
  }
}
