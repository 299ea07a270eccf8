import { sqliteSearchStore } from '../../src/lib/search/store/sqlite'
import { sqlExecutor } from '../../src/db/sqlExecutor'
import { startPayload } from '../helpers/payload'
import { describeStoreContract } from '../helpers/storeContract'

/** The SQLite store (the migration's `search_docs`, Payload's `search_changes`) against the store contract. */
describeStoreContract('sqlite', async () => {
  const t = await startPayload()
  return { store: sqliteSearchStore(sqlExecutor(t.payload)), stop: t.stop }
})
