import type { Payload } from 'payload'

import { searchStoreFor } from '../../plugins/directory/index'
import type { ExternalListingData } from '../lib/federation/fromSessionSeries'
import { externalIndexDoc } from '../lib/federation/indexDoc'
import { listingKey } from '../lib/search/store/types'
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
  /** The store disagrees with itself: a listing kept under another listing's key, or twice. */
  broken: string[]
}

const key = (collection: IndexDoc['collection'], id: string | number) =>
  listingKey(collection, String(id))
const near = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) < 1e-9
const sameAs = (row: IndexDoc, doc: IndexDoc) =>
  row.kind === doc.kind &&
  row.title === doc.title &&
  row.summary === doc.summary &&
  (row.slug ?? null) === doc.slug &&
  near(row.lat, doc.lat) &&
  near(row.lon, doc.lon)

/** Listings read per round trip. */
const CHUNK = 5000

/** What the index should hold: every listing an anonymous visitor may read, as reindexAll writes it. */
const expectedDocs = async (payload: Payload): Promise<Map<string, IndexDoc>> => {
  const expected = new Map<string, IndexDoc>()
  const now = new Date()
  for (const collection of ['activities', 'openings'] as const) {
    const { docs } = await payload.find({
      collection,
      depth: 1,
      pagination: false,
      overrideAccess: false,
      user: null,
    })
    for (const doc of docs) {
      // The next start depends on the day and is refreshed nightly: not compared, so no holidays needed.
      const indexDoc =
        collection === 'activities'
          ? activityToIndexDoc(doc as Activity, now, [])
          : openingToIndexDoc(doc as Opening)
      expected.set(key(collection, doc.id), indexDoc)
    }
  }
  // Listings of other directories, as the federation job indexes them.
  const { docs } = await payload.find({
    collection: 'external-listings',
    pagination: false,
    depth: 0,
  })
  for (const e of docs) {
    const row = externalIndexDoc(e, e.data as unknown as ExternalListingData, now, [])
    if (row) expected.set(key('external-listings', e.id), row)
  }
  return expected
}

/**
 * Compares the public search index (the store's listings, on any database) with the listings,
 * read as an anonymous visitor. Read-only. `npm run search:reindex` repairs what it finds.
 */
export const checkSearchIndex = async (payload: Payload): Promise<SearchIndexReport> => {
  const store = searchStoreFor(payload)
  if (!store) throw new Error('This database has no search store')
  const expected = await expectedDocs(payload)
  const report: SearchIndexReport = {
    listings: expected.size,
    indexed: 0,
    missing: [],
    extra: [],
    stale: [],
    broken: [],
  }
  const seen = new Set<string>()
  for (let after: string | null = null; ;) {
    const rows = await store.scan(after, CHUNK)
    // Each listing must be found again under its own key (what a page of results reads by).
    const byKey = new Set(
      (await store.read(rows.map((r) => key(r.collection, r.id)))).map((r) =>
        key(r.collection, r.id),
      ),
    )
    for (const row of rows) {
      const k = key(row.collection, row.id)
      report.indexed++
      if (seen.has(k)) report.broken.push(`${k} is stored twice`)
      else if (!byKey.has(k)) report.broken.push(`${k} is stored under another key`)
      seen.add(k)
      const doc = expected.get(k)
      if (!doc) report.extra.push(k)
      else if (!sameAs(row, doc)) report.stale.push(k)
    }
    if (rows.length < CHUNK) break
    after = key(rows.at(-1)!.collection, rows.at(-1)!.id)
  }
  for (const k of expected.keys()) if (!seen.has(k)) report.missing.push(k)
  return report
}

export const isConsistent = (report: SearchIndexReport): boolean =>
  !report.missing.length && !report.extra.length && !report.stale.length && !report.broken.length
