import type { Where } from 'payload'
import { DateTime } from 'luxon'

import type { ListingSlug } from '../../plugins/directory/constants'

/** How long a listing stays public without anyone confirming it is still current. */
export interface Visibility {
  hideAfterDays: number
}

/** The start of today in Dutch time: a listing ending yesterday is over from then. */
export const startOfDutchDay = (now: Date): Date =>
  DateTime.fromJSDate(now).setZone('Europe/Amsterdam').startOf('day').toJSDate()

/** Checked (or, never checked, created) since `cutoff`: still current. */
const checkedSince = (cutoff: string): Where => ({
  or: [
    { checkedOn: { greater_than_equal: cutoff } },
    { and: [{ checkedOn: { exists: false } }, { createdAt: { greater_than_equal: cutoff } }] },
  ],
})

/** Not checked since `cutoff` (a listing never checked counts from its creation): the other side of `checkedSince`. */
export const notCheckedSince = (cutoff: string): Where => ({
  or: [
    { checkedOn: { less_than: cutoff } },
    { and: [{ checkedOn: { exists: false } }, { createdAt: { less_than: cutoff } }] },
  ],
})

/** Over before `today`: an opening past its last day, a one-off activity whose day has gone. */
export const endedBefore = (collection: ListingSlug, today: string): Where =>
  collection === 'openings'
    ? { validThrough: { less_than: today } }
    : { and: [{ 'schedule.kind': { equals: 'once' } }, { 'schedule.date': { less_than: today } }] }

/** Not over yet: the other side of `endedBefore`. */
const notEndedBefore = (collection: ListingSlug, today: string): Where =>
  collection === 'openings'
    ? { or: [{ validThrough: { exists: false } }, { validThrough: { greater_than_equal: today } }] }
    : {
        or: [
          { 'schedule.kind': { not_equals: 'once' } },
          { 'schedule.date': { greater_than_equal: today } },
        ],
      }

/**
 * What residents may see at this moment, decided when they read (not only by the nightly job,
 * which uses the other sides of the same rules): published, not hidden, checked (or created)
 * within `hideAfterDays`, and not over.
 */
export const visibleNow = (
  collection: ListingSlug,
  { hideAfterDays }: Visibility,
  now = new Date(),
): Where => {
  const cutoff = new Date(now.getTime() - hideAfterDays * 86_400_000).toISOString()
  const today = startOfDutchDay(now).toISOString()
  return {
    and: [
      { _status: { equals: 'published' } },
      { staleHidden: { not_equals: true } },
      checkedSince(cutoff),
      notEndedBefore(collection, today),
    ],
  }
}
