import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Written by hand (the rest is generated): a venue's accessibility was one checkbox per
// facility and becomes an answer (yes / no / unknown). A ticked box was a yes; an unticked box
// may have meant "no" or "not asked", so it becomes "unknown" — the honest answer. Listings'
// new questions start as "unknown" too. Down: a yes is ticked, anything else unticked.
const FACETS = ['step_free_entrance', 'accessible_toilet', 'hearing_loop', 'quiet_room', 'parking']
const LISTING = ['wheelchair', 'dutch_needed']

const answersFromTicks = async (db: MigrateUpArgs['db']) => {
  for (const [table, prefix] of [['venues', ''], ['_venues_v', 'version_']])
    for (const facet of FACETS) {
      const column = sql.raw(`"${prefix}accessibility_${facet}"`)
      await db.run(
        sql`UPDATE ${sql.raw(`"${table}"`)} SET ${column} = CASE WHEN ${column} IN (1, '1', 'true') THEN 'yes' ELSE 'unknown' END`,
      )
    }
  for (const [table, prefix] of [
    ['activities', ''],
    ['_activities_v', 'version_'],
    ['openings', ''],
    ['_openings_v', 'version_'],
  ])
    for (const question of LISTING) {
      const column = sql.raw(`"${prefix}accessibility_${question}"`)
      await db.run(sql`UPDATE ${sql.raw(`"${table}"`)} SET ${column} = 'unknown' WHERE ${column} IS NULL`)
    }
}

const ticksFromAnswers = async (db: MigrateDownArgs['db']) => {
  for (const [table, prefix] of [['venues', ''], ['_venues_v', 'version_']])
    for (const facet of FACETS) {
      const column = sql.raw(`"${prefix}accessibility_${facet}"`)
      await db.run(
        sql`UPDATE ${sql.raw(`"${table}"`)} SET ${column} = CASE WHEN ${column} = 'yes' THEN 1 ELSE 0 END`,
      )
    }
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_venues\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`type\` text,
  	\`description\` text,
  	\`address_street\` text,
  	\`address_house_number\` text,
  	\`address_postcode\` text,
  	\`address_city\` text,
  	\`location\` text,
  	\`location_status\` text,
  	\`location_source\` text,
  	\`codes_gemeente_code\` text,
  	\`codes_wijk_code\` text,
  	\`codes_buurt_code\` text,
  	\`accessibility_step_free_entrance\` text,
  	\`accessibility_accessible_toilet\` text,
  	\`accessibility_hearing_loop\` text,
  	\`accessibility_quiet_room\` text,
  	\`accessibility_parking\` text,
  	\`accessibility_notes\` text,
  	\`review_state\` text DEFAULT 'none',
  	\`submitted_at\` text,
  	\`submitted_by_id\` integer,
  	\`review_comment\` text,
  	\`edited_by_id\` integer,
  	\`edited_by_name\` text,
  	\`edited_by_editor\` integer,
  	\`external_id\` text,
  	\`external_source\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_venues\`("id", "name", "slug", "type", "description", "address_street", "address_house_number", "address_postcode", "address_city", "location", "location_status", "location_source", "codes_gemeente_code", "codes_wijk_code", "codes_buurt_code", "accessibility_step_free_entrance", "accessibility_accessible_toilet", "accessibility_hearing_loop", "accessibility_quiet_room", "accessibility_parking", "accessibility_notes", "review_state", "submitted_at", "submitted_by_id", "review_comment", "edited_by_id", "edited_by_name", "edited_by_editor", "external_id", "external_source", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "type", "description", "address_street", "address_house_number", "address_postcode", "address_city", "location", "location_status", "location_source", "codes_gemeente_code", "codes_wijk_code", "codes_buurt_code", "accessibility_step_free_entrance", "accessibility_accessible_toilet", "accessibility_hearing_loop", "accessibility_quiet_room", "accessibility_parking", "accessibility_notes", "review_state", "submitted_at", "submitted_by_id", "review_comment", "edited_by_id", "edited_by_name", "edited_by_editor", "external_id", "external_source", "updated_at", "created_at", "_status" FROM \`venues\`;`)
  await db.run(sql`DROP TABLE \`venues\`;`)
  await db.run(sql`ALTER TABLE \`__new_venues\` RENAME TO \`venues\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`venues_slug_idx\` ON \`venues\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`venues_location_status_idx\` ON \`venues\` (\`location_status\`);`)
  await db.run(sql`CREATE INDEX \`venues_review_state_idx\` ON \`venues\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`venues_submitted_by_idx\` ON \`venues\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`venues_edited_by_idx\` ON \`venues\` (\`edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`venues_external_id_idx\` ON \`venues\` (\`external_id\`);`)
  await db.run(sql`CREATE INDEX \`venues_external_source_idx\` ON \`venues\` (\`external_source\`);`)
  await db.run(sql`CREATE INDEX \`venues_updated_at_idx\` ON \`venues\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`venues_created_at_idx\` ON \`venues\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`venues__status_idx\` ON \`venues\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__venues_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_type\` text,
  	\`version_description\` text,
  	\`version_address_street\` text,
  	\`version_address_house_number\` text,
  	\`version_address_postcode\` text,
  	\`version_address_city\` text,
  	\`version_location\` text,
  	\`version_location_status\` text,
  	\`version_location_source\` text,
  	\`version_codes_gemeente_code\` text,
  	\`version_codes_wijk_code\` text,
  	\`version_codes_buurt_code\` text,
  	\`version_accessibility_step_free_entrance\` text,
  	\`version_accessibility_accessible_toilet\` text,
  	\`version_accessibility_hearing_loop\` text,
  	\`version_accessibility_quiet_room\` text,
  	\`version_accessibility_parking\` text,
  	\`version_accessibility_notes\` text,
  	\`version_review_state\` text DEFAULT 'none',
  	\`version_submitted_at\` text,
  	\`version_submitted_by_id\` integer,
  	\`version_review_comment\` text,
  	\`version_edited_by_id\` integer,
  	\`version_edited_by_name\` text,
  	\`version_edited_by_editor\` integer,
  	\`version_external_id\` text,
  	\`version_external_source\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__venues_v\`("id", "parent_id", "version_name", "version_slug", "version_type", "version_description", "version_address_street", "version_address_house_number", "version_address_postcode", "version_address_city", "version_location", "version_location_status", "version_location_source", "version_codes_gemeente_code", "version_codes_wijk_code", "version_codes_buurt_code", "version_accessibility_step_free_entrance", "version_accessibility_accessible_toilet", "version_accessibility_hearing_loop", "version_accessibility_quiet_room", "version_accessibility_parking", "version_accessibility_notes", "version_review_state", "version_submitted_at", "version_submitted_by_id", "version_review_comment", "version_edited_by_id", "version_edited_by_name", "version_edited_by_editor", "version_external_id", "version_external_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_type", "version_description", "version_address_street", "version_address_house_number", "version_address_postcode", "version_address_city", "version_location", "version_location_status", "version_location_source", "version_codes_gemeente_code", "version_codes_wijk_code", "version_codes_buurt_code", "version_accessibility_step_free_entrance", "version_accessibility_accessible_toilet", "version_accessibility_hearing_loop", "version_accessibility_quiet_room", "version_accessibility_parking", "version_accessibility_notes", "version_review_state", "version_submitted_at", "version_submitted_by_id", "version_review_comment", "version_edited_by_id", "version_edited_by_name", "version_edited_by_editor", "version_external_id", "version_external_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_venues_v\`;`)
  await db.run(sql`DROP TABLE \`_venues_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__venues_v\` RENAME TO \`_venues_v\`;`)
  await db.run(sql`CREATE INDEX \`_venues_v_parent_idx\` ON \`_venues_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_slug_idx\` ON \`_venues_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_location_status_idx\` ON \`_venues_v\` (\`version_location_status\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_review_state_idx\` ON \`_venues_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_submitted_by_idx\` ON \`_venues_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_edited_by_idx\` ON \`_venues_v\` (\`version_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_external_id_idx\` ON \`_venues_v\` (\`version_external_id\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_external_source_idx\` ON \`_venues_v\` (\`version_external_source\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_updated_at_idx\` ON \`_venues_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_created_at_idx\` ON \`_venues_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version__status_idx\` ON \`_venues_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_created_at_idx\` ON \`_venues_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_updated_at_idx\` ON \`_venues_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_latest_idx\` ON \`_venues_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`accessibility_wheelchair\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`accessibility_dutch_needed\` text;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_accessibility_wheelchair\` text;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_accessibility_dutch_needed\` text;`)
  await db.run(sql`ALTER TABLE \`openings\` ADD \`accessibility_wheelchair\` text;`)
  await db.run(sql`ALTER TABLE \`openings\` ADD \`accessibility_dutch_needed\` text;`)
  await db.run(sql`ALTER TABLE \`_openings_v\` ADD \`version_accessibility_wheelchair\` text;`)
  await db.run(sql`ALTER TABLE \`_openings_v\` ADD \`version_accessibility_dutch_needed\` text;`)
  await answersFromTicks(db)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await ticksFromAnswers(db)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_venues\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`type\` text,
  	\`description\` text,
  	\`address_street\` text,
  	\`address_house_number\` text,
  	\`address_postcode\` text,
  	\`address_city\` text,
  	\`location\` text,
  	\`location_status\` text,
  	\`location_source\` text,
  	\`codes_gemeente_code\` text,
  	\`codes_wijk_code\` text,
  	\`codes_buurt_code\` text,
  	\`accessibility_step_free_entrance\` integer DEFAULT false,
  	\`accessibility_accessible_toilet\` integer DEFAULT false,
  	\`accessibility_hearing_loop\` integer DEFAULT false,
  	\`accessibility_quiet_room\` integer DEFAULT false,
  	\`accessibility_parking\` integer DEFAULT false,
  	\`accessibility_notes\` text,
  	\`review_state\` text DEFAULT 'none',
  	\`submitted_at\` text,
  	\`submitted_by_id\` integer,
  	\`review_comment\` text,
  	\`edited_by_id\` integer,
  	\`edited_by_name\` text,
  	\`edited_by_editor\` integer,
  	\`external_id\` text,
  	\`external_source\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_venues\`("id", "name", "slug", "type", "description", "address_street", "address_house_number", "address_postcode", "address_city", "location", "location_status", "location_source", "codes_gemeente_code", "codes_wijk_code", "codes_buurt_code", "accessibility_step_free_entrance", "accessibility_accessible_toilet", "accessibility_hearing_loop", "accessibility_quiet_room", "accessibility_parking", "accessibility_notes", "review_state", "submitted_at", "submitted_by_id", "review_comment", "edited_by_id", "edited_by_name", "edited_by_editor", "external_id", "external_source", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "type", "description", "address_street", "address_house_number", "address_postcode", "address_city", "location", "location_status", "location_source", "codes_gemeente_code", "codes_wijk_code", "codes_buurt_code", "accessibility_step_free_entrance", "accessibility_accessible_toilet", "accessibility_hearing_loop", "accessibility_quiet_room", "accessibility_parking", "accessibility_notes", "review_state", "submitted_at", "submitted_by_id", "review_comment", "edited_by_id", "edited_by_name", "edited_by_editor", "external_id", "external_source", "updated_at", "created_at", "_status" FROM \`venues\`;`)
  await db.run(sql`DROP TABLE \`venues\`;`)
  await db.run(sql`ALTER TABLE \`__new_venues\` RENAME TO \`venues\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`venues_slug_idx\` ON \`venues\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`venues_location_status_idx\` ON \`venues\` (\`location_status\`);`)
  await db.run(sql`CREATE INDEX \`venues_review_state_idx\` ON \`venues\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`venues_submitted_by_idx\` ON \`venues\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`venues_edited_by_idx\` ON \`venues\` (\`edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`venues_external_id_idx\` ON \`venues\` (\`external_id\`);`)
  await db.run(sql`CREATE INDEX \`venues_external_source_idx\` ON \`venues\` (\`external_source\`);`)
  await db.run(sql`CREATE INDEX \`venues_updated_at_idx\` ON \`venues\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`venues_created_at_idx\` ON \`venues\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`venues__status_idx\` ON \`venues\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__venues_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_type\` text,
  	\`version_description\` text,
  	\`version_address_street\` text,
  	\`version_address_house_number\` text,
  	\`version_address_postcode\` text,
  	\`version_address_city\` text,
  	\`version_location\` text,
  	\`version_location_status\` text,
  	\`version_location_source\` text,
  	\`version_codes_gemeente_code\` text,
  	\`version_codes_wijk_code\` text,
  	\`version_codes_buurt_code\` text,
  	\`version_accessibility_step_free_entrance\` integer DEFAULT false,
  	\`version_accessibility_accessible_toilet\` integer DEFAULT false,
  	\`version_accessibility_hearing_loop\` integer DEFAULT false,
  	\`version_accessibility_quiet_room\` integer DEFAULT false,
  	\`version_accessibility_parking\` integer DEFAULT false,
  	\`version_accessibility_notes\` text,
  	\`version_review_state\` text DEFAULT 'none',
  	\`version_submitted_at\` text,
  	\`version_submitted_by_id\` integer,
  	\`version_review_comment\` text,
  	\`version_edited_by_id\` integer,
  	\`version_edited_by_name\` text,
  	\`version_edited_by_editor\` integer,
  	\`version_external_id\` text,
  	\`version_external_source\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__venues_v\`("id", "parent_id", "version_name", "version_slug", "version_type", "version_description", "version_address_street", "version_address_house_number", "version_address_postcode", "version_address_city", "version_location", "version_location_status", "version_location_source", "version_codes_gemeente_code", "version_codes_wijk_code", "version_codes_buurt_code", "version_accessibility_step_free_entrance", "version_accessibility_accessible_toilet", "version_accessibility_hearing_loop", "version_accessibility_quiet_room", "version_accessibility_parking", "version_accessibility_notes", "version_review_state", "version_submitted_at", "version_submitted_by_id", "version_review_comment", "version_edited_by_id", "version_edited_by_name", "version_edited_by_editor", "version_external_id", "version_external_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_type", "version_description", "version_address_street", "version_address_house_number", "version_address_postcode", "version_address_city", "version_location", "version_location_status", "version_location_source", "version_codes_gemeente_code", "version_codes_wijk_code", "version_codes_buurt_code", "version_accessibility_step_free_entrance", "version_accessibility_accessible_toilet", "version_accessibility_hearing_loop", "version_accessibility_quiet_room", "version_accessibility_parking", "version_accessibility_notes", "version_review_state", "version_submitted_at", "version_submitted_by_id", "version_review_comment", "version_edited_by_id", "version_edited_by_name", "version_edited_by_editor", "version_external_id", "version_external_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_venues_v\`;`)
  await db.run(sql`DROP TABLE \`_venues_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__venues_v\` RENAME TO \`_venues_v\`;`)
  await db.run(sql`CREATE INDEX \`_venues_v_parent_idx\` ON \`_venues_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_slug_idx\` ON \`_venues_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_location_status_idx\` ON \`_venues_v\` (\`version_location_status\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_review_state_idx\` ON \`_venues_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_submitted_by_idx\` ON \`_venues_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_edited_by_idx\` ON \`_venues_v\` (\`version_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_external_id_idx\` ON \`_venues_v\` (\`version_external_id\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_external_source_idx\` ON \`_venues_v\` (\`version_external_source\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_updated_at_idx\` ON \`_venues_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_created_at_idx\` ON \`_venues_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version__status_idx\` ON \`_venues_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_created_at_idx\` ON \`_venues_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_updated_at_idx\` ON \`_venues_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_latest_idx\` ON \`_venues_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`accessibility_wheelchair\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`accessibility_dutch_needed\`;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` DROP COLUMN \`version_accessibility_wheelchair\`;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` DROP COLUMN \`version_accessibility_dutch_needed\`;`)
  await db.run(sql`ALTER TABLE \`openings\` DROP COLUMN \`accessibility_wheelchair\`;`)
  await db.run(sql`ALTER TABLE \`openings\` DROP COLUMN \`accessibility_dutch_needed\`;`)
  await db.run(sql`ALTER TABLE \`_openings_v\` DROP COLUMN \`version_accessibility_wheelchair\`;`)
  await db.run(sql`ALTER TABLE \`_openings_v\` DROP COLUMN \`version_accessibility_dutch_needed\`;`)
}
