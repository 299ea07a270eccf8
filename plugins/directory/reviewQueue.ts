import type { Payload, TypedUser, Where } from 'payload'

import { getUserOrganisationIDs } from '../../collections/access/getUserOrganisationIDs'
import { isEditorUser } from '../../collections/access/roles'
import { MODERATED_SLUGS, type ModeratedSlug } from './jobs/moderationEmail'

const DAY = 24 * 60 * 60 * 1000
const LISTINGS: ModeratedSlug[] = ['activities', 'openings']

/** A venue with no pin, or whose address was not found: its listings cannot be found nearby. */
const NO_LOCATION: Where = {
  or: [{ location: { exists: false } }, { locationStatus: { equals: 'not_verified' } }],
}

export interface QueueContext {
  now: Date
  /** Days after `checkedOn` when a listing is hidden (the plugin's `freshness.hideAfterDays`). */
  hideAfterDays: number
}

interface Queue {
  collections: ModeratedSlug[]
  where: (slug: ModeratedSlug, q: QueueContext) => Where
  /** Who the queue is for: editors act on submissions; members on what needs them. */
  for: 'everyone' | 'members' | 'editors'
}

export type QueueName =
  'awaitingReview' | 'changesRequested' | 'goingStale' | 'hidden' | 'reminded' | 'noLocation'

/** The lists people act on, each a link to the filtered admin list. */
const QUEUES: Record<QueueName, Queue> = {
  awaitingReview: {
    for: 'everyone',
    collections: [...MODERATED_SLUGS],
    where: () => ({ reviewState: { equals: 'awaiting_review' } }),
  },
  changesRequested: {
    for: 'everyone',
    collections: [...MODERATED_SLUGS],
    where: () => ({ reviewState: { equals: 'changes_requested' } }),
  },
  goingStale: {
    for: 'members',
    collections: LISTINGS,
    // Published, not hidden yet, and hidden within 30 days unless someone confirms it.
    where: (_slug, q): Where => ({
      and: [
        { _status: { equals: 'published' } },
        { staleHidden: { not_equals: true } },
        {
          checkedOn: {
            less_than: new Date(q.now.getTime() - (q.hideAfterDays - 30) * DAY).toISOString(),
          },
        },
      ],
    }),
  },
  hidden: {
    for: 'everyone',
    collections: LISTINGS,
    where: () => ({ staleHidden: { equals: true } }),
  },
  reminded: {
    for: 'everyone',
    collections: LISTINGS,
    where: (): Where => ({
      and: [{ reminderSentAt: { exists: true } }, { staleHidden: { not_equals: true } }],
    }),
  },
  noLocation: {
    for: 'everyone',
    collections: ['venues', ...LISTINGS],
    where: (slug) =>
      slug === 'venues'
        ? NO_LOCATION
        : {
            and: [
              { venue: { exists: true } },
              {
                or: [
                  { 'venue.location': { exists: false } },
                  { 'venue.locationStatus': { equals: 'not_verified' } },
                ],
              },
            ],
          },
  },
}
export const QUEUE_NAMES = Object.keys(QUEUES) as QueueName[]
export type ReviewQueueCounts = Partial<Record<QueueName, Partial<Record<ModeratedSlug, number>>>>

const appliesTo = (queue: Queue, user: TypedUser) =>
  queue.for === 'everyone' || (queue.for === 'editors' ? isEditorUser(user) : !isEditorUser(user))

/**
 * How many documents wait in each queue, as the given user may see them (editors: all;
 * organisation members: their own organisations'). Drafts count: a submission is a draft.
 * Only non-empty counts are returned.
 */
export const countReviewQueue = async (
  payload: Payload,
  user: TypedUser | null,
  q: QueueContext,
): Promise<ReviewQueueCounts> => {
  if (!user || (!isEditorUser(user) && getUserOrganisationIDs(user).length === 0)) return {}
  const counts: ReviewQueueCounts = {}
  const jobs = QUEUE_NAMES.flatMap((name) =>
    appliesTo(QUEUES[name], user)
      ? QUEUES[name].collections.map(async (slug) => {
          // `find` with draft: true reads the latest version, where a pending edit of a published document lives.
          const { totalDocs } = await payload.find({
            collection: slug,
            where: QUEUES[name].where(slug, q),
            draft: true,
            overrideAccess: false,
            user,
            limit: 1,
            depth: 0,
            select: {},
          })
          if (totalDocs > 0) (counts[name] ??= {})[slug] = totalDocs
        })
      : [],
  )
  await Promise.all(jobs)
  return counts
}

/** The admin list view filtered to one queue (Payload reads `where` from the query string). */
export const queueListURL = (
  adminRoute: string,
  collection: ModeratedSlug,
  queue: QueueName,
  q: QueueContext,
): string => {
  const params = new URLSearchParams()
  const flatten = (where: Where, prefix: string) => {
    for (const [key, value] of Object.entries(where)) {
      if (Array.isArray(value)) value.forEach((w, i) => flatten(w, `${prefix}[${key}][${i}]`))
      else if (value && typeof value === 'object') flatten(value as Where, `${prefix}[${key}]`)
      else params.append(`${prefix}[${key}]`, String(value))
    }
  }
  flatten(QUEUES[queue].where(collection, q), 'where')
  return `${adminRoute}/collections/${collection}?${params.toString()}`
}
