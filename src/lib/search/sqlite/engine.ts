import { boundingBox, haversineKm } from '../geo'
import { buildSnippet, queryTerms } from '../snippet'
import { ftsQuery, snippetHtml } from '../text'
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type SearchEngine, type SearchHit, type SearchQuery, type SearchResult } from '../types'
import { type CachedRow, ColumnCache } from './columns'
import { countFacets } from './facets'
import { hasFilters, rowFilter } from './filter'
import type { SqlExecutor } from './schema'


const byRowid = (a: CachedRow, b: CachedRow) => a.rowid - b.rowid
const bySoonest = (a: CachedRow, b: CachedRow) =>
  (a.next ?? '\uffff').localeCompare(b.next ?? '\uffff') || a.title.localeCompare(b.title, 'nl') || byRowid(a, b)

/** "1,5,9" (SQLite group_concat) → numbers without an intermediate array of strings. */
const parseIds = (list: string | null | undefined): number[] => {
  const out: number[] = []
  if (!list) return out
  let n = 0
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i)
    if (c === 44) {
      out.push(n)
      n = 0
    } else n = n * 10 + (c - 48)
  }
  out.push(n)
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
const rankedPage = async (
  sql: SqlExecutor,
  text: string,
  match: string,
  rows: CachedRow[],
  end: number,
  textHits: number,
): Promise<CachedRow[]> => {
  const terms = queryTerms(text)
  // One regular expression per word: a title word starting with the word or its stem.
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const anyForm = terms.map((t) => new RegExp(` (?:${t.prefixes.map(escape).join('|')})`))
  const typedForm = terms.map((t) => new RegExp(` ${escape(t.word)}`))
  const first: { r: CachedRow; typed: number }[] = []
  for (const r of rows) {
    if (anyForm.every((re) => re.test(r.titleText))) first.push({ r, typed: typedForm.filter((re) => re.test(r.titleText)).length })
  }
  // Words found as typed count above words found only through their stem ("breien" in
  // "Breien bij …" above "Breicafé", which only shares the stem "brei"); then shorter titles.
  first.sort((a, b) => b.typed - a.typed || a.r.titleWords.length - b.r.titleWords.length || byRowid(a.r, b.r))
  const ordered = first.map((x) => x.r)
  if (ordered.length >= end) return ordered.slice(0, end)
  const placed = new Set(ordered.map((r) => r.rowid))
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

      let candidates: Iterable<CachedRow | undefined> = cache.all()
      let textHits = 0
      if (q.near) {
        const b = boundingBox(q.near)
        const [box] = await sql.all<{ ids: string | null }>(
          'SELECT group_concat(id) AS ids FROM search_rtree WHERE max_lat >= ? AND min_lat <= ? AND max_lon >= ? AND min_lon <= ?',
          [b.minLat, b.maxLat, b.minLon, b.maxLon],
        )
        candidates = parseIds(box?.ids).map((id) => cache.get(id))
      }
      if (match) {
        const [found] = await sql.all<{ ids: string | null }>('SELECT group_concat(rowid) AS ids FROM search_fts WHERE search_fts MATCH ?', [match])
        const textIds = parseIds(found?.ids)
        textHits = textIds.length
        if (q.near) {
          const hits = new Set(textIds)
          candidates = [...candidates].filter((r): r is CachedRow => r !== undefined && hits.has(r.rowid)).sort(byRowid)
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
      else if (match) ordered = await rankedPage(sql, q.text ?? '', match, rows, end, textHits)
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
