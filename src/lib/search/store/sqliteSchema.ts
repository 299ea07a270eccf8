/**
 * The public listings on SQLite: one row per listing an anonymous visitor may see, the whole
 * IndexDoc as JSON (read in full at start, by key for a page). Its change log is the
 * `search-changes` collection (Payload's table `search_changes`). Created by the migration
 * 20261203_search_store.
 */
export const CREATE_SEARCH_DOCS = [
  `CREATE TABLE IF NOT EXISTS search_docs (
    key TEXT PRIMARY KEY,
    collection TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    doc TEXT NOT NULL
  ) WITHOUT ROWID`,
]

export const DROP_SEARCH_DOCS = ['DROP TABLE IF EXISTS search_docs']

/** Runs SQL with `?` parameters; implemented over Payload's database (and its transaction). */
export interface SqlExecutor {
  all<T = Record<string, unknown>>(sql: string, args?: unknown[]): Promise<T[]>
  run(sql: string, args?: unknown[]): Promise<void>
}
