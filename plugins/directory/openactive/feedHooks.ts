import type {
  CollectionAfterChangeHook,
  CollectionConfig,
  GlobalConfig,
  PayloadRequest,
} from 'payload'

import { DIRECTORY_QUEUE, TASKS } from '../constants'
import { refreshFeedItem, refreshFeedWhere } from './feedWriter'

type Hooks = NonNullable<CollectionConfig['hooks']>

/**
 * Asks the job runner to refresh the whole feed (after a change that touches every item),
 * unless a refresh is already waiting: the reference data saves many school holidays at once.
 */
const queueRefresh = async ({ req }: { req: PayloadRequest }) => {
  const waiting = await req.payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: TASKS.refreshFeed } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
      ],
    },
    // The server's own queue, which no client reads; the job is queued the same way below.
    overrideAccess: true,
    req,
  })
  if (waiting.totalDocs) return
  await req.payload.jobs.queue({ task: TASKS.refreshFeed, input: {}, queue: DIRECTORY_QUEUE, req })
}

/** When a document that activities show in the feed changes, their items are brought in line. */
const refreshWhere = (field: 'venue' | 'organisation' | 'themes'): Hooks => ({
  afterChange: [
    (async ({ doc, req }) => {
      await refreshFeedWhere(req, field, doc.id)
      return doc
    }) satisfies CollectionAfterChangeHook<{ id: number }>,
  ],
})

/**
 * The open-data feed's hooks per collection. They run inside the save's transaction (they pass
 * `req`), so a listing and its feed item commit or roll back together.
 */
export const FEED_HOOKS: Record<string, Hooks> = {
  activities: {
    afterChange: [
      (async ({ doc, req }) => {
        await refreshFeedItem(req, doc.id, undefined, doc.updatedAt)
        return doc
      }) satisfies CollectionAfterChangeHook<{ id: number; updatedAt: string }>,
    ],
    afterDelete: [
      async ({ id, req }) => {
        await refreshFeedItem(req, id)
      },
    ],
  },
  venues: refreshWhere('venue'),
  organisations: refreshWhere('organisation'),
  themes: refreshWhere('themes'),
  'school-holidays': { afterChange: [queueRefresh], afterDelete: [queueRefresh] },
}

/** The province and licence in the site settings are part of every item. */
export const feedSettingsHook: NonNullable<GlobalConfig['hooks']>['afterChange'] = [
  async ({ doc, req }) => {
    await queueRefresh({ req })
    return doc as unknown
  },
]
