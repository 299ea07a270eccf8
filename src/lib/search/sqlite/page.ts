import { buildSnippet, type QueryTerm } from '../snippet'
import { snippetHtml } from '../text'
import type { SearchHit } from '../types'
import type { ColumnCache } from './columns'
import type { Matches } from './scan'
import type { SqlExecutor } from './schema'

interface PageRow {
  rowid: number
  collection: SearchHit['collection']
  doc_id: string
  summary: string
  slug: string | null
  ft: string | null
  fs: string | null
  fb: string | null
}

/** The page's rows by rowid (a JSON array); with their text for snippets (plans: tests/int/searchPlans.test.ts). */
export const PAGE_SQL = 'SELECT rowid, collection, doc_id, summary, slug FROM search_docs WHERE rowid IN (SELECT value FROM json_each(?))'
export const PAGE_WITH_TEXT_SQL = `SELECT d.rowid, d.collection, d.doc_id, d.summary, d.slug, f.title AS ft, f.summary AS fs, f.body AS fb
  FROM search_docs d LEFT JOIN search_fts f ON f.rowid = d.rowid WHERE d.rowid IN (SELECT value FROM json_each(?))`

/**
 * The hits of the page (positions into the matches), in that order: what the cache has, plus
 * one read of the page's rows — their ids and slugs, and with a text their own text for the
 * snippet (a rowid lookup in FTS5, no second MATCH).
 */
export const pageHits = async (sql: SqlExecutor, cache: ColumnCache, positions: number[], m: Matches, terms: QueryTerm[]): Promise<SearchHit[]> => {
  if (!positions.length) return []
  const json = JSON.stringify(positions.map((pos) => m.ids[pos]!))
  const rows = await sql.all<PageRow>(terms.length ? PAGE_WITH_TEXT_SQL : PAGE_SQL, [json])
  const details = new Map(rows.map((d) => [Number(d.rowid), d]))
  return positions.map((pos) => {
    const id = m.ids[pos]!
    const r = cache.get(id)!
    const d = details.get(id)
    const snippet = d && terms.length ? buildSnippet([d.fs ?? '', d.fb ?? '', d.ft ?? ''], terms) : null
    return {
      collection: d?.collection ?? 'activities',
      id: d?.doc_id ?? '',
      kind: r.kind,
      title: r.title,
      slug: d?.slug ?? null,
      ...(m.km ? { distanceKm: Math.round(m.km[pos]! * 100) / 100 } : {}),
      ...(r.lat !== null && r.lon !== null ? { point: { lat: r.lat, lon: r.lon } } : {}),
      snippet: snippet ?? snippetHtml(d?.summary ?? ''),
      nextStart: r.next,
    }
  })
}
