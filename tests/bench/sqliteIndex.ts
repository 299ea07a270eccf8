import { type Client, createClient, type InStatement, type InValue } from '@libsql/client'

import { CREATE_SEARCH_DOCS, type SqlExecutor } from '../../src/lib/search/store/sqliteSchema'
import { EVERYTHING, listingKey } from '../../src/lib/search/store/types'
import type { IndexDoc } from '../../src/lib/search/types'

/** A libsql client on a file with the pragmas of the app's SQLite adapter (WAL, busy timeout). */
export const openDb = async (file: string): Promise<Client> => {
  const client = createClient({ url: `file:${file}` })
  await client.execute('PRAGMA busy_timeout = 5000')
  await client.execute('PRAGMA journal_mode = WAL')
  await client.execute('PRAGMA synchronous = NORMAL')
  return client
}

/** Plain objects from libsql rows, as drizzle's `all()` returns them to the app (normalizeRow). */
const plain = (row: object): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(row)) {
    if (Object.prototype.propertyIsEnumerable.call(row, key))
      out[key] = (row as Record<string, unknown>)[key]
  }
  return out
}

const toArgs = (args: unknown[] = []): InValue[] =>
  args.map((a) => (a === undefined ? null : typeof a === 'boolean' ? Number(a) : a)) as InValue[]

/** The search engine's SqlExecutor over a plain libsql client. */
export const executorOver = (client: Client): SqlExecutor => ({
  all: async <T>(sql: string, args?: unknown[]) =>
    (await client.execute({ sql, args: toArgs(args) })).rows.map(plain) as T[],
  run: async (sql, args) => {
    await client.execute({ sql, args: toArgs(args) })
  },
})

/** Multi-row INSERT statements of at most `rowsPerStatement` rows (SQLite's variable limit). */
export const multiInsert = (
  head: string,
  width: number,
  rows: InValue[][],
  rowsPerStatement = 1000,
): InStatement[] => {
  const out: InStatement[] = []
  const tuple = `(${Array.from({ length: width }, () => '?').join(', ')})`
  for (let i = 0; i < rows.length; i += rowsPerStatement) {
    const chunk = rows.slice(i, i + rowsPerStatement)
    out.push({ sql: `${head} VALUES ${chunk.map(() => tuple).join(', ')}`, args: chunk.flat() })
  }
  return out
}

/** Payload's table for the `search-changes` collection, as the migration 20261203_search_store creates it. */
export const CREATE_SEARCH_CHANGES = [
  `CREATE TABLE IF NOT EXISTS search_changes (
    id integer PRIMARY KEY NOT NULL,
    seq numeric NOT NULL,
    listing text NOT NULL,
    updated_at text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
    created_at text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  )`,
  'CREATE UNIQUE INDEX IF NOT EXISTS search_changes_seq_idx ON search_changes (seq)',
]

/**
 * Creates the store's tables (unless there) and bulk-loads `docs` as the SQLite store writes
 * them, one transaction per `batch`, then logs "everything changed". Returns the milliseconds
 * taken. `tick` is called after every transaction (memory sampling).
 */
export const buildStore = async (
  client: Client,
  docs: Iterable<IndexDoc>,
  { batch = 5000, tick = () => {} }: { batch?: number; tick?: () => void } = {},
): Promise<number> => {
  const t = performance.now()
  for (const stmt of [...CREATE_SEARCH_DOCS, ...CREATE_SEARCH_CHANGES]) await client.execute(stmt)
  let rows: InValue[][] = []
  const flush = async () => {
    await client.batch(
      multiInsert('INSERT INTO search_docs (key, collection, doc_id, doc)', 4, rows, 500),
      'write',
    )
    rows = []
    tick()
  }
  for (const d of docs) {
    rows.push([listingKey(d.collection, d.id), d.collection, d.id, JSON.stringify(d)])
    if (rows.length === batch) await flush()
  }
  if (rows.length) await flush()
  await client.execute({
    sql: 'INSERT INTO search_changes (seq, listing) VALUES ((SELECT COALESCE(MAX(seq), 0) + 1 FROM search_changes), ?)',
    args: [EVERYTHING],
  })
  return performance.now() - t
}
