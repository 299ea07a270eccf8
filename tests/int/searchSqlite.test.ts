import { sqliteSearchEngine } from '../../src/lib/search/sqlite/engine'
import { sqliteIndexWriter } from '../../src/lib/search/sqlite/writer'
import { sqlExecutor } from '../../plugins/directory/search/sqlExecutor'
import { startPayload } from '../helpers/payload'
import { describeSearchContract } from '../helpers/searchContract'

/** The SQLite engine (FTS5 + R*Tree side tables, created by the migration) against the contract. */
describeSearchContract('sqlite', async () => {
  const t = await startPayload()
  const sql = sqlExecutor(t.payload)
  return { engine: sqliteSearchEngine(sql), writer: sqliteIndexWriter(sql), stop: t.stop }
})

