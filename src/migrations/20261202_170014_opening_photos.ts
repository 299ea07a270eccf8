import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`openings_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`openings_rels_media_id_idx\` ON \`openings_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`_openings_v_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_openings_v_rels_media_id_idx\` ON \`_openings_v_rels\` (\`media_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_openings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`openings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_openings_rels\`("id", "order", "parent_id", "path", "themes_id", "areas_id") SELECT "id", "order", "parent_id", "path", "themes_id", "areas_id" FROM \`openings_rels\`;`)
  await db.run(sql`DROP TABLE \`openings_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_openings_rels\` RENAME TO \`openings_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`openings_rels_order_idx\` ON \`openings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`openings_rels_parent_idx\` ON \`openings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`openings_rels_path_idx\` ON \`openings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`openings_rels_themes_id_idx\` ON \`openings_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`openings_rels_areas_id_idx\` ON \`openings_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__openings_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_openings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__openings_v_rels\`("id", "order", "parent_id", "path", "themes_id", "areas_id") SELECT "id", "order", "parent_id", "path", "themes_id", "areas_id" FROM \`_openings_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_openings_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__openings_v_rels\` RENAME TO \`_openings_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_openings_v_rels_order_idx\` ON \`_openings_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_rels_parent_idx\` ON \`_openings_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_rels_path_idx\` ON \`_openings_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_rels_themes_id_idx\` ON \`_openings_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_rels_areas_id_idx\` ON \`_openings_v_rels\` (\`areas_id\`);`)
}
