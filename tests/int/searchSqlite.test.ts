import { searchEngine } from '../../src/lib/search/engine/engine'
import { sqliteSearchStore } from '../../src/lib/search/store/sqlite'
import { sqlExecutor } from '../../src/db/sqlExecutor'
import { startPayload } from '../helpers/payload'
import { describeSearchContract } from '../helpers/searchContract'

/** The search engine over the SQLite store (the migration's `search_docs` and Payload's `search_changes`). */
describeSearchContract('sqlite', async () => {
  const t = await startPayload()
  const store = sqliteSearchStore(sqlExecutor(t.payload))
  return { engine: searchEngine(store), writer: store, stop: t.stop }
})
