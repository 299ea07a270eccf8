import type { PayloadRequest } from 'payload'

import { anonymousRequest } from '../../collections/requests'
import type { Activity, Opening } from '../../src/payload-types'
import type { ListingSlug } from './constants'

const KEY = 'meedoenPublicDocs'
/** Saves one request keeps a read for at the most (an import saves thousands in one request). */
const KEPT = 50

type Memo = Map<string, Promise<Activity | Opening | null>>

/**
 * A listing as the public sees it now (depth 1: venue, organisation, themes), or null. After a
 * save, the search index and the open-data feed both need it: read once per saved version
 * (`version`, the save's `updatedAt`) and shared through the save's context, which both hooks
 * get. Without a version it is always read.
 */
export const readPublicListing = (
  req: PayloadRequest,
  collection: ListingSlug,
  id: number | string,
  version?: string | null,
): Promise<Activity | Opening | null> => {
  const read = () =>
    req.payload.findByID({
      collection,
      id,
      depth: 1,
      overrideAccess: false,
      req: anonymousRequest(req),
      disableErrors: true,
    }) as Promise<Activity | Opening | null>
  if (!version) return read()
  const context = req.context as Record<string, unknown>
  const memo = (context[KEY] ??= new Map()) as Memo
  const key = `${collection}/${id}@${version}`
  const known = memo.get(key)
  if (known) {
    // Both readers have had it.
    memo.delete(key)
    return known
  }
  const reading = read()
  memo.set(key, reading)
  if (memo.size > KEPT) memo.delete(memo.keys().next().value!)
  return reading
}
