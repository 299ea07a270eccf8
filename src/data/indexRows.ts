import type { searchStoreFor } from '../../plugins/directory/index'
import { listingKey } from '../lib/search/store/types'
import type { SearchHit } from '../lib/search/types'
import type { Candidate } from '../lib/suggest/rank'

/**
 * The hits (once each, in their order) with their index rows, which hold what the questionnaire's
 * ranking and the next steps read (themes, rungs, what helps); a hit whose row is gone drops out.
 */
export const withIndexRows = async (
  store: NonNullable<ReturnType<typeof searchStoreFor>>,
  found: SearchHit[],
): Promise<(Candidate & { hit: SearchHit })[]> => {
  const hits = new Map<string, SearchHit>()
  for (const hit of found) hits.set(listingKey(hit.collection, hit.id), hit)
  const docs = new Map(
    (await store.read([...hits.keys()])).map((d) => [listingKey(d.collection, d.id), d]),
  )
  const candidates: (Candidate & { hit: SearchHit })[] = [...hits].flatMap(([key, hit]) => {
    const doc = docs.get(key)
    return doc
      ? [{ doc, hit, ...(hit.distanceKm !== undefined ? { distanceKm: hit.distanceKm } : {}) }]
      : []
  })
  return candidates
}
