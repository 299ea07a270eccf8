import type { Payload, TypedUser, Where } from 'payload'

export type ListingSlug = 'activities' | 'openings'
export const LISTING_SLUGS: ListingSlug[] = ['activities', 'openings']

/** The three lists editors (and members, for their own listings) act on. */
export type QueueName = 'awaitingReview' | 'hidden' | 'reminded'
export const QUEUES: Record<QueueName, Where> = {
  awaitingReview: { reviewState: { equals: 'awaiting_review' } },
  hidden: { staleHidden: { equals: true } },
  reminded: { and: [{ reminderSentAt: { exists: true } }, { staleHidden: { not_equals: true } }] },
}

export type ReviewQueueCounts = Record<QueueName, Record<ListingSlug, number>>

/**
 * How many listings wait for each action, as the given user may see them (editors: all;
 * organisation members: their own). Drafts count: a submission is a draft.
 */
export const countReviewQueue = async (payload: Payload, user: TypedUser | null): Promise<ReviewQueueCounts> => {
  const entries = await Promise.all(
    (Object.keys(QUEUES) as QueueName[]).map(async (queue) => {
      const perSlug = await Promise.all(
        LISTING_SLUGS.map(async (collection) => {
          // `find` with draft: true reads the latest version, where a pending edit of a published listing lives.
          const { totalDocs } = await payload.find({
            collection, where: QUEUES[queue], draft: true, overrideAccess: false, user, limit: 1, depth: 0, select: {},
          })
          return [collection, totalDocs] as const
        }),
      )
      return [queue, Object.fromEntries(perSlug) as Record<ListingSlug, number>] as const
    }),
  )
  return Object.fromEntries(entries) as ReviewQueueCounts
}

/** The admin list view filtered to one queue (Payload reads `where` from the query string). */
export const queueListURL = (adminRoute: string, collection: ListingSlug, queue: QueueName): string => {
  const params = new URLSearchParams()
  const flatten = (where: Where, prefix: string) => {
    for (const [key, value] of Object.entries(where)) {
      if (Array.isArray(value)) value.forEach((w, i) => flatten(w as Where, `${prefix}[${key}][${i}]`))
      else if (value && typeof value === 'object') flatten(value as Where, `${prefix}[${key}]`)
      else params.append(`${prefix}[${key}]`, String(value))
    }
  }
  flatten(QUEUES[queue], 'where')
  return `${adminRoute}/collections/${collection}?${params.toString()}`
}
