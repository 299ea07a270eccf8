import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type TaskConfig,
} from 'payload'

import { internalRequest } from '../../../collections/requests'
import type { SanitizedDirectoryOptions } from '../types'
import { DIRECTORY_QUEUE, TASKS } from '../constants'
import { feedContext, feedRequest, refreshFeedItem } from './feedWriter'

const DAY = 86_400_000
const BATCH = 50

/** Every activity id, and every id the feed still shows as present (its activity may be gone). */
const idsToCheck = async (payload: Payload): Promise<string[]> => {
  const req = internalRequest(await createLocalReq({}, payload))
  const [activities, rows] = await Promise.all([
    payload.find({ collection: 'activities', pagination: false, depth: 0, select: {}, req }),
    payload.find({
      collection: 'feed-items',
      where: { state: { equals: 'updated' } },
      pagination: false,
      depth: 0,
      select: { listing: true },
      overrideAccess: false,
      req: feedRequest(req),
    }),
  ])
  return [
    ...new Set([
      ...activities.docs.map((d) => String(d.id)),
      ...rows.docs.map((r) => r.listing.slice('activities/'.length)),
    ]),
  ]
}

/** Refreshes `ids` in transactions of BATCH, so saves in between wait for one batch at most. */
const refreshInBatches = async (payload: Payload, ids: string[], now: Date) => {
  const counts = { updated: 0, deleted: 0, unchanged: 0 }
  for (let i = 0; i < ids.length; i += BATCH) {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      const context = await feedContext(req, now)
      for (const id of ids.slice(i, i + BATCH)) counts[await refreshFeedItem(req, id, context)]++
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  }
  return counts
}

/** Removes tombstones older than `days`: every reader has had a week to hear of them. */
const pruneTombstones = async (payload: Payload, now: Date, days: number) => {
  const req = await createLocalReq({}, payload)
  const { docs } = await payload.delete({
    collection: 'feed-items',
    where: {
      and: [
        { state: { equals: 'deleted' } },
        { deletedAt: { less_than: new Date(now.getTime() - days * DAY).toISOString() } },
      ],
    },
    depth: 0,
    overrideAccess: false,
    req: feedRequest(req),
  })
  return docs.length
}

/**
 * The nightly feed refresh: listings leave the public site as time passes (not checked for
 * months, their one day gone) without a save, and the site's province, the school holidays or
 * the calendar year change what their data says. Also queued when site settings or school
 * holidays change, and fills the feed on a database that had listings before it had a feed.
 */
export const refreshFeedTask = (options: SanitizedDirectoryOptions): TaskConfig => ({
  slug: TASKS.refreshFeed,
  label: 'Open data: refresh the activity feed, remove old tombstones',
  inputSchema: [{ name: 'now', type: 'date' }],
  outputSchema: [
    { name: 'updated', type: 'number' },
    { name: 'deleted', type: 'number' },
    { name: 'unchanged', type: 'number' },
    { name: 'pruned', type: 'number' },
  ],
  schedule: [{ cron: options.openData.cron, queue: DIRECTORY_QUEUE }],
  retries: 2,
  handler: async ({ input, req }) => {
    const given = (input as { now?: string } | undefined)?.now
    const now = given ? new Date(given) : new Date()
    const counts = await refreshInBatches(req.payload, await idsToCheck(req.payload), now)
    const pruned = await pruneTombstones(req.payload, now, options.openData.tombstoneDays)
    req.payload.logger.info({ msg: 'open data feed refreshed', ...counts, pruned })
    return { output: { ...counts, pruned } }
  },
})
