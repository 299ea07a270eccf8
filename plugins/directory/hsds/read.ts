import type { PayloadRequest, Where } from 'payload'

import type { ActivityRecord, OpeningRecord, ServiceRecord } from '../../../src/lib/hsds/map'
import type { HsdsPaging } from '../../../src/lib/hsds/page'
import { anonymousRequest, internalRequest } from '../../../collections/requests'

/**
 * Reads for the HSDS API, as the public sees the directory: published, and listings not hidden
 * as out of date. Every read goes through the access rules (`overrideAccess: false`).
 */
export type HsdsCollection = 'activities' | 'openings' | 'organisations'

/**
 * The public's view, for the server's own reads: whole lists and pages of up to 500 as asked,
 * not REST's page cap, which is for what a client asks of the collections directly.
 */
export const publicReader = (req: PayloadRequest): PayloadRequest =>
  internalRequest(anonymousRequest(req))

const PUBLISHED: Where = { _status: { equals: 'published' } }
const PUBLIC_LISTING: Where = { and: [PUBLISHED, { staleHidden: { not_equals: true } }] }

export const publicWhere = (collection: HsdsCollection, extra: Where[] = []): Where => ({
  and: [collection === 'organisations' ? PUBLISHED : PUBLIC_LISTING, ...extra],
})

const read = (
  req: PayloadRequest,
  collection: HsdsCollection,
  where: Where,
  page: number,
  limit: number,
) =>
  req.payload.find({
    collection,
    where,
    sort: 'id',
    page,
    limit,
    depth: 0,
    overrideAccess: false,
    req: publicReader(req),
  })

export const countOf = async (req: PayloadRequest, collection: HsdsCollection, where: Where) =>
  (
    await req.payload.count({
      collection,
      where,
      overrideAccess: false,
      req: publicReader(req),
    })
  ).totalDocs

/** The documents at positions [start, start + length) in id order (two pages read at the most). */
export const sliceOf = async (
  req: PayloadRequest,
  collection: HsdsCollection,
  where: Where,
  start: number,
  length: number,
) => {
  if (length <= 0) return []
  const first = Math.floor(start / length) + 1
  const pages = await Promise.all(
    (start % length === 0 ? [first] : [first, first + 1]).map((p) =>
      read(req, collection, where, p, length),
    ),
  )
  const docs = pages.flatMap((p) => p.docs)
  const from = start - (first - 1) * length
  return docs.slice(from, from + length)
}

/** One public document by id, or null. */
export const oneOf = async (req: PayloadRequest, collection: HsdsCollection, id: number) => {
  const { docs } = await req.payload.find({
    collection,
    where: publicWhere(collection, [{ id: { equals: id } }]),
    depth: 0,
    limit: 1,
    overrideAccess: false,
    req: publicReader(req),
  })
  return docs[0] ?? null
}

/** A page over activities then openings, as if they were one list ordered by kind and id. */
export const servicesSlice = async (req: PayloadRequest, extra: Where[], paging: HsdsPaging) => {
  const whereA = publicWhere('activities', extra)
  const whereO = publicWhere('openings', extra)
  const [activities, openings] = await Promise.all([
    countOf(req, 'activities', whereA),
    countOf(req, 'openings', whereO),
  ])
  const start = (paging.page - 1) * paging.perPage
  const fromActivities = Math.max(0, Math.min(paging.perPage, activities - start))
  const openingsStart = Math.max(0, start - activities)
  const [a, o] = await Promise.all([
    sliceOf(req, 'activities', whereA, start, fromActivities),
    sliceOf(req, 'openings', whereO, openingsStart, paging.perPage - fromActivities),
  ])
  const records: ServiceRecord[] = [
    ...a.map((doc) => ({
      collection: 'activities' as const,
      doc: doc as unknown as ActivityRecord,
    })),
    ...o.map((doc) => ({ collection: 'openings' as const, doc: doc as unknown as OpeningRecord })),
  ]
  return { total: activities + openings, records }
}
