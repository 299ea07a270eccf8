import type { ClientSession, Collection, Db } from 'mongodb'
import type { Payload, PayloadRequest } from 'payload'

import type { DirectoryDatabase } from '../../plugins/directory'
import {
  mongoSearchStore,
  type MongoStoreCollections,
  type StoredListing,
} from '../lib/search/store/mongo'
import { sqliteSearchStore } from '../lib/search/store/sqlite'
import { CREATE_SEARCH_DOCS } from '../lib/search/store/sqliteSchema'
import { isSqlite, sqlExecutor, sqlExecutorFor } from './sqlExecutor'

/** The collection the MongoDB store keeps the public listings in, beside Payload's own. */
const MONGO_SEARCH_COLLECTION = 'meedoen_search_index'
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

/**
 * What the directory plugin needs of the database beyond Payload's API, for SQLite and
 * MongoDB: its search store (outside a save, and bound to a save's transaction so an index
 * change commits or rolls back with the document), a bulk transaction for rebuilding the
 * index, and making erased rows leave the files at once. The only place (with the rest of
 * src/db) that reaches into the adapters' internals.
 *
 * `createTables`: for a site that pushes its schema instead of running migrations (Payload's
 * `push: true`), the search listings' table is created at start. Meedoen's own site creates it
 * in a migration (which must run first, so it is off there).
 */
export const directoryDatabase = ({
  createTables = false,
}: { createTables?: boolean } = {}): DirectoryDatabase => ({
  searchStore: (payload) => {
    if (isSqlite(payload)) return sqliteSearchStore(sqlExecutor(payload))
    const collections = mongoCollections(payload)
    return collections ? mongoSearchStore(collections) : null
  },
  indexWriter: async (req: PayloadRequest) => {
    if (isSqlite(req.payload)) {
      const tx = await sqlExecutorFor(req)
      const store = sqliteSearchStore(sqlExecutor(req.payload))
      return { upsert: (d) => store.upsert(d, tx), remove: (c, id) => store.remove(c, id, tx) }
    }
    const collections = mongoCollections(req.payload)
    if (!collections) return null
    const id = req.transactionID ? await req.transactionID : undefined
    const session =
      id !== undefined
        ? (req.payload.db as unknown as MongoAdapter).sessions?.[String(id)]
        : undefined
    const store = mongoSearchStore(collections)
    return {
      upsert: (d) => store.upsert(d, session),
      remove: (c, docID) => store.remove(c, docID, session),
    }
  },
  prepare: async (payload) => {
    if (!createTables || !isSqlite(payload)) return
    for (const statement of CREATE_SEARCH_DOCS) await sqlExecutor(payload).run(statement)
  },
  // On SQLite one transaction per batch keeps a rebuild of 100k listings to seconds.
  inBulk: async (payload, work) => {
    if (!isSqlite(payload)) return work()
    const sql = sqlExecutor(payload)
    await sql.run('BEGIN')
    try {
      const result = await work()
      await sql.run('COMMIT')
      return result
    } catch (error) {
      await sql.run('ROLLBACK')
      throw error
    }
  },
  // On SQLite erased rows are zeroed (secure_delete) in the WAL first; the database file and
  // older WAL frames keep them until a checkpoint. Fold the WAL in and empty it now (best
  // effort: a busy database checkpoints later by itself).
  forgetErased: async (payload) => {
    if (isSqlite(payload))
      await sqlExecutor(payload)
        .run('PRAGMA wal_checkpoint(TRUNCATE)')
        .catch(() => undefined)
  },
})
