import type { Payload, PayloadRequest } from 'payload'

import { type Engine, searchEngine } from '../../../src/lib/search/engine/engine'
import type { SearchStore } from '../../../src/lib/search/store/types'
import type { DirectoryDatabase, IndexWriter } from '../types'
import { lexiconFor, refreshLexicon } from './lexicon'

/** Where the plugin keeps its database binding on the config (`custom` stays on the server). */
export const DATABASE_KEY = 'meedoenDirectoryDatabase'

/** The host's database binding (the `database` option), or null when it gave none. */
const databaseOf = (payload: Payload): DirectoryDatabase | null => {
  const binding: unknown = payload.config.custom?.[DATABASE_KEY]
  return binding ? (binding as DirectoryDatabase) : null
}

const stores = new WeakMap<Payload, SearchStore | null>()

/** The search store of this installation's database (outside any save); null without a database binding. */
export const searchStoreFor = (payload: Payload): SearchStore | null => {
  if (stores.has(payload)) return stores.get(payload)!
  const store = databaseOf(payload)?.searchStore(payload) ?? null
  stores.set(payload, store)
  return store
}

/** Writes to the index of this database, inside the save's transaction. */
export const indexWriterFor = async (req: PayloadRequest): Promise<IndexWriter | null> =>
  (await databaseOf(req.payload)?.indexWriter(req)) ?? null

/** Runs a bulk write in one transaction where the database binding offers one. */
export const inBulk = <T>(payload: Payload, work: () => Promise<T>): Promise<T> =>
  databaseOf(payload)?.inBulk?.(payload, work) ?? work()

/** Makes erased rows leave the database files now, where the binding can. */
export const forgetErased = async (payload: Payload): Promise<void> => {
  await databaseOf(payload)?.forgetErased?.(payload)
}

export const countIndexed = async (payload: Payload): Promise<number> =>
  (await searchStoreFor(payload)?.count()) ?? 0

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
