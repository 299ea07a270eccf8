import type { ClientSession, Collection, Db } from 'mongodb'
import type { Payload, PayloadRequest } from 'payload'

import { type Engine, searchEngine } from '../../../src/lib/search/engine/engine'
import { mongoSearchStore, type MongoStoreCollections, type StoredListing } from '../../../src/lib/search/store/mongo'
import { sqliteSearchStore } from '../../../src/lib/search/store/sqlite'
import type { SearchStore } from '../../../src/lib/search/store/types'
import type { IndexDoc } from '../../../src/lib/search/types'
import { lexiconFor, refreshLexicon } from './lexicon'
import { isSqlite, sqlExecutor, sqlExecutorFor } from './sqlExecutor'

/** The collection the MongoDB store keeps the public listings in, beside Payload's own. */
export const MONGO_SEARCH_COLLECTION = 'meedoen_search_index'
const MONGO_COUNTERS = 'meedoen_counters'

type MongoAdapter = {
  connection?: { db?: Db }
  sessions?: Record<string, ClientSession | undefined>
  collections?: Record<string, { collection: Collection }>
}

/** The MongoDB store's collections: its listings, Payload's `search-changes`, and a counter. */
const mongoCollections = (payload: Payload): MongoStoreCollections | null => {
  const adapter = payload.db as unknown as MongoAdapter
  const db = adapter.connection?.db
  const changes = adapter.collections?.['search-changes']?.collection
  if (!db || !changes) return null
  return {
    listings: db.collection<StoredListing>(MONGO_SEARCH_COLLECTION),
    changes: changes as unknown as MongoStoreCollections['changes'],
    counters: db.collection(MONGO_COUNTERS),
  }
}

const stores = new WeakMap<Payload, SearchStore | null>()

/** The search store of this installation's database (outside any save). */
export const searchStoreFor = (payload: Payload): SearchStore | null => {
  if (stores.has(payload)) return stores.get(payload)!
  const collections = isSqlite(payload) ? null : mongoCollections(payload)
  const store = isSqlite(payload) ? sqliteSearchStore(sqlExecutor(payload)) : collections ? mongoSearchStore(collections) : null
  stores.set(payload, store)
  return store
}

/** Writes to the index of this database, inside the save's transaction (SQL connection or Mongo session). */
export interface BoundIndexWriter {
  upsert(doc: IndexDoc): Promise<void>
  remove(collection: IndexDoc['collection'], id: string): Promise<void>
}

export const indexWriterFor = async (req: PayloadRequest): Promise<BoundIndexWriter | null> => {
  if (isSqlite(req.payload)) {
    const tx = await sqlExecutorFor(req)
    const store = sqliteSearchStore(sqlExecutor(req.payload))
    return { upsert: (d) => store.upsert(d, tx), remove: (c, id) => store.remove(c, id, tx) }
  }
  const collections = mongoCollections(req.payload)
  if (!collections) return null
  const id = req.transactionID ? await req.transactionID : undefined
  const session = id !== undefined ? (req.payload.db as unknown as MongoAdapter).sessions?.[String(id)] : undefined
  const store = mongoSearchStore(collections)
  return { upsert: (d) => store.upsert(d, session), remove: (c, docID) => store.remove(c, docID, session) }
}

export const countIndexed = async (payload: Payload): Promise<number> => (await searchStoreFor(payload)?.count()) ?? 0

const engines = new WeakMap<Payload, Engine>()

/** The search engine of this Payload instance: one in-process index over the database's store. */
export const searchEngineFor = (payload: Payload): Engine | null => {
  const known = engines.get(payload)
  if (known) return known
  const store = searchStoreFor(payload)
  if (!store) return null
  const engine = searchEngine(store, { lexicon: lexiconFor(payload) })
  engines.set(payload, engine)
  return engine
}

/**
 * Loads the search index into memory (and prewarms common words) in the background, so the
 * first resident's search does not wait for it. Failure is logged, never thrown.
 */
export const warmSearchEngine = (payload: Payload): void => {
  searchEngineFor(payload)
    ?.ready()
    .catch((err: unknown) => payload.logger.warn({ err }, 'search: loading the index failed'))
  // The editors' synonyms and the themes' names, before the first resident searches.
  void refreshLexicon(payload)
}
