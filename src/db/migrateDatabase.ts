import { sql } from '@payloadcms/db-sqlite'
import type { Migration, Payload } from 'payload'

import { migrations } from '../migrations'

/**
 * Brings the database schema up to date from the committed migrations. MongoDB needs no DDL
 * (Payload builds its indexes on connect), so only SQLite runs them. Afterwards SQLite's query
 * planner statistics are refreshed: without them it picks poor indexes (docs/payload-sqlite-notes.md).
 */
export const migrateDatabase = async (payload: Payload): Promise<void> => {
  if (payload.db.name !== 'sqlite') return
  // The generated migrations type their arguments more precisely than Payload's Migration.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  const drizzle = (payload.db as unknown as { drizzle: { run: (q: unknown) => Promise<unknown> } })
    .drizzle
  await drizzle.run(sql`PRAGMA optimize`)
}
