import type { PayloadRequest } from 'payload'
import { isDeepStrictEqual } from 'node:util'

import { readPublicListing } from '../publicDoc'
import { anonymousRequest, internalRequest, systemRequest } from '../../../collections/requests'
import { toSessionSeries } from '../../../src/lib/openactive/sessionSeries'
import type { FeedSite } from '../../../src/lib/openactive/site'
import type { SchoolHoliday } from '../../../src/lib/schedule'
import { publicSchoolHolidays } from '../search/indexListings'
import type { Activity } from '../../../src/payload-types'

/**
 * Keeps the open-data feed (collection `feed-items`) in line with what the public sees: an
 * activity that is public gets its SessionSeries written with a new change number when that
 * data changed; one that is no longer public (unpublished, hidden, deleted, over) becomes a
 * tombstone with a new change number. Runs inside the save's transaction, like the search index.
 */
const KIND = 'SessionSeries'
export const feedRequest = (req: PayloadRequest) => systemRequest(req, 'open-data-feed')
export const feedKey = (id: number | string) => `activities/${id}`

/** What building a SessionSeries needs besides the activity, read once for many. */
export interface FeedContext {
  site: FeedSite
  holidays: SchoolHoliday[]
  now: Date
}

/** The site settings' "Open data" group (province, licence), as anyone may read it. */
export const openDataSettings = async (req: PayloadRequest) =>
  (
    await req.payload.findGlobal({
      slug: 'site-settings',
      depth: 0,
      overrideAccess: false,
      req: anonymousRequest(req),
    })
  ).openData

export const feedContext = async (req: PayloadRequest, now = new Date()): Promise<FeedContext> => {
  return {
    site: {
      serverURL: req.payload.config.serverURL,
      province: (await openDataSettings(req))?.province,
    },
    holidays: await publicSchoolHolidays(req.payload, req),
    now,
  }
}

const nextChangeNumber = async (req: PayloadRequest): Promise<number> => {
  const { docs } = await req.payload.find({
    collection: 'feed-items',
    sort: '-changeNumber',
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    req: feedRequest(req),
    select: { changeNumber: true },
  })
  return (docs[0]?.changeNumber ?? 0) + 1
}

const feedRow = async (req: PayloadRequest, key: string) =>
  (
    await req.payload.find({
      collection: 'feed-items',
      where: { listing: { equals: key } },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: false,
      req: feedRequest(req),
    })
  ).docs[0]

type Outcome = 'updated' | 'deleted' | 'unchanged'

/** Brings one activity's feed item in line with the public page; says what it did. */
export const refreshFeedItem = (
  req: PayloadRequest,
  id: number | string,
  context?: FeedContext,
  /** The saved version, read once with the search index (see plugins/directory/publicDoc.ts). */
  version?: string | null,
): Promise<Outcome> => oneAtATime(req, () => refresh(req, id, context, version))

/**
 * Payload runs the hooks of a bulk change (delete where …) side by side in one transaction:
 * each would read the same highest change number. Within a transaction they take turns;
 * separate transactions are already serialised by the database's write lock.
 */
const turns = new Map<unknown, Promise<unknown>>()
const oneAtATime = <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const key = req.transactionID ?? req
  const result = (turns.get(key) ?? Promise.resolve()).then(work, work)
  const settled = result.catch(() => undefined)
  turns.set(key, settled)
  void settled.then(() => turns.get(key) === settled && turns.delete(key))
  return result
}

const refresh = async (
  req: PayloadRequest,
  id: number | string,
  context?: FeedContext,
  version?: string | null,
): Promise<Outcome> => {
  const doc = (await readPublicListing(req, 'activities', id, version)) as Activity | null
  // The settings and holidays are read only for an activity the public sees.
  const ctx = doc ? (context ?? (await feedContext(req))) : undefined
  const data = doc && ctx && toSessionSeries(ctx.site, doc, ctx.now, ctx.holidays)
  const row = await feedRow(req, feedKey(id))
  if (!data) {
    if (!row || row.state === 'deleted') return 'unchanged'
    await write(req, row.id, {
      state: 'deleted',
      data: null,
      deletedAt: (context?.now ?? new Date()).toISOString(),
      changeNumber: await nextChangeNumber(req),
    })
    return 'deleted'
  }
  if (row?.state === 'updated' && isDeepStrictEqual(row.data, data)) return 'unchanged'
  const fields = { state: 'updated' as const, data, deletedAt: null }
  await write(req, row?.id, { ...fields, changeNumber: await nextChangeNumber(req) }, feedKey(id))
  return 'updated'
}

type RowData = {
  state: 'updated' | 'deleted'
  data: unknown
  deletedAt: string | null
  changeNumber: number
}

/** Updates the row, or creates it for `listing`. */
const write = async (
  req: PayloadRequest,
  rowID: number | undefined,
  data: RowData,
  listing?: string,
) => {
  const common = { depth: 0, overrideAccess: false, req: feedRequest(req) }
  if (rowID !== undefined)
    await req.payload.update({
      collection: 'feed-items',
      id: rowID,
      data: data as never,
      ...common,
    })
  else
    await req.payload.create({
      collection: 'feed-items',
      data: { ...data, listing: listing!, kind: KIND } as never,
      ...common,
    })
}

/** The activities that show this venue, organisation or theme in their feed data. */
export const refreshFeedWhere = async (
  req: PayloadRequest,
  field: 'venue' | 'organisation' | 'themes',
  id: number | string,
) => {
  const { docs } = await req.payload.find({
    collection: 'activities',
    where: { [field]: { equals: id } },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    select: {},
    // Every one of them, not a page capped for REST clients.
    req: internalRequest(anonymousRequest(req)),
  })
  if (!docs.length) return
  const context = await feedContext(req)
  for (const doc of docs) await refreshFeedItem(req, doc.id, context)
}
