import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The public search index (FTS5, R*Tree and plain side tables). Raw SQL, written by hand:
 * Payload's schema diff does not know these tables. Fill it with `npm run search:reindex`
 * (the server does that on start when the index is empty). Its tables as they were then
 * (20261203_search_store replaces them).
 */
const CREATE_SEARCH_INDEX = [
  `CREATE TABLE IF NOT EXISTS search_docs (
    rowid INTEGER PRIMARY KEY,
    collection TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    slug TEXT,
    lat REAL,
    lon REAL,
    free INTEGER NOT NULL DEFAULT 0,
    walk_in INTEGER NOT NULL DEFAULT 0,
    age_min INTEGER,
    age_max INTEGER,
    weekdays INTEGER NOT NULL DEFAULT 0,
    parts INTEGER NOT NULL DEFAULT 0,
    access INTEGER NOT NULL DEFAULT 0,
    rungs INTEGER NOT NULL DEFAULT 0,
    next_start TEXT,
    UNIQUE (collection, doc_id)
  )`,
  `CREATE INDEX IF NOT EXISTS search_docs_kind ON search_docs (kind)`,
  `CREATE TABLE IF NOT EXISTS search_terms (
    doc INTEGER NOT NULL,
    facet TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (doc, facet, value)
  ) WITHOUT ROWID`,
  `CREATE INDEX IF NOT EXISTS search_terms_value ON search_terms (facet, value, doc)`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
    title, summary, body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
  )`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS search_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon)`,
  // Every index write appends the rows it touched (doc -1: everything), in the same
  // transaction; each process's in-memory column cache catches up from here.
  `CREATE TABLE IF NOT EXISTS search_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, doc INTEGER NOT NULL)`,
]

const DROP_SEARCH_INDEX = [
  'DROP TABLE IF EXISTS search_changes',
  'DROP TABLE IF EXISTS search_rtree',
  'DROP TABLE IF EXISTS search_fts',
  'DROP TABLE IF EXISTS search_terms',
  'DROP TABLE IF EXISTS search_docs',
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const statement of CREATE_SEARCH_INDEX) await db.run(sql.raw(statement))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const statement of DROP_SEARCH_INDEX) await db.run(sql.raw(statement))
}
