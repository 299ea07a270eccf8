import { boundingBox, haversineKm } from '../geo'
import { ftsQuery, MARK_END, MARK_START, snippetHtml } from '../text'
import {
  DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type SearchEngine, type SearchHit, type SearchQuery, type SearchResult,
} from '../types'
import { accessBits, partBits, rungBits, weekdayBits } from './bits'
import { countFacets, type MatchRow } from './facets'
import type { SqlExecutor } from './schema'

/** Attribute filters as SQL on search_docs (`d`). */
const filterClauses = (q: SearchQuery): { where: string[]; args: unknown[] } => {
  const where: string[] = []
  const args: unknown[] = []
  const add = (clause: string, ...values: unknown[]) => {
    where.push(clause)
    args.push(...values)
  }
  if (q.kinds?.length) add(`d.kind IN (${q.kinds.map(() => '?').join(', ')})`, ...q.kinds)
  if (q.free) add('d.free = 1')
  if (q.walkIn) add('d.walk_in = 1')
  if (q.age !== undefined) add('(d.age_min IS NULL OR d.age_min <= ?) AND (d.age_max IS NULL OR d.age_max >= ?)', q.age, q.age)
  if (q.weekdays?.length) add('(d.weekdays & ?) != 0', weekdayBits(q.weekdays))
  if (q.partsOfDay?.length) add('(d.parts & ?) != 0', partBits(q.partsOfDay))
  if (q.rungs?.length) add('(d.rungs & ?) != 0', rungBits(q.rungs))
  if (q.accessibility?.length) {
    const bits = accessBits(q.accessibility)
    add('(d.access & ?) = ?', bits, bits)
  }
  for (const [facet, values] of [['theme', q.themes], ['area', q.areas]] as const) {
    if (values?.length) {
      add(
        `d.rowid IN (SELECT doc FROM search_terms WHERE facet = ? AND value IN (${values.map(() => '?').join(', ')}))`,
        facet, ...values,
      )
    }
  }
  return { where, args }
}

const byRowid = (a: MatchRow, b: MatchRow) => a.rowid - b.rowid
const bySoonest = (a: MatchRow, b: MatchRow) =>
  (a.next_start ?? '\uffff').localeCompare(b.next_start ?? '\uffff') || a.title.localeCompare(b.title, 'nl') || byRowid(a, b)

/**
 * Search over the SQLite index. Text goes to FTS5 (bm25 with the title weighted above the
 * summary and the description), the radius to the R*Tree and then an exact haversine check,
 * filters to plain columns; facets are counted over the whole result.
 */
export const sqliteSearchEngine = (sql: SqlExecutor): SearchEngine => ({
  name: 'sqlite',
  search: async (q: SearchQuery): Promise<SearchResult> => {
    const pageSize = Math.min(Math.max(1, q.pageSize ?? DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE)
    const page = Math.max(1, q.page ?? 1)
    const match = q.text ? ftsQuery(q.text) : ''

    let candidates: number[] | null = null
    let scores: Map<number, number> | null = null
    if (q.near) {
      const b = boundingBox(q.near)
      const rows = await sql.all<{ id: number }>(
        'SELECT id FROM search_rtree WHERE max_lat >= ? AND min_lat <= ? AND max_lon >= ? AND min_lon <= ?',
        [b.minLat, b.maxLat, b.minLon, b.maxLon],
      )
      candidates = rows.map((r) => r.id)
    }
    if (match) {
      const rows = await sql.all<{ r: number; score: number }>(
        'SELECT rowid AS r, bm25(search_fts, 10.0, 4.0, 1.0) AS score FROM search_fts WHERE search_fts MATCH ?',
        [match],
      )
      scores = new Map(rows.map((r) => [r.r, r.score]))
      candidates = candidates ? candidates.filter((id) => scores!.has(id)) : [...scores.keys()]
    }

    const { where, args } = filterClauses(q)
    if (candidates) {
      where.unshift('d.rowid IN (SELECT value FROM json_each(?))')
      args.unshift(JSON.stringify(candidates))
    }
    let rows =
      candidates && candidates.length === 0
        ? []
        : await sql.all<MatchRow>(
            `SELECT d.rowid, d.collection, d.doc_id, d.kind, d.title, d.summary, d.slug, d.lat, d.lon, d.free, d.walk_in,
               d.weekdays, d.parts, d.access, d.rungs, d.next_start
             FROM search_docs d ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
            args,
          )

    const distance = new Map<number, number>()
    if (q.near) {
      const near = q.near
      rows = rows.filter((r) => {
        if (r.lat === null || r.lon === null) return false
        const km = haversineKm(near, { lat: r.lat, lon: r.lon })
        distance.set(r.rowid, km)
        return km <= near.radiusKm
      })
    }

    const sort = q.sort ?? 'relevance'
    if (sort === 'distance' && q.near) rows.sort((a, b) => distance.get(a.rowid)! - distance.get(b.rowid)! || byRowid(a, b))
    else if (sort === 'soonest') rows.sort(bySoonest)
    else if (scores) rows.sort((a, b) => scores!.get(a.rowid)! - scores!.get(b.rowid)! || byRowid(a, b))
    else if (q.near) rows.sort((a, b) => distance.get(a.rowid)! - distance.get(b.rowid)! || byRowid(a, b))
    else rows.sort(bySoonest)

    const pageRows = rows.slice((page - 1) * pageSize, page * pageSize)
    const snippets = new Map<number, string>()
    if (match && pageRows.length) {
      const found = await sql.all<{ r: number; s: string }>(
        `SELECT rowid AS r, snippet(search_fts, -1, ?, ?, '…', 16) AS s FROM search_fts
         WHERE search_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))`,
        [MARK_START, MARK_END, match, JSON.stringify(pageRows.map((r) => r.rowid))],
      )
      for (const f of found) snippets.set(f.r, snippetHtml(f.s))
    }

    const hits: SearchHit[] = pageRows.map((r) => ({
      collection: r.collection,
      id: r.doc_id,
      kind: r.kind,
      title: r.title,
      slug: r.slug,
      ...(q.near ? { distanceKm: Math.round(distance.get(r.rowid)! * 100) / 100 } : {}),
      snippet: snippets.get(r.rowid) ?? snippetHtml(r.summary),
      nextStart: r.next_start,
    }))
    return { hits, total: rows.length, page, pageSize, facets: await countFacets(sql, rows) }
  },
})
