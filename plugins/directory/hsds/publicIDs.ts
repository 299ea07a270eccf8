import type { Payload, PayloadRequest, Where } from 'payload'

import { searchStoreFor } from '../search/backend'

/**
 * The ids of the public listings a filter selects, in id order, remembered for paging. At 100,000
 * listings a count under the public access rules takes ~180 ms and a deep page's OFFSET ~35 ms;
 * from a remembered list a page is a slice, then one read of those ids (≤ 50 ms in all).
 *
 * A list is used again only while no listing changed (the search index's change number, which
 * every listing save moves) and for at most a minute: what time alone changes (a listing passing
 * its date) shows within the minute the answers may be cached anyway (`Cache-Control`).
 */
const TTL_MS = 60_000
const KEPT = 64

interface Remembered {
  seq: number
  at: number
  ids: number[]
}
const lists = new WeakMap<Payload, Map<string, Remembered>>()

export const publicIDs = async (
  req: PayloadRequest,
  collection: 'activities' | 'openings',
  where: Where,
  read: () => Promise<number[]>,
): Promise<number[]> => {
  const known = lists.get(req.payload) ?? new Map<string, Remembered>()
  lists.set(req.payload, known)
  const key = `${collection} ${JSON.stringify(where)}`
  const seq = (await searchStoreFor(req.payload)?.head())?.latest ?? -1
  const now = Date.now()
  const hit = known.get(key)
  if (hit && hit.seq === seq && now - hit.at < TTL_MS) return hit.ids
  const ids = await read()
  known.delete(key)
  known.set(key, { seq, at: now, ids })
  // The oldest first out (a Map keeps insertion order).
  while (known.size > KEPT) known.delete(known.keys().next().value!)
  return ids
}
