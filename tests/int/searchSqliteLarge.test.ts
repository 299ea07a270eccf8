import { sqliteSearchEngine } from '../../src/lib/search/sqlite/engine'
import { sqliteIndexWriter } from '../../src/lib/search/sqlite/writer'
import { sqlExecutor } from '../../plugins/directory/search/sqlExecutor'
import { startPayload } from '../helpers/payload'
import { describeSearchContract } from '../helpers/searchContract'

/**
 * The SQLite engine again, with bm25 switched off: how it orders a text that matches more
 * than BM25_LIMIT rows (title tier, then index order), which the small contract data never
 * reaches otherwise.
 */
describeSearchContract('sqlite, large-result path', async () => {
  const t = await startPayload()
  const sql = sqlExecutor(t.payload)
  return { engine: sqliteSearchEngine(sql, undefined, { bm25Limit: 0 }), writer: sqliteIndexWriter(sql), stop: t.stop }
})
