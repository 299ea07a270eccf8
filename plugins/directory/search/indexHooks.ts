import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
} from 'payload'

import type { Activity, Opening, Organisation, Venue } from '../../../src/payload-types'
import type { ListingSlug } from '../constants'
import { reindexListing, reindexListingsWhere, removeListing } from './indexListings'

const listingHooks = (slug: ListingSlug): NonNullable<CollectionConfig['hooks']> => ({
  afterChange: [
    (async ({ doc, req }) => {
      // An activity's feed item is refreshed from the same read (plugins/directory/publicDoc.ts).
      const version = slug === 'activities' ? doc.updatedAt : null
      await reindexListing(req, slug, doc.id, new Date(), undefined, version)
      return doc
    }) satisfies CollectionAfterChangeHook<Activity | Opening>,
  ],
  afterDelete: [
    (async ({ id, req }) => {
      await removeListing(req, slug, id)
    }) satisfies CollectionAfterDeleteHook,
  ],
})

/** A venue's location, accessibility and name are part of its listings' index rows. */
const venueHooks: NonNullable<CollectionConfig['hooks']> = {
  afterChange: [
    (async ({ doc, req }) => {
      await reindexListingsWhere(req, 'venue', doc.id)
      return doc
    }) satisfies CollectionAfterChangeHook<Venue>,
  ],
}

/** The organisation's name is searchable text of its listings. */
const organisationHooks: NonNullable<CollectionConfig['hooks']> = {
  afterChange: [
    (async ({ doc, previousDoc, req }) => {
      if (previousDoc && previousDoc.name !== doc.name)
        await reindexListingsWhere(req, 'organisation', doc.id)
      return doc
    }) satisfies CollectionAfterChangeHook<Organisation>,
  ],
}

/** Index hooks per collection; they run inside the save's transaction (they pass `req`). */
export const SEARCH_INDEX_HOOKS: Record<string, NonNullable<CollectionConfig['hooks']>> = {
  activities: listingHooks('activities'),
  openings: listingHooks('openings'),
  venues: venueHooks,
  organisations: organisationHooks,
}
