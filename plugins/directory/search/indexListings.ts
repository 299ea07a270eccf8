import type { Payload, PayloadRequest } from 'payload'

import { anonymousRequest } from '../../../collections/access/anonymousRequest'
import { schoolHolidayFromFields } from '../../../src/lib/schedule'
import type { SchoolHoliday } from '../../../src/lib/schedule'
import { pruneSearchChanges } from '../../../src/lib/search/sqlite/columns'
import type { SqlExecutor } from '../../../src/lib/search/sqlite/schema'
import { activityToIndexDoc, openingToIndexDoc } from '../../../src/lib/search/toIndexDoc'
import type { Activity, Opening } from '../../../src/payload-types'
import { countIndexed, indexWriterFor, indexWriterForRebuild, prepareIndex } from './backend'
import { isSqlite, sqlExecutor, sqlExecutorFor } from './sqlExecutor'
import { internalRequest } from '../hooks/capPageSize'

export type ListingSlug = 'activities' | 'openings'

/** The public index holds exactly what anonymous readers may see. */
const anonymous = anonymousRequest

export const publicSchoolHolidays = async (payload: Payload, req?: PayloadRequest): Promise<SchoolHoliday[]> => {
  const { docs } = await payload.find({
    collection: 'school-holidays', pagination: false, depth: 0, overrideAccess: false, ...(req ? { req: anonymous(req) } : { user: null }),
  })
  return docs.map(schoolHolidayFromFields)
}

/**
 * Brings one listing's index row in line with what the public sees now (or removes it).
 * Callers that reindex many listings pass the school holidays, read once.
 */
export const reindexListing = async (
  req: PayloadRequest,
  collection: ListingSlug,
  id: number | string,
  now = new Date(),
  holidays?: SchoolHoliday[],
) => {
  const writer = await indexWriterFor(req)
  if (!writer) return
  const doc = await req.payload.findByID({ collection, id, depth: 1, overrideAccess: false, req: anonymous(req), disableErrors: true })
  if (!doc) return writer.remove(collection, String(id))
  const indexDoc =
    collection === 'activities'
      ? activityToIndexDoc(doc as Activity, now, holidays ?? (await publicSchoolHolidays(req.payload, req)))
      : openingToIndexDoc(doc as Opening)
  await writer.upsert(indexDoc)
}

export const removeListing = async (req: PayloadRequest, collection: ListingSlug, id: number | string) => {
  await (await indexWriterFor(req))?.remove(collection, String(id))
}

/** Listings whose index rows depend on another document (their venue or organisation). */
export const reindexListingsWhere = async (req: PayloadRequest, field: 'venue' | 'organisation', id: number | string) => {
  const holidays = await publicSchoolHolidays(req.payload, req)
  for (const collection of ['activities', 'openings'] as const) {
    const { docs } = await req.payload.find({
      collection, where: { [field]: { equals: id } }, pagination: false, depth: 0, overrideAccess: true, req: internalRequest(req), select: {},
    })
    for (const doc of docs) await reindexListing(req, collection, doc.id, new Date(), holidays)
  }
}

/**
 * Rebuilds the whole public index from the listings, reading as an anonymous visitor, in one
 * transaction per collection page. Returns the number of rows written.
 */
export const reindexAll = async (payload: Payload, now = new Date()): Promise<{ activities: number; openings: number }> => {
  const writer = indexWriterForRebuild(payload)
  if (!writer) throw new Error('No search index for this database')
  await prepareIndex(payload)
  // On SQLite one transaction per page keeps a rebuild of 100k listings to seconds.
  const sql: SqlExecutor | null = isSqlite(payload) ? sqlExecutor(payload) : null
  const holidays = await publicSchoolHolidays(payload)
  await writer.clear()
  const counts = { activities: 0, openings: 0 }
  for (const collection of ['activities', 'openings'] as const) {
    for (let page = 1; ; page++) {
      const result = await payload.find({ collection, depth: 1, limit: 200, page, overrideAccess: false, user: null, sort: 'id' })
      await sql?.run('BEGIN')
      try {
        for (const doc of result.docs) {
          await writer.upsert(collection === 'activities' ? activityToIndexDoc(doc as Activity, now, holidays) : openingToIndexDoc(doc as Opening))
          counts[collection]++
        }
        await sql?.run('COMMIT')
      } catch (error) {
        await sql?.run('ROLLBACK')
        throw error
      }
      if (!result.hasNextPage) break
    }
  }
  return counts
}

/** Fills the index when it is empty but there are listings (a new index on an existing database). */
export const ensureSearchIndex = async (payload: Payload): Promise<{ rebuilt: boolean; rows: number }> => {
  await prepareIndex(payload)
  const n = await countIndexed(payload)
  if (n > 0) return { rebuilt: false, rows: n }
  const counts = await reindexAll(payload)
  return { rebuilt: true, rows: counts.activities + counts.openings }
}

/**
 * "Next time" moves on as days pass: recompute activities whose next start is in the past
 * (or unknown). Run by the nightly job, inside its request.
 */
export const refreshNextStarts = async (req: PayloadRequest, now: Date): Promise<number> => {
  if (!isSqlite(req.payload)) return 0
  const sql = await sqlExecutorFor(req)
  const due = await sql.all<{ doc_id: string }>(
    "SELECT doc_id FROM search_docs WHERE collection = 'activities' AND (next_start IS NULL OR next_start < ?)",
    [now.toISOString()],
  )
  const holidays = due.length ? await publicSchoolHolidays(req.payload, req) : []
  for (const { doc_id } of due) await reindexListing(req, 'activities', doc_id, now, holidays)
  await pruneSearchChanges(sql)
  return due.length
}
