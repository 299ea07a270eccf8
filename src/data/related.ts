import type { Payload, TypedUser } from 'payload'

import { searchEngineFor, searchStoreFor } from '../../plugins/directory/index'
import { listingKey } from '../lib/search/store/types'
import {
  pickRelated,
  type Relation,
  type RelatedReason,
  relatedQuery,
} from '../lib/suggest/related'
import type { ListingSlug } from '../lib/vocabulary'
import { withIndexRows } from './indexRows'
import { type FoundListing, loadHits } from './search'

export interface RelatedListing {
  listing: FoundListing
  reasons: RelatedReason[]
}

/**
 * "Een volgende stap" (`next`) or, for a full opening, places like it (`alike`): a few public
 * listings near this one, each with why it is related (src/lib/suggest/related.ts). Read from
 * the search index, then loaded as the visitor may read them; openings that are full or closed
 * are left out, as they help no one further.
 */
export const relatedListings = async (
  payload: Payload,
  user: TypedUser | null,
  listing: { collection: ListingSlug; id: number | string },
  relation: Relation,
  locale: 'nl' | 'en',
): Promise<RelatedListing[]> => {
  const engine = searchEngineFor(payload)
  const store = searchStoreFor(payload)
  if (!engine || !store) return []
  const [doc] = await store.read([listingKey(listing.collection, String(listing.id))])
  const query = doc ? relatedQuery(doc, relation) : null
  if (!doc || !query) return []
  const { hits } = await engine.search({ ...query, locale })
  const candidates = await withIndexRows(store, hits)
  const loaded = await loadHits(
    payload,
    user,
    candidates.map((c) => c.hit),
  )
  const byHit = new Map(loaded.map((l) => [l.hit, l]))
  const open = candidates.filter((c) => {
    const found = byHit.get(c.hit)
    return found && (!('status' in found.doc) || !found.doc.status || found.doc.status === 'open')
  })
  return pickRelated(doc, open, relation).map((c) => ({
    listing: byHit.get(c.hit)!,
    reasons: c.reasons,
  }))
}
