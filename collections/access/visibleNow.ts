import type { Where } from 'payload'
import { DateTime } from 'luxon'

import type { ListingSlug } from '../fields/listingSlug'

/** How long a listing stays public without anyone confirming it is still current. */
export interface Visibility {
  hideAfterDays: number
}

/** The start of today in Dutch time: a listing ending yesterday is over from then. */
export const startOfDutchDay = (now: Date): Date => DateTime.fromJSDate(now).setZone('Europe/Amsterdam').startOf('day').toJSDate()

/**
 * What residents may see at this moment, decided when they read (not only by the nightly job):
 * published, not hidden, checked (or created) within `hideAfterDays`, and not over — an
 * opening past its last day, a one-off activity whose day has passed.
 */
export const visibleNow = (collection: ListingSlug, { hideAfterDays }: Visibility, now = new Date()): Where => {
  const cutoff = new Date(now.getTime() - hideAfterDays * 86_400_000).toISOString()
  const today = startOfDutchDay(now).toISOString()
  const fresh: Where = {
    or: [{ checkedOn: { greater_than_equal: cutoff } }, { and: [{ checkedOn: { exists: false } }, { createdAt: { greater_than_equal: cutoff } }] }],
  }
  const notOver: Where =
    collection === 'openings'
      ? { or: [{ validThrough: { exists: false } }, { validThrough: { greater_than_equal: today } }] }
      : { or: [{ 'schedule.kind': { not_equals: 'once' } }, { 'schedule.date': { greater_than_equal: today } }] }
  return { and: [{ _status: { equals: 'published' } }, { staleHidden: { not_equals: true } }, fresh, notOver] }
}
