import type { IndexDoc, SearchIndexWriter } from '../types'
import { accessBits, partBits, rungBits, weekdayBits } from './bits'
import type { SqlExecutor } from './schema'

const logChange = (sql: SqlExecutor, doc: number) => sql.run('INSERT INTO search_changes (doc) VALUES (?)', [doc])

const removeRow = async (sql: SqlExecutor, rowid: number) => {
  await logChange(sql, rowid)
  await sql.run('DELETE FROM search_fts WHERE rowid = ?', [rowid])
  await sql.run('DELETE FROM search_rtree WHERE id = ?', [rowid])
  await sql.run('DELETE FROM search_terms WHERE doc = ?', [rowid])
  await sql.run('DELETE FROM search_docs WHERE rowid = ?', [rowid])
}

const findRow = async (sql: SqlExecutor, collection: string, id: string) =>
  (await sql.all<{ rowid: number }>('SELECT rowid FROM search_docs WHERE collection = ? AND doc_id = ?', [collection, id]))[0]
    ?.rowid

/** Writes one listing into all index tables (replacing what was there). */
export const writeDoc = async (sql: SqlExecutor, doc: IndexDoc): Promise<void> => {
  const existing = await findRow(sql, doc.collection, doc.id)
  if (existing !== undefined) await removeRow(sql, existing)
  const [row] = await sql.all<{ rowid: number }>(
    `INSERT INTO search_docs (collection, doc_id, kind, title, summary, slug, lat, lon, free, walk_in, age_min, age_max,
       weekdays, parts, access, rungs, next_start)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING rowid`,
    [
      doc.collection, doc.id, doc.kind, doc.title, doc.summary, doc.slug, doc.lat, doc.lon, doc.free ? 1 : 0, doc.walkIn ? 1 : 0,
      doc.ageMin, doc.ageMax, weekdayBits(doc.weekdays), partBits(doc.partsOfDay), accessBits(doc.accessibility),
      rungBits(doc.rungs), doc.nextStart,
    ],
  )
  const rowid = row!.rowid
  await logChange(sql, rowid)
  await sql.run('INSERT INTO search_fts (rowid, title, summary, body) VALUES (?, ?, ?, ?)', [rowid, doc.title, doc.summary, doc.body])
  if (doc.lat !== null && doc.lon !== null) {
    await sql.run('INSERT INTO search_rtree (id, min_lat, max_lat, min_lon, max_lon) VALUES (?, ?, ?, ?, ?)', [
      rowid, doc.lat, doc.lat, doc.lon, doc.lon,
    ])
  }
  const terms = [...new Set(doc.themes)].map((v) => ['theme', v]).concat([...new Set(doc.areas)].map((v) => ['area', v]))
  if (terms.length) {
    await sql.run(
      `INSERT INTO search_terms (doc, facet, value) VALUES ${terms.map(() => '(?, ?, ?)').join(', ')}`,
      terms.flatMap(([facet, value]) => [rowid, facet, value]),
    )
  }
}

/** The index writer over one SQL executor; `tx` (when given) is the executor of the save. */
export const sqliteIndexWriter = (base: SqlExecutor): SearchIndexWriter<SqlExecutor> => ({
  upsert: (doc, tx) => writeDoc(tx ?? base, doc),
  remove: async (collection, id, tx) => {
    const sql = tx ?? base
    const rowid = await findRow(sql, collection, id)
    if (rowid !== undefined) await removeRow(sql, rowid)
  },
  clear: async (tx) => {
    const sql = tx ?? base
    for (const table of ['search_fts', 'search_rtree', 'search_terms', 'search_docs', 'search_changes']) await sql.run(`DELETE FROM ${table}`)
    await logChange(sql, -1)
  },
})
