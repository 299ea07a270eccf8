import type { ClientSession, Collection, Db } from 'mongodb'
import type { Payload, PayloadRequest } from 'payload'

import { mongoSearchEngine } from '../../../src/lib/search/mongo/engine'
import { ensureMongoSearchIndexes, type MongoSearchDoc, mongoIndexWriter } from '../../../src/lib/search/mongo/writer'
import { sqliteSearchEngine } from '../../../src/lib/search/sqlite/engine'
import { sqliteIndexWriter } from '../../../src/lib/search/sqlite/writer'
import type { IndexDoc, SearchEngine } from '../../../src/lib/search/types'
import { lexiconFor, refreshLexicon } from './lexicon'
import { isSqlite, sqlExecutor, sqlExecutorFor } from './sqlExecutor'

/** The collection the MongoDB engine keeps its index in, beside Payload's own. */
export const MONGO_SEARCH_COLLECTION = 'meedoen_search_index'

type MongoAdapter = { connection?: { db?: Db }; sessions?: Record<string, ClientSession | undefined> }
const mongoCollection = (payload: Payload): Collection<MongoSearchDoc> | null => {
  const db = (payload.db as unknown as MongoAdapter).connection?.db
  return db ? db.collection<MongoSearchDoc>(MONGO_SEARCH_COLLECTION) : null
}

/** Writes to the index of this database, inside the save's transaction (SQL connection or Mongo session). */
export interface BoundIndexWriter {
  upsert(doc: IndexDoc): Promise<void>
  remove(collection: IndexDoc['collection'], id: string): Promise<void>
}

export const indexWriterFor = async (req: PayloadRequest): Promise<BoundIndexWriter | null> => {
  if (isSqlite(req.payload)) {
    const writer = sqliteIndexWriter(await sqlExecutorFor(req))
    return { upsert: (d) => writer.upsert(d), remove: (c, id) => writer.remove(c, id) }
  }
  const collection = mongoCollection(req.payload)
  if (!collection) return null
  const id = req.transactionID ? await req.transactionID : undefined
  const session = id !== undefined ? (req.payload.db as unknown as MongoAdapter).sessions?.[String(id)] : undefined
  const writer = mongoIndexWriter(collection)
  return { upsert: (d) => writer.upsert(d, session), remove: (c, docID) => writer.remove(c, docID, session) }
}

/** The whole-index writer for rebuilds (no transaction). */
export const indexWriterForRebuild = (payload: Payload) => {
  if (isSqlite(payload)) return sqliteIndexWriter(sqlExecutor(payload))
  const collection = mongoCollection(payload)
  return collection ? mongoIndexWriter(collection) : null
}

export const prepareIndex = async (payload: Payload): Promise<void> => {
  const collection = isSqlite(payload) ? null : mongoCollection(payload)
  if (collection) await ensureMongoSearchIndexes(collection)
}

export const countIndexed = async (payload: Payload): Promise<number> => {
  if (isSqlite(payload)) return ((await sqlExecutor(payload).all<{ n: number }>('SELECT COUNT(*) AS n FROM search_docs'))[0]?.n ?? 0)
  return (await mongoCollection(payload)?.estimatedDocumentCount()) ?? 0
}

const engines = new WeakMap<Payload, SearchEngine>()

/** The search engine for this installation's database (one per Payload instance). */
export const searchEngineFor = (payload: Payload): SearchEngine | null => {
  const known = engines.get(payload)
  if (known) return known
  const collection = isSqlite(payload) ? null : mongoCollection(payload)
  const engine = isSqlite(payload) ? sqliteSearchEngine(sqlExecutor(payload), undefined, { lexicon: lexiconFor(payload) }) : collection ? mongoSearchEngine(collection) : null
  if (engine) engines.set(payload, engine)
  return engine
}

/**
 * Loads the search engine's in-memory cache (and its prewarmed common words) in the
 * background, so the first resident's search does not wait for it. Failure is logged, never thrown.
 */
export const warmSearchEngine = (payload: Payload): void => {
  searchEngineFor(payload)
    ?.ready?.().catch((err: unknown) => payload.logger.warn({ err }, 'search: warming the cache failed'))
  // The editors' synonyms and the themes' names, before the first resident searches.
  void refreshLexicon(payload)
}
