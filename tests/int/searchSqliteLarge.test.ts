import { searchEngine } from '../../src/lib/search/engine/engine'
import { sqliteSearchStore } from '../../src/lib/search/store/sqlite'
import { sqlExecutor } from '../../src/db/sqlExecutor'
import { startPayload } from '../helpers/payload'
import { describeSearchContract } from '../helpers/searchContract'

/**
 * The engine again, with bm25 switched off: how it orders a text that matches more than
 * BM25_LIMIT listings (title tier, then index order), which the small contract data never
 * reaches otherwise.
 */
describeSearchContract('sqlite, large-result path', async () => {
  const t = await startPayload()
  const store = sqliteSearchStore(sqlExecutor(t.payload))
  return { engine: searchEngine(store, { bm25Limit: 0 }), writer: store, stop: t.stop }
})
