import type { Payload } from 'payload'

import { formatShortlist, parseShortlist, SHARE_DAYS, type ShortlistKey } from '../lib/shortlist'
import type { Activity, Opening } from '../payload-types'
import { sign, signed } from './cms'
import { DETAIL_POPULATE, notHidden } from './listings'

export type ShortlistListing =
  { collection: 'activities'; doc: Activity } | { collection: 'openings'; doc: Opening }

const DAY = 24 * 60 * 60 * 1000

/** Published, visible listings by id, as the public reads them (venue and organisation included). */
const publicByIds = (payload: Payload, collection: 'activities' | 'openings', ids: number[]) =>
  ids.length
    ? payload.find({
        collection,
        where: {
          and: [{ id: { in: ids } }, { _status: { equals: 'published' } }, notHidden],
        },
        overrideAccess: false,
        user: null,
        depth: 1,
        pagination: false,
        populate: { ...DETAIL_POPULATE, venues: { name: true, address: true, slug: true } },
      })
    : Promise.resolve({ docs: [] })

/**
 * The listings of a shortlist in its order, as residents see them: one that left the site since
 * (unpublished, hidden, deleted) is left out.
 */
export const loadShortlist = async (
  payload: Payload,
  keys: readonly ShortlistKey[],
): Promise<ShortlistListing[]> => {
  const ids = (prefix: 'a' | 'o') =>
    keys.filter((k) => k.startsWith(prefix)).map((k) => Number(k.slice(1)))
  const [activities, openings] = await Promise.all([
    publicByIds(payload, 'activities', ids('a')),
    publicByIds(payload, 'openings', ids('o')),
  ])
  const byKey = new Map<string, ShortlistListing>()
  for (const doc of activities.docs)
    byKey.set(`a${doc.id}`, { collection: 'activities', doc: doc as Activity })
  for (const doc of openings.docs)
    byKey.set(`o${doc.id}`, { collection: 'openings', doc: doc as Opening })
  return keys.flatMap((k) => byKey.get(k) ?? [])
}

/** The shared link's query: the listings, the last day it works, and the server's signature. */
export const shareQuery = (payload: Payload, keys: readonly ShortlistKey[], now: Date) => {
  const l = formatShortlist(keys)
  const until = new Date(now.getTime() + SHARE_DAYS * DAY).toISOString().slice(0, 10)
  return new URLSearchParams({ l, tot: until, sig: sign(payload, 'shortlist', `${l}|${until}`) })
}

/** A shared link's listings; or why it does not work: changed (`invalid`) or past its day (`expired`). */
export const readShareQuery = (
  payload: Payload,
  query: URLSearchParams,
  now: Date,
): { keys: ShortlistKey[]; until: string } | 'invalid' | 'expired' => {
  const l = query.get('l') ?? ''
  const until = query.get('tot') ?? ''
  const sig = query.get('sig') ?? ''
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || !signed(payload, 'shortlist', `${l}|${until}`, sig))
    return 'invalid'
  if (now.toISOString().slice(0, 10) > until) return 'expired'
  return { keys: parseShortlist(l), until }
}
