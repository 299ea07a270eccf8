import { boundingBox, haversineKm } from '../geo'
import { buildSnippet, queryTerms } from '../snippet'
import { ftsQuery, snippetHtml } from '../text'
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type SearchEngine, type SearchHit, type SearchQuery, type SearchResult } from '../types'
import { type CachedRow, ColumnCache } from './columns'
import { countFacets } from './facets'
import { hasFilters, rowFilter } from './filter'
import type { SqlExecutor } from './schema'

/** "1,5,9" (SQLite group_concat) → numbers; one string instead of a driver object per row. */
const ids = (list: string | null | undefined): number[] => (list ? list.split(',').map(Number) : [])

const byRowid = (a: CachedRow, b: CachedRow) => a.rowid - b.rowid
const bySoonest = (a: CachedRow, b: CachedRow) =>
  (a.next ?? '\uffff').localeCompare(b.next ?? '\uffff') || a.title.localeCompare(b.title, 'nl') || byRowid(a, b)

/**
 * Relevance in tiers: a match of the whole query in the title beats one in title + summary,
 * which beats the rest. Title matches are ordered by bm25 (weights: title 10, summary 4,
 * description 1); the wider tiers, which for common words hold tens of thousands of rows, in
 * index order, so ranking costs what the page needs, not what the whole result holds.
 */
const TIERS = ['{title}', '{title summary}', null] as const

const rankedPage = async (
  sql: SqlExecutor,
  match: string,
  rows: { get(rowid: number): CachedRow | undefined },
  filtered: boolean,
  end: number,
): Promise<CachedRow[]> => {
  const ordered: CachedRow[] = []
  const placed = new Set<number>()
  for (const tier of TIERS) {
    if (ordered.length >= end) break
    // Ordered by bm25 inside FTS5 (rank), returned as one string. Without filters, the first
    // `end` new rows are all the page needs (earlier tiers' rows come again in wider tiers).
    const limit = filtered ? -1 : end + placed.size
    const ranked = tier === '{title}'
    const [found] = await sql.all<{ s: string | null }>(
      `SELECT group_concat(r) AS s FROM (
         SELECT rowid AS r FROM search_fts WHERE search_fts MATCH ?
         ${ranked ? "AND rank MATCH 'bm25(10.0, 4.0, 1.0)' ORDER BY rank, rowid" : ''} LIMIT ?
       )`,
      [tier ? `${tier} : (${match})` : match, limit],
    )
    for (const id of ids(found?.s)) {
      if (placed.has(id)) continue
      const row = rows.get(id)
      if (!row) continue
      ordered.push(row)
      placed.add(id)
      if (ordered.length >= end) break
    }
  }
  return ordered
}

/**
 * Search over the SQLite index: FTS5 finds the text, the R*Tree the area, an exact haversine
 * check the radius; filters, facet counts and sorting run over the in-memory column cache; only
 * the page's rows (and their snippets) are read from SQLite.
 */
export const sqliteSearchEngine = (sql: SqlExecutor): SearchEngine & { cache: ColumnCache } => {
  const cache = new ColumnCache(sql)
  return {
    name: 'sqlite',
    cache,
    search: async (q: SearchQuery): Promise<SearchResult> => {
      await cache.sync()
      const pageSize = Math.min(Math.max(1, q.pageSize ?? DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE)
      const page = Math.max(1, q.page ?? 1)
      const match = q.text ? ftsQuery(q.text) : ''

      let candidates: Iterable<CachedRow | undefined> = cache.all()
      if (q.near) {
        const b = boundingBox(q.near)
        const [box] = await sql.all<{ ids: string | null }>(
          'SELECT group_concat(id) AS ids FROM search_rtree WHERE max_lat >= ? AND min_lat <= ? AND max_lon >= ? AND min_lon <= ?',
          [b.minLat, b.maxLat, b.minLon, b.maxLon],
        )
        candidates = ids(box?.ids).map((id) => cache.get(id))
      }
      if (match) {
        const [found] = await sql.all<{ ids: string | null }>('SELECT group_concat(rowid) AS ids FROM search_fts WHERE search_fts MATCH ?', [match])
        const textIds = ids(found?.ids)
        if (q.near) {
          const hits = new Set(textIds)
          candidates = [...candidates].filter((r) => r !== undefined && hits.has(r.rowid))
        } else {
          candidates = textIds.map((id) => cache.get(id))
        }
      }

      const keep = rowFilter(q)
      const distance = new Map<number, number>()
      const rows: CachedRow[] = []
      const filtered = hasFilters(q)
      for (const r of candidates) {
        if (r === undefined || (filtered && !keep(r))) continue
        if (q.near) {
          if (r.lat === null || r.lon === null) continue
          const km = haversineKm(q.near, { lat: r.lat, lon: r.lon })
          if (km > q.near.radiusKm) continue
          distance.set(r.rowid, km)
        }
        rows.push(r)
      }

      const end = page * pageSize
      const sort = q.sort ?? 'relevance'
      const byDistance = (a: CachedRow, b: CachedRow) => distance.get(a.rowid)! - distance.get(b.rowid)! || byRowid(a, b)
      let ordered: CachedRow[]
      if (sort === 'distance' && q.near) ordered = rows.sort(byDistance)
      else if (sort === 'soonest' || (!match && !q.near)) ordered = rows.sort(bySoonest)
      else if (match) ordered = await rankedPage(sql, match, filtered ? new Map(rows.map((r) => [r.rowid, r])) : cache, filtered, end)
      else ordered = rows.sort(byDistance)
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
          snippet: snippets.get(r.rowid) ?? snippetHtml(d?.summary ?? ''),
          nextStart: r.next,
        }
      })
      return { hits, total: rows.length, page, pageSize, facets: countFacets(rows, cache) }
    },
  }
}
