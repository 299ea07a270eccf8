import { boundingBox, haversineKm } from '../geo'
import { ftsQuery, MARK_END, MARK_START, snippetHtml } from '../text'
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type SearchEngine, type SearchHit, type SearchQuery, type SearchResult } from '../types'
import { type CachedRow, ColumnCache } from './columns'
import { countFacets } from './facets'
import { rowFilter } from './filter'
import type { SqlExecutor } from './schema'

/** "1,5,9" (SQLite group_concat) → numbers; one string instead of a driver object per row. */
const ids = (list: string | null | undefined): number[] => (list ? list.split(',').map(Number) : [])

const byRowid = (a: CachedRow, b: CachedRow) => a.rowid - b.rowid
const bySoonest = (a: CachedRow, b: CachedRow) =>
  (a.next ?? '\uffff').localeCompare(b.next ?? '\uffff') || a.title.localeCompare(b.title, 'nl') || byRowid(a, b)

/**
 * Relevance in tiers: a match of the whole query in the title beats one in title + summary,
 * which beats the rest; bm25 (title weighted above summary above description) orders within a
 * tier. A tier is only ranked when the page reaches into it, so common words stay cheap.
 */
const TIERS = ['{title}', '{title summary}', null] as const

const rankedPage = async (sql: SqlExecutor, match: string, rows: CachedRow[], end: number): Promise<CachedRow[]> => {
  const byId = new Map(rows.map((r) => [r.rowid, r]))
  const ordered: CachedRow[] = []
  for (const tier of TIERS) {
    if (ordered.length >= end || byId.size === 0) break
    // Ordered by bm25 inside FTS5 (rank), returned as one string in that order.
    const [found] = await sql.all<{ s: string | null }>(
      `SELECT group_concat(r) AS s FROM (
         SELECT rowid AS r FROM search_fts WHERE search_fts MATCH ? AND rank MATCH 'bm25(10.0, 4.0, 1.0)' ORDER BY rank, rowid
       )`,
      [tier ? `${tier} : (${match})` : match],
    )
    for (const id of ids(found?.s)) {
      const row = byId.get(id)
      if (!row) continue
      ordered.push(row)
      byId.delete(id)
    }
  }
  return ordered.concat([...byId.values()].sort(byRowid))
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

      let candidates: Iterable<CachedRow> = cache.rows.values()
      if (q.near) {
        const b = boundingBox(q.near)
        const [box] = await sql.all<{ ids: string | null }>(
          'SELECT group_concat(id) AS ids FROM search_rtree WHERE max_lat >= ? AND min_lat <= ? AND max_lon >= ? AND min_lon <= ?',
          [b.minLat, b.maxLat, b.minLon, b.maxLon],
        )
        candidates = ids(box?.ids).map((id) => cache.rows.get(id)).filter((r): r is CachedRow => r !== undefined)
      }
      if (match) {
        const [found] = await sql.all<{ ids: string | null }>('SELECT group_concat(rowid) AS ids FROM search_fts WHERE search_fts MATCH ?', [match])
        const hits = new Set(ids(found?.ids))
        candidates = q.near
          ? [...candidates].filter((r) => hits.has(r.rowid))
          : [...hits].map((id) => cache.rows.get(id)).filter((r): r is CachedRow => r !== undefined)
      }

      const keep = rowFilter(q)
      const distance = new Map<number, number>()
      const rows: CachedRow[] = []
      for (const r of candidates) {
        if (!keep(r)) continue
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
      else if (match) ordered = await rankedPage(sql, match, rows, end)
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
      const snippets = new Map<number, string>()
      if (match && pageRows.length) {
        const found = await sql.all<{ r: number; s: string }>(
          `SELECT rowid AS r, snippet(search_fts, -1, ?, ?, '…', 16) AS s FROM search_fts
           WHERE search_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))`,
          [MARK_START, MARK_END, match, json],
        )
        for (const f of found) snippets.set(Number(f.r), snippetHtml(f.s))
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
      return { hits, total: rows.length, page, pageSize, facets: countFacets(rows) }
    },
  }
}
