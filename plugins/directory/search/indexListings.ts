import type { Payload, PayloadRequest } from 'payload'

import { anonymousRequest } from '../../../collections/requests'
import { schoolHolidayFromFields } from '../../../src/lib/schedule'
import { externalIndexDoc } from '../../../src/lib/federation/indexDoc'
import type { ExternalListingData } from '../../../src/lib/federation/fromSessionSeries'
import type { SchoolHoliday } from '../../../src/lib/schedule'
import { activityToIndexDoc, openingToIndexDoc } from '../../../src/lib/search/toIndexDoc'
import type { Activity, Opening } from '../../../src/payload-types'
import type { ListingSlug } from '../constants'
import { readPublicListing } from '../publicDoc'
import { countIndexed, inBulk, indexWriterFor, searchEngineFor, searchStoreFor } from './backend'
import { internalRequest } from '../../../collections/requests'

/** How many index changes the nightly job keeps (a process further behind loads everything again). */
const CHANGES_KEPT = 10_000

/** The public index holds exactly what anonymous readers may see. */
const anonymous = anonymousRequest

/** How long a listing stays public unconfirmed (the plugin's freshness option, kept on the collection). */
const hideAfterDays = (payload: Payload, collection: ListingSlug): number | undefined => {
  const days: unknown = payload.collections[collection]?.config.custom?.hideAfterDays
  return typeof days === 'number' ? days : undefined
}

/** A listing as the anonymous reader sees it → its index row. */
const toIndexDoc = (
  payload: Payload,
  collection: ListingSlug,
  doc: unknown,
  now: Date,
  holidays: SchoolHoliday[],
) =>
  collection === 'activities'
    ? activityToIndexDoc(doc as Activity, now, holidays, hideAfterDays(payload, collection))
    : openingToIndexDoc(doc as Opening, hideAfterDays(payload, collection))

export const publicSchoolHolidays = async (
  payload: Payload,
  req?: PayloadRequest,
): Promise<SchoolHoliday[]> => {
  const { docs } = await payload.find({
    collection: 'school-holidays',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    ...(req ? { req: anonymous(req) } : { user: null }),
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
  /** The saved version (`updatedAt`), when the feed will read the same listing after this save. */
  version?: string | null,
) => {
  const writer = await indexWriterFor(req)
  if (!writer) return
  const doc = await readPublicListing(req, collection, id, version)
  if (!doc) return writer.remove(collection, String(id))
  await writer.upsert(
    toIndexDoc(
      req.payload,
      collection,
      doc,
      now,
      holidays ?? (collection === 'activities' ? await publicSchoolHolidays(req.payload, req) : []),
    ),
  )
}

export const removeListing = async (
  req: PayloadRequest,
  collection: ListingSlug,
  id: number | string,
) => {
  await (await indexWriterFor(req))?.remove(collection, String(id))
}

/** Listings whose index rows depend on another document (their venue or organisation). */
export const reindexListingsWhere = async (
  req: PayloadRequest,
  field: 'venue' | 'organisation',
  id: number | string,
) => {
  const holidays = await publicSchoolHolidays(req.payload, req)
  for (const collection of ['activities', 'openings'] as const) {
    const { docs } = await req.payload.find({
      collection,
      where: { [field]: { equals: id } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req: internalRequest(req),
      select: {},
    })
    for (const doc of docs) await reindexListing(req, collection, doc.id, new Date(), holidays)
  }
}

/**
 * Rebuilds the whole public index from the listings, reading as an anonymous visitor, in one
 * transaction per collection page. Returns the number of rows written.
 */
export const reindexAll = async (
  payload: Payload,
  now = new Date(),
): Promise<{ activities: number; openings: number }> => {
  const writer = searchStoreFor(payload)
  if (!writer) throw new Error('No search index for this database')
  const holidays = await publicSchoolHolidays(payload)
  await writer.clear()
  const counts = { activities: 0, openings: 0 }
  for (const collection of ['activities', 'openings'] as const) {
    for (let page = 1; ; page++) {
      const result = await payload.find({
        collection,
        depth: 1,
        limit: 200,
        page,
        overrideAccess: false,
        user: null,
        sort: 'id',
      })
      // One transaction per page where the database offers it (on SQLite: 100k listings in seconds).
      await inBulk(payload, async () => {
        for (const doc of result.docs) {
          await writer.upsert(toIndexDoc(payload, collection, doc, now, holidays))
          counts[collection]++
        }
      })
      if (!result.hasNextPage) break
    }
  }
  // Listings of other directories: their rows come from what their feed said.
  const { docs } = await payload.find({
    collection: 'external-listings',
    pagination: false,
    depth: 0,
  })
  await inBulk(payload, async () => {
    for (const e of docs) {
      const row = externalIndexDoc(e, e.data as unknown as ExternalListingData, now, holidays)
      if (row) await writer.upsert(row)
    }
  })
  return counts
}

/** Fills the index when it is empty but there are listings (a new index on an existing database). */
export const ensureSearchIndex = async (
  payload: Payload,
): Promise<{ rebuilt: boolean; rows: number }> => {
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
  const engine = searchEngineFor(req.payload)
  if (!engine) return 0
  await engine.ready()
  const due = engine.index.nextBefore(now.getTime(), 'activities/')
  const holidays = due.length ? await publicSchoolHolidays(req.payload, req) : []
  for (const key of due)
    await reindexListing(req, 'activities', key.slice('activities/'.length), now, holidays)
  await searchStoreFor(req.payload)?.prune(CHANGES_KEPT)
  return due.length
}
