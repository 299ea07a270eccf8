import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { CREATE_SEARCH_INDEX, DROP_SEARCH_INDEX } from '../lib/search/sqlite/schema'

/**
 * The public search index (FTS5, R*Tree and plain side tables). Raw SQL, written by hand:
 * Payload's schema diff does not know these tables. Fill it with `npm run search:reindex`
 * (the server does that on start when the index is empty).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const statement of CREATE_SEARCH_INDEX) await db.run(sql.raw(statement))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const statement of DROP_SEARCH_INDEX) await db.run(sql.raw(statement))
}
