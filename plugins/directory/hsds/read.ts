import type { PayloadRequest, Where } from 'payload'

import type { ActivityRecord, OpeningRecord, ServiceRecord } from '../../../src/lib/hsds/map'
import type { HsdsPaging } from '../../../src/lib/hsds/page'
import { anonymousRequest, internalRequest } from '../../../collections/requests'
import { publicIDs } from './publicIDs'

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
// A listing whose organisation was deleted has no organization_id to give (HSDS requires one).
const PUBLIC_LISTING: Where = {
  and: [PUBLISHED, { staleHidden: { not_equals: true } }, { organisation: { exists: true } }],
}

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

/** Every public id of a collection under `where`, in id order (remembered a while: publicIDs). */
const idsOf = (req: PayloadRequest, collection: 'activities' | 'openings', where: Where) =>
  publicIDs(req, collection, where, async () =>
    (
      await req.payload.find({
        collection,
        where,
        sort: 'id',
        pagination: false,
        depth: 0,
        select: {},
        overrideAccess: false,
        req: publicReader(req),
      })
    ).docs.map((d) => d.id),
  )

/**
 * What a service is made of (ActivityRecord, OpeningRecord and the profile's fields in
 * src/lib/hsds), and the venue its locations need: only these are read, not photos, areas,
 * review state or professional notes.
 */
const SHARED = {
  title: true,
  slug: true,
  summary: true,
  description: true,
  organisation: true,
  venue: true,
  contact: true,
  checkedOn: true,
  updatedAt: true,
  themes: true,
  ladderRungs: true,
} as const
const SERVICE_FIELDS = {
  activities: {
    ...SHARED,
    schedule: true,
    cost: true,
    ageMin: true,
    ageMax: true,
    signUp: true,
    lowThreshold: true,
    locationKind: true,
  },
  openings: { ...SHARED, status: true, requirements: true, howToApply: true, kind: true },
} as const

/** These public documents, in id order (one that stopped being public meanwhile is left out). */
const byIDs = async (
  req: PayloadRequest,
  collection: 'activities' | 'openings',
  where: Where,
  ids: number[],
) =>
  ids.length
    ? (
        await req.payload.find({
          collection,
          where: { and: [where, { id: { in: ids } }] },
          sort: 'id',
          pagination: false,
          limit: ids.length,
          depth: 0,
          select: SERVICE_FIELDS[collection],
          overrideAccess: false,
          req: publicReader(req),
        })
      ).docs
    : []

/** A page over activities then openings, as if they were one list ordered by kind and id. */
export const servicesSlice = async (req: PayloadRequest, extra: Where[], paging: HsdsPaging) => {
  const whereA = publicWhere('activities', extra)
  const whereO = publicWhere('openings', extra)
  const [activities, openings] = await Promise.all([
    idsOf(req, 'activities', whereA),
    idsOf(req, 'openings', whereO),
  ])
  const start = (paging.page - 1) * paging.perPage
  const page = activities.slice(start, start + paging.perPage)
  const openingsStart = Math.max(0, start - activities.length)
  const fromOpenings = openings.slice(openingsStart, openingsStart + paging.perPage - page.length)
  const [a, o] = await Promise.all([
    byIDs(req, 'activities', whereA, page),
    byIDs(req, 'openings', whereO, fromOpenings),
  ])
  const records: ServiceRecord[] = [
    ...a.map((doc) => ({
      collection: 'activities' as const,
      doc: doc as unknown as ActivityRecord,
    })),
    ...o.map((doc) => ({ collection: 'openings' as const, doc: doc as unknown as OpeningRecord })),
  ]
  return { total: activities.length + openings.length, records }
}
