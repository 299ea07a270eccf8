import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`openings_low_threshold\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`openings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`openings_low_threshold_order_idx\` ON \`openings_low_threshold\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`openings_low_threshold_parent_idx\` ON \`openings_low_threshold\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_openings_v_version_low_threshold\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_openings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_openings_v_version_low_threshold_order_idx\` ON \`_openings_v_version_low_threshold\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_version_low_threshold_parent_idx\` ON \`_openings_v_version_low_threshold\` (\`parent_id\`);`)
  await emptySearchIndex(db)
}

/**
 * The index rows stored before this migration lack what helps (`help`): the index is emptied,
 * with a rebuild noted in its change log for other processes, and the server's start fills it
 * again (ensureSearchIndex rebuilds an empty index).
 */
const emptySearchIndex = async (db: MigrateUpArgs['db']) => {
  const now = new Date().toISOString()
  // Only a database that had rows notes a rebuild (a new one has nothing to rebuild).
  await db.run(
    sql`INSERT INTO search_changes (seq, listing, updated_at, created_at) SELECT (SELECT COALESCE(MAX(seq), 0) + 1 FROM search_changes), '*', ${now}, ${now} WHERE EXISTS (SELECT 1 FROM search_docs)`,
  )
  await db.run(sql`DELETE FROM search_docs`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`openings_low_threshold\`;`)
  await db.run(sql`DROP TABLE \`_openings_v_version_low_threshold\`;`)
}
