import { boundingBox, haversineKm } from '../geo'
import { buildSnippet, queryTerms } from '../snippet'
import { ftsQuery, snippetHtml } from '../text'
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type SearchEngine, type SearchHit, type SearchQuery, type SearchResult } from '../types'
import { type CachedRow, ColumnCache } from './columns'
import { facetTally } from './facets'
import { topK } from './topK'
import { hasFilters, rowFilter } from './filter'
import type { SqlExecutor } from './schema'


const byRowid = (a: CachedRow, b: CachedRow) => a.rowid - b.rowid
/** Next date first (none: last); plain string order is date order for ISO instants. */
const bySoonest = (a: CachedRow, b: CachedRow) => {
  const x = a.next ?? '\uffff'
  const y = b.next ?? '\uffff'
  return x < y ? -1 : x > y ? 1 : byRowid(a, b)
}

/** Calls `visit` for each id of a group_concat list, without building an array; returns the count. */
const forEachId = (list: string | null | undefined, visit: (id: number) => void): number => {
  if (!list) return 0
  let n = 0
  let count = 0
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i)
    if (c === 44) {
      visit(n)
      count++
      n = 0
    } else n = n * 10 + (c - 48)
  }
  visit(n)
  return count + 1
}

/** "1,5,9" (SQLite group_concat) → numbers. */
const parseIds = (list: string | null | undefined): number[] => {
  const out: number[] = []
  forEachId(list, (id) => out.push(id))
  return out
}

/** Up to this many text matches, the rest is ordered by bm25 in FTS5 (cheap for small sets). */
const BM25_LIMIT = 2000

/**
 * Relevance: listings whose title contains every query word (as typed or as its stem, as a
 * prefix) come first — words as typed before stem-only matches, then shorter titles first; then the rest, by bm25 (title 10, summary 4,
 * description 1) when the result is small enough for that to be cheap, else in index order.
 * Only as much is ordered as the page needs.
 */
/**
 * Per row: -1 when the title lacks a query word (as typed or as its stem, as the start of a
 * title word), else how many words it has as typed. Marks the rows through the title index, so
 * only rows with matching title words are touched.
 */
const titleMatcher = (text: string, cache: ColumnCache) => {
  const terms = queryTerms(text).slice(0, 30)
  const any = new Uint32Array(cache.capacity)
  const typed = new Uint32Array(cache.capacity)
  terms.forEach((t, i) => {
    const bit = 1 << i
    for (const p of t.prefixes) cache.titles.forPrefix(p, (id) => (any[id]! |= bit))
    cache.titles.forPrefix(t.word, (id) => (typed[id]! |= bit))
  })
  const all = terms.length ? (2 ** terms.length - 1) >>> 0 : 0
  return (r: CachedRow): number => {
    if (!terms.length || any[r.rowid] !== all) return -1
    let bits = typed[r.rowid]!
    let n = 0
    while (bits) {
      bits &= bits - 1
      n++
    }
    return n
  }
}

const rankedPage = async (
  sql: SqlExecutor,
  match: string,
  rows: CachedRow[],
  inTitle: { r: CachedRow; typed: number }[],
  end: number,
  textHits: number,
): Promise<CachedRow[]> => {
  // Words found as typed count above words found only through their stem ("breien" in
  // "Breien bij …" above "Breicafé", which only shares the stem "brei"); then shorter titles.
  const ordered = topK(inTitle, end, (a, b) => b.typed - a.typed || a.r.titleWords.length - b.r.titleWords.length || byRowid(a.r, b.r)).map((x) => x.r)
  if (ordered.length >= end) return ordered
  const placed = new Set(inTitle.map((x) => x.r.rowid))
  // bm25 costs what the whole text match costs, whatever the filters leave.
  const small = textHits <= BM25_LIMIT
  const rest: CachedRow[] = []
  for (const r of rows) {
    if (placed.has(r.rowid)) continue
    rest.push(r)
    if (!small && rest.length >= end - ordered.length) break
  }
  if (small) {
    const [found] = await sql.all<{ s: string | null }>(
      `SELECT group_concat(r) AS s FROM (
         SELECT rowid AS r FROM search_fts WHERE search_fts MATCH ? AND rank MATCH 'bm25(10.0, 4.0, 1.0)' ORDER BY rank, rowid
       )`,
      [match],
    )
    const order = new Map(parseIds(found?.s).map((id, i) => [id, i]))
    rest.sort((a, b) => (order.get(a.rowid) ?? Infinity) - (order.get(b.rowid) ?? Infinity) || byRowid(a, b))
  }
  return ordered.concat(rest.slice(0, end - ordered.length))
}

/**
 * Search over the SQLite index: FTS5 finds the text, the R*Tree the area, an exact haversine
 * check the radius; filters, facet counts and sorting run over the in-memory column cache; only
 * the page's rows (and their snippets) are read from SQLite.
 */
export const sqliteSearchEngine = (sql: SqlExecutor, cache = new ColumnCache(sql)): SearchEngine & { cache: ColumnCache } => {
  return {
    name: 'sqlite',
    cache,
    search: async (q: SearchQuery): Promise<SearchResult> => {
      await cache.sync()
      const pageSize = Math.min(Math.max(1, q.pageSize ?? DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE)
      const page = Math.max(1, q.page ?? 1)
      const match = q.text ? ftsQuery(q.text) : ''

      const end = page * pageSize
      const sort = q.sort ?? 'relevance'
      const keep = hasFilters(q) ? rowFilter(q) : null
      const near = q.near
      const distance = new Map<number, number>()
      const rows: CachedRow[] = []
      const tally = facetTally(cache)
      // Title-tier detection runs in the same pass when the order is by relevance.
      const title = match && sort === 'relevance' ? titleMatcher(q.text ?? '', cache) : null
      const inTitle: { r: CachedRow; typed: number }[] = []
      const visit = (r: CachedRow | undefined) => {
        if (r === undefined || (keep && !keep(r))) return
        if (near) {
          if (r.lat === null || r.lon === null) return
          const km = haversineKm(near, { lat: r.lat, lon: r.lon })
          if (km > near.radiusKm) return
          distance.set(r.rowid, km)
        }
        rows.push(r)
        tally.add(r)
        if (title) {
          const typed = title(r)
          if (typed >= 0) inTitle.push({ r, typed })
        }
      }

      let textHits = 0
      let textIds: string | null | undefined
      if (match) {
        const [found] = await sql.all<{ ids: string | null }>('SELECT group_concat(rowid) AS ids FROM search_fts WHERE search_fts MATCH ?', [match])
        textIds = found?.ids
      }
      if (near) {
        const b = boundingBox(near)
        const [box] = await sql.all<{ ids: string | null }>(
          'SELECT group_concat(id) AS ids FROM search_rtree WHERE max_lat >= ? AND min_lat <= ? AND max_lon >= ? AND min_lon <= ?',
          [b.minLat, b.maxLat, b.minLon, b.maxLon],
        )
        const inBox = parseIds(box?.ids).sort((x, y) => x - y)
        if (match) {
          const hits = new Set<number>()
          forEachId(textIds, (id) => hits.add(id))
          textHits = hits.size
          for (const id of inBox) if (hits.has(id)) visit(cache.get(id))
        } else {
          for (const id of inBox) visit(cache.get(id))
        }
      } else if (match) {
        textHits = forEachId(textIds, (id) => visit(cache.get(id)))
      } else {
        for (const r of cache.all()) visit(r)
      }

      const byDistance = (a: CachedRow, b: CachedRow) => distance.get(a.rowid)! - distance.get(b.rowid)! || byRowid(a, b)
      let ordered: CachedRow[]
      if (sort === 'distance' && near) ordered = topK(rows, end, byDistance)
      else if (sort === 'soonest' || (!match && !near)) ordered = topK(rows, end, bySoonest)
      else if (match) ordered = await rankedPage(sql, match, rows, inTitle, end, textHits)
      else ordered = topK(rows, end, byDistance)
      const pageRows = ordered.slice(end - pageSize, end)

      const json = JSON.stringify(pageRows.map((r) => r.rowid))
      const details = new Map(
        (pageRows.length
          ? await sql.all<{ rowid: number; collection: SearchHit['collection']; doc_id: string; summary: string; slug: string | null }>(
              'SELECT rowid, collection, doc_id, summary, slug FROM search_docs WHERE rowid IN (SELECT value FROM json_each(?))',
              [json],
            )
          : []
        ).map((d) => [Number(d.rowid), d]),
      )
      // Snippets from the page rows' own text (a rowid lookup in FTS5, no second MATCH).
      const snippets = new Map<number, string>()
      if (match && pageRows.length) {
        const terms = queryTerms(q.text)
        const texts = await sql.all<{ rowid: number; title: string; summary: string; body: string }>(
          'SELECT rowid, title, summary, body FROM search_fts WHERE rowid IN (SELECT value FROM json_each(?))',
          [json],
        )
        for (const t of texts) {
          const snippet = buildSnippet([t.summary, t.body, t.title], terms)
          if (snippet) snippets.set(Number(t.rowid), snippet)
        }
      }
      const hits: SearchHit[] = pageRows.map((r) => {
        const d = details.get(r.rowid)
        return {
          collection: d?.collection ?? 'activities',
          id: d?.doc_id ?? '',
          kind: r.kind,
          title: r.title,
          slug: d?.slug ?? null,
          ...(q.near ? { distanceKm: Math.round(distance.get(r.rowid)! * 100) / 100 } : {}),
          ...(r.lat !== null && r.lon !== null ? { point: { lat: r.lat, lon: r.lon } } : {}),
          snippet: snippets.get(r.rowid) ?? snippetHtml(d?.summary ?? ''),
          nextStart: r.next,
        }
      })
      return { hits, total: rows.length, page, pageSize, facets: tally.result() }
    },
  }
}
