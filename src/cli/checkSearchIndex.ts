import type { Payload } from 'payload'

import { isSqlite, sqlExecutor } from '../../plugins/directory/search/sqlExecutor'
import { activityToIndexDoc, openingToIndexDoc } from '../lib/search/toIndexDoc'
import type { IndexDoc } from '../lib/search/types'
import type { Activity, Opening } from '../payload-types'

export interface SearchIndexReport {
  listings: number
  indexed: number
  /** Listings the public sees that the index lacks. */
  missing: string[]
  /** Index rows of listings the public does not see (deleted, unpublished, hidden). */
  extra: string[]
  /** Rows whose title, summary, slug, kind or place differ from the listing. */
  stale: string[]
  /** The index's own tables disagree (text or location rows without a listing row, FTS5 damage). */
  broken: string[]
}

type Row = {
  collection: string
  doc_id: string
  kind: string
  title: string
  summary: string
  slug: string | null
  lat: number | null
  lon: number | null
}

const key = (collection: string, id: string | number) => `${collection}/${id}`
const near = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-9)
const sameAs = (row: Row, doc: IndexDoc) =>
  row.kind === doc.kind &&
  row.title === doc.title &&
  row.summary === doc.summary &&
  (row.slug ?? null) === doc.slug &&
  near(row.lat, doc.lat) &&
  near(row.lon, doc.lon)

/** What the index should hold: every listing an anonymous visitor may read, as reindexAll writes it. */
const expectedDocs = async (payload: Payload): Promise<Map<string, IndexDoc>> => {
  const expected = new Map<string, IndexDoc>()
  const now = new Date()
  for (const collection of ['activities', 'openings'] as const) {
    const { docs } = await payload.find({ collection, depth: 1, pagination: false, overrideAccess: false, user: null })
    for (const doc of docs) {
      // The next start depends on the day and is refreshed nightly: not compared, so no holidays needed.
      const indexDoc =
        collection === 'activities' ? activityToIndexDoc(doc as Activity, now, []) : openingToIndexDoc(doc as Opening)
      expected.set(key(collection, doc.id), indexDoc)
    }
  }
  return expected
}

/**
 * Compares the public search index (SQLite side tables) with the listings, read as an anonymous
 * visitor. Read-only except FTS5's own integrity check. `npm run search:reindex` repairs what
 * it finds.
 */
export const checkSearchIndex = async (payload: Payload): Promise<SearchIndexReport> => {
  if (!isSqlite(payload))
    throw new Error('search:check compares the SQLite index; on MongoDB run search:reindex instead')
  const sql = sqlExecutor(payload)
  const expected = await expectedDocs(payload)
  const rows = await sql.all<Row>('SELECT collection, doc_id, kind, title, summary, slug, lat, lon FROM search_docs')
  const report: SearchIndexReport = {
    listings: expected.size,
    indexed: rows.length,
    missing: [],
    extra: [],
    stale: [],
    broken: [],
  }
  const seen = new Set<string>()
  for (const row of rows) {
    const k = key(row.collection, row.doc_id)
    seen.add(k)
    const doc = expected.get(k)
    if (!doc) report.extra.push(k)
    else if (!sameAs(row, doc)) report.stale.push(k)
  }
  for (const k of expected.keys()) if (!seen.has(k)) report.missing.push(k)

  const orphans = async (label: string, query: string) => {
    const found = await sql.all<{ id: number }>(query)
    for (const { id } of found) report.broken.push(`${label} ${id}`)
  }
  await orphans(
    'text row without listing row',
    'SELECT rowid AS id FROM search_fts EXCEPT SELECT rowid FROM search_docs',
  )
  await orphans(
    'listing row without text row',
    'SELECT rowid AS id FROM search_docs EXCEPT SELECT rowid FROM search_fts',
  )
  await orphans('location row without listing row', 'SELECT id FROM search_rtree EXCEPT SELECT rowid FROM search_docs')
  await orphans(
    'listing row without location row',
    'SELECT rowid AS id FROM search_docs WHERE lat IS NOT NULL AND lon IS NOT NULL EXCEPT SELECT id FROM search_rtree',
  )
  try {
    await sql.run("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
  } catch (error) {
    report.broken.push(`FTS5 integrity check: ${(error as Error).message}`)
  }
  return report
}

export const isConsistent = (report: SearchIndexReport): boolean =>
  !report.missing.length && !report.extra.length && !report.stale.length && !report.broken.length
