import { type Client, createClient, type InStatement, type InValue } from '@libsql/client'

import { accessBits, partBits, rungBits, weekdayBits } from '../../src/lib/search/sqlite/bits'
import { CREATE_SEARCH_INDEX, type SqlExecutor } from '../../src/lib/search/sqlite/schema'
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
    if (Object.prototype.propertyIsEnumerable.call(row, key)) out[key] = (row as Record<string, unknown>)[key]
  }
  return out
}

const toArgs = (args: unknown[] = []): InValue[] =>
  args.map((a) => (a === undefined ? null : typeof a === 'boolean' ? Number(a) : a)) as InValue[]

/** The search engine's SqlExecutor over a plain libsql client. */
export const executorOver = (client: Client): SqlExecutor => ({
  all: async <T>(sql: string, args?: unknown[]) => (await client.execute({ sql, args: toArgs(args) })).rows.map(plain) as T[],
  run: async (sql, args) => {
    await client.execute({ sql, args: toArgs(args) })
  },
})

/** Multi-row INSERT statements of at most `rowsPerStatement` rows (SQLite's variable limit). */
export const multiInsert = (head: string, width: number, rows: InValue[][], rowsPerStatement = 1000): InStatement[] => {
  const out: InStatement[] = []
  const tuple = `(${Array.from({ length: width }, () => '?').join(', ')})`
  for (let i = 0; i < rows.length; i += rowsPerStatement) {
    const chunk = rows.slice(i, i + rowsPerStatement)
    out.push({ sql: `${head} VALUES ${chunk.map(() => tuple).join(', ')}`, args: chunk.flat() })
  }
  return out
}

/**
 * The rows `writeDoc` (src/lib/search/sqlite/writer.ts) writes for a document, with its rowid
 * given instead of assigned: same tables, columns and values, for batched bulk loading.
 */
export const indexRows = (doc: IndexDoc, rowid: number) => ({
  docs: [
    rowid, doc.collection, doc.id, doc.kind, doc.title, doc.summary, doc.slug, doc.lat, doc.lon, doc.free ? 1 : 0,
    doc.walkIn ? 1 : 0, doc.ageMin, doc.ageMax, weekdayBits(doc.weekdays), partBits(doc.partsOfDay),
    accessBits(doc.accessibility), rungBits(doc.rungs), doc.nextStart,
  ] as InValue[],
  fts: [rowid, doc.title, doc.summary, doc.body] as InValue[],
  rtree: doc.lat !== null && doc.lon !== null ? ([rowid, doc.lat, doc.lat, doc.lon, doc.lon] as InValue[]) : null,
  terms: [...new Set(doc.themes)].map((v) => ['theme', v]).concat([...new Set(doc.areas)].map((v) => ['area', v]))
    .map(([facet, value]) => [rowid, facet!, value!] as InValue[]),
})

export const INDEX_TABLES = ['search_docs', 'search_fts', 'search_rtree', 'search_terms'] as const
export type IndexTable = (typeof INDEX_TABLES)[number]

const HEADS: Record<IndexTable, [string, number]> = {
  search_docs: [
    `INSERT INTO search_docs (rowid, collection, doc_id, kind, title, summary, slug, lat, lon, free, walk_in, age_min, age_max,
       weekdays, parts, access, rungs, next_start)`,
    18,
  ],
  search_fts: ['INSERT INTO search_fts (rowid, title, summary, body)', 4],
  search_rtree: ['INSERT INTO search_rtree (id, min_lat, max_lat, min_lon, max_lon)', 5],
  search_terms: ['INSERT INTO search_terms (doc, facet, value)', 3],
}

/**
 * Creates the index tables and bulk-loads `docs` (rowid = position + 1), table by table, one
 * transaction per `batch` documents. Returns the milliseconds spent per table. `tick` is called
 * after every transaction (memory sampling).
 */
export const buildIndex = async (
  client: Client,
  docs: IndexDoc[],
  { batch = 5000, tick = () => {} }: { batch?: number; tick?: () => void } = {},
): Promise<Record<IndexTable | 'schema', number>> => {
  const ms = { schema: 0, search_docs: 0, search_fts: 0, search_rtree: 0, search_terms: 0 }
  let t = performance.now()
  for (const stmt of CREATE_SEARCH_INDEX) await client.execute(stmt)
  ms.schema = performance.now() - t
  for (const table of INDEX_TABLES) {
    const [head, width] = HEADS[table]
    for (let i = 0; i < docs.length; i += batch) {
      const rows: InValue[][] = []
      docs.slice(i, i + batch).forEach((doc, j) => {
        const r = indexRows(doc, i + j + 1)
        if (table === 'search_docs') rows.push(r.docs)
        else if (table === 'search_fts') rows.push(r.fts)
        else if (table === 'search_rtree') {
          if (r.rtree) rows.push(r.rtree)
        } else rows.push(...r.terms)
      })
      t = performance.now()
      if (rows.length) await client.batch(multiInsert(head, width, rows), 'write')
      ms[table] += performance.now() - t
      tick()
    }
  }
  return ms
}
