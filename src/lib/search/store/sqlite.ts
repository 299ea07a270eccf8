import type { IndexDoc } from '../types'
import type { SqlExecutor } from './sqliteSchema'
import { EVERYTHING, type ListingChange, listingKey, type SearchStore } from './types'

const append = (sql: SqlExecutor, listing: string) => {
  const now = new Date().toISOString()
  // Writers are serialised by SQLite's write lock, so MAX + 1 inside the write is the commit order.
  return sql.run(
    'INSERT INTO search_changes (seq, listing, updated_at, created_at) VALUES ((SELECT COALESCE(MAX(seq), 0) + 1 FROM search_changes), ?, ?, ?)',
    [listing, now, now],
  )
}

const parse = (rows: { doc: string }[]): IndexDoc[] =>
  rows.map((r) => JSON.parse(r.doc) as IndexDoc)

/** Deletes the listing under `key`, logging a change only when there was one. */
const removeDoc = async (sql: SqlExecutor, key: string) => {
  const [found] = await sql.all<{ n: number }>(
    'SELECT COUNT(*) AS n FROM search_docs WHERE key = ?',
    [key],
  )
  if (!found?.n) return
  await sql.run('DELETE FROM search_docs WHERE key = ?', [key])
  await append(sql, key)
}

/** Up to `limit` listings in key order, after the key `after` (from the start when null). */
const scanDocs = async (sql: SqlExecutor, after: string | null, limit: number) =>
  parse(
    after === null
      ? await sql.all('SELECT doc FROM search_docs ORDER BY key LIMIT ?', [limit])
      : await sql.all('SELECT doc FROM search_docs WHERE key > ? ORDER BY key LIMIT ?', [
          after,
          limit,
        ]),
  )

/** The logged changes with a seq above `after`, up to and including `upTo`, in seq order. */
const changesBetween = async (sql: SqlExecutor, after: number, upTo: number) =>
  (
    await sql.all<{ seq: number; listing: string; created_at: string }>(
      'SELECT seq, listing, created_at FROM search_changes WHERE seq > ? AND seq <= ? ORDER BY seq',
      [after, upTo],
    )
  ).map((r): ListingChange => ({
    seq: Number(r.seq),
    listing: r.listing,
    at: Date.parse(r.created_at),
  }))

/** The search store on SQLite: `search_docs` (one JSON row per listing) and Payload's `search_changes`. */
export const sqliteSearchStore = (base: SqlExecutor): SearchStore<SqlExecutor> => ({
  name: 'sqlite',
  settleMs: 0,
  upsert: async (doc, tx) => {
    const sql = tx ?? base
    const key = listingKey(doc.collection, doc.id)
    await sql.run(
      'INSERT INTO search_docs (key, collection, doc_id, doc) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET doc = excluded.doc',
      [key, doc.collection, doc.id, JSON.stringify(doc)],
    )
    await append(sql, key)
  },
  remove: (collection, id, tx) => removeDoc(tx ?? base, listingKey(collection, id)),
  clear: async (tx) => {
    const sql = tx ?? base
    await sql.run('DELETE FROM search_docs')
    await append(sql, EVERYTHING)
  },
  scan: (after, limit) => scanDocs(base, after, limit),
  read: async (keys) =>
    keys.length
      ? parse(
          await base.all(
            'SELECT doc FROM search_docs WHERE key IN (SELECT value FROM json_each(?))',
            [JSON.stringify(keys)],
          ),
        )
      : [],
  count: async () =>
    Number((await base.all<{ n: number }>('SELECT COUNT(*) AS n FROM search_docs'))[0]?.n ?? 0),
  head: async () => {
    const [row] = await base.all<{ latest: number | null; oldest: number | null }>(
      'SELECT MAX(seq) AS latest, MIN(seq) AS oldest FROM search_changes',
    )
    return { latest: Number(row?.latest ?? 0), oldest: Number(row?.oldest ?? 0) }
  },
  changes: (after, upTo) => changesBetween(base, after, upTo),
  prune: (keep) =>
    base.run('DELETE FROM search_changes WHERE seq <= (SELECT MAX(seq) FROM search_changes) - ?', [
      keep,
    ]),
})
