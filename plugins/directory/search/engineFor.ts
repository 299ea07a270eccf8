import type { Payload } from 'payload'

import { sqliteSearchEngine } from '../../../src/lib/search/sqlite/engine'
import type { SearchEngine } from '../../../src/lib/search/types'
import { isSqlite, sqlExecutor } from './sqlExecutor'

const engines = new WeakMap<Payload, SearchEngine>()

/** The search engine for this installation's database (one per Payload instance). */
export const searchEngineFor = (payload: Payload): SearchEngine | null => {
  const known = engines.get(payload)
  if (known) return known
  if (!isSqlite(payload)) return null
  const engine = sqliteSearchEngine(sqlExecutor(payload))
  engines.set(payload, engine)
  return engine
}
