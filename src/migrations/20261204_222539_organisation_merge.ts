import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`organisations_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_texts_order_parent\` ON \`organisations_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_texts_text_idx\` ON \`organisations_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`_organisations_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_organisations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisations_v_texts_order_parent\` ON \`_organisations_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`organisations_rels\` ADD \`organisations_id\` integer REFERENCES organisations(id);`)
  await db.run(sql`CREATE INDEX \`organisations_rels_organisations_id_idx\` ON \`organisations_rels\` (\`organisations_id\`);`)
  await db.run(sql`ALTER TABLE \`_organisations_v_rels\` ADD \`organisations_id\` integer REFERENCES organisations(id);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_rels_organisations_id_idx\` ON \`_organisations_v_rels\` (\`organisations_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`organisations_texts\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v_texts\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_organisations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_organisations_rels\`("id", "order", "parent_id", "path", "areas_id") SELECT "id", "order", "parent_id", "path", "areas_id" FROM \`organisations_rels\`;`)
  await db.run(sql`DROP TABLE \`organisations_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_organisations_rels\` RENAME TO \`organisations_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`organisations_rels_order_idx\` ON \`organisations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`organisations_rels_parent_idx\` ON \`organisations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_rels_path_idx\` ON \`organisations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`organisations_rels_areas_id_idx\` ON \`organisations_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__organisations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_organisations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__organisations_v_rels\`("id", "order", "parent_id", "path", "areas_id") SELECT "id", "order", "parent_id", "path", "areas_id" FROM \`_organisations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__organisations_v_rels\` RENAME TO \`_organisations_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_organisations_v_rels_order_idx\` ON \`_organisations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_rels_parent_idx\` ON \`_organisations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_rels_path_idx\` ON \`_organisations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_rels_areas_id_idx\` ON \`_organisations_v_rels\` (\`areas_id\`);`)
}
