import type { ClientSession, Collection } from 'mongodb'

import type { IndexDoc } from '../types'
import { EVERYTHING, type ListingChange, listingKey, type SearchStore } from './types'

/** One listing as MongoDB stores it for the search: the IndexDoc under its key. */
export interface StoredListing {
  _id: string
  doc: IndexDoc
}

/** A change-log entry in the `search-changes` collection, as Payload's MongoDB adapter stores it. */
interface StoredChange {
  seq: number
  listing: string
  createdAt: Date
  updatedAt: Date
}

export interface MongoStoreCollections {
  listings: Collection<StoredListing>
  /** Payload's `search-changes` collection. */
  changes: Collection<StoredChange>
  /** Where the next seq is counted (one document). */
  counters: Collection<{ _id: string; seq: number }>
}

/** MongoDB's default transaction lifetime (transactionLifetimeLimitSeconds): a change is visible by then or never. */
const TRANSACTION_LIFETIME_MS = 60_000

/** Appends a change for `listing` to the log, under the next seq from the counter. */
const appendChange = async (
  { changes, counters }: MongoStoreCollections,
  listing: string,
  session?: ClientSession,
) => {
  const counter = await counters.findOneAndUpdate(
    { _id: 'search-changes' },
    { $inc: { seq: 1 } },
    { upsert: true, returnDocument: 'after' },
  )
  const now = new Date()
  await changes.insertOne(
    { seq: counter!.seq, listing, createdAt: now, updatedAt: now },
    { session },
  )
}

/** The seq at one end of the change log: the highest (`-1`) or the lowest (`1`); 0 when it is empty. */
const endSeq = async (changes: Collection<StoredChange>, order: 1 | -1): Promise<number> => {
  const [end] = await changes
    .find({}, { projection: { seq: 1 } })
    .sort({ seq: order })
    .limit(1)
    .toArray()
  return end?.seq ?? 0
}

/**
 * The search store on MongoDB. The seq is taken from a counter outside the save's transaction
 * (inside, concurrent saves would abort each other on the counter), so a change may commit
 * after a later one: readers re-read changes younger than a transaction's lifetime.
 */
export const mongoSearchStore = (
  collections: MongoStoreCollections,
): SearchStore<ClientSession> => {
  const { listings, changes } = collections
  const append = (listing: string, session?: ClientSession) =>
    appendChange(collections, listing, session)
  return {
    name: 'mongodb',
    settleMs: TRANSACTION_LIFETIME_MS,
    upsert: async (doc, session) => {
      const key = listingKey(doc.collection, doc.id)
      await listings.replaceOne({ _id: key }, { doc }, { upsert: true, session })
      await append(key, session)
    },
    remove: async (collection, id, session) => {
      const key = listingKey(collection, id)
      const { deletedCount } = await listings.deleteOne({ _id: key }, { session })
      if (deletedCount) await append(key, session)
    },
    clear: async (session) => {
      await listings.deleteMany({}, { session })
      await append(EVERYTHING, session)
    },
    scan: async (after, limit) =>
      (
        await listings
          .find(after === null ? {} : { _id: { $gt: after } })
          .sort({ _id: 1 })
          .limit(limit)
          .toArray()
      ).map((d) => d.doc),
    read: async (keys) =>
      keys.length ? (await listings.find({ _id: { $in: keys } }).toArray()).map((d) => d.doc) : [],
    count: () => listings.countDocuments(),
    head: async () => {
      const latest = await endSeq(changes, -1)
      const oldest = await endSeq(changes, 1)
      return { latest, oldest }
    },
    changes: async (after, upTo) =>
      (
        await changes
          .find({ seq: { $gt: after, $lte: upTo } })
          .sort({ seq: 1 })
          .toArray()
      ).map((c): ListingChange => ({ seq: c.seq, listing: c.listing, at: c.createdAt.getTime() })),
    prune: async (keep) => {
      const top = await endSeq(changes, -1)
      await changes.deleteMany({ seq: { $lte: top - keep } })
    },
  }
}
