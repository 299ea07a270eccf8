import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`interests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organisation_id\` integer,
  	\`listing_kind\` text,
  	\`name\` text NOT NULL,
  	\`contact_by\` text DEFAULT 'email' NOT NULL,
  	\`email\` text,
  	\`phone\` text,
  	\`message\` text,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`consent_version\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`note\` text,
  	\`contact_key\` text,
  	\`outcome_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`outcome_id\`) REFERENCES \`interest_outcomes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`interests_organisation_idx\` ON \`interests\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`interests_contact_key_idx\` ON \`interests\` (\`contact_key\`);`)
  await db.run(sql`CREATE INDEX \`interests_outcome_idx\` ON \`interests\` (\`outcome_id\`);`)
  await db.run(sql`CREATE INDEX \`interests_updated_at_idx\` ON \`interests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interests_created_at_idx\` ON \`interests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`interests_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`activities_id\` integer,
  	\`openings_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activities_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`openings_id\`) REFERENCES \`openings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interests_rels_order_idx\` ON \`interests_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interests_rels_parent_idx\` ON \`interests_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interests_rels_path_idx\` ON \`interests_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`interests_rels_activities_id_idx\` ON \`interests_rels\` (\`activities_id\`);`)
  await db.run(sql`CREATE INDEX \`interests_rels_openings_id_idx\` ON \`interests_rels\` (\`openings_id\`);`)
  await db.run(sql`CREATE TABLE \`loket_requests_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`loket_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`loket_requests_kinds_order_idx\` ON \`loket_requests_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`loket_requests_kinds_parent_idx\` ON \`loket_requests_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`loket_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organisation_name\` text NOT NULL,
  	\`kvk_number\` text,
  	\`contact_name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`phone\` text,
  	\`place\` text NOT NULL,
  	\`hours_per_week\` numeric,
  	\`places_count\` numeric,
  	\`message\` text,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`assigned_to_id\` integer,
  	\`due_at\` text,
  	\`organisation_id\` integer,
  	\`editor_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assigned_to_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`loket_requests_assigned_to_idx\` ON \`loket_requests\` (\`assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`loket_requests_due_at_idx\` ON \`loket_requests\` (\`due_at\`);`)
  await db.run(sql`CREATE INDEX \`loket_requests_organisation_idx\` ON \`loket_requests\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`loket_requests_updated_at_idx\` ON \`loket_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`loket_requests_created_at_idx\` ON \`loket_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`interest_outcomes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organisation_id\` integer,
  	\`listing_kind\` text NOT NULL,
  	\`month\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`interest_outcomes_organisation_idx\` ON \`interest_outcomes\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`interest_outcomes_month_idx\` ON \`interest_outcomes\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`interest_outcomes_updated_at_idx\` ON \`interest_outcomes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interest_outcomes_created_at_idx\` ON \`interest_outcomes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`interest_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`user_id\` integer,
  	\`count\` numeric NOT NULL,
  	\`interests\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`interest_log_user_idx\` ON \`interest_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`interest_log_updated_at_idx\` ON \`interest_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interest_log_created_at_idx\` ON \`interest_log\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`interests_id\` integer REFERENCES interests(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`loket_requests_id\` integer REFERENCES loket_requests(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`interest_outcomes_id\` integer REFERENCES interest_outcomes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`interest_log_id\` integer REFERENCES interest_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interests_id_idx\` ON \`payload_locked_documents_rels\` (\`interests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_loket_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`loket_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interest_outcomes_id_idx\` ON \`payload_locked_documents_rels\` (\`interest_outcomes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interest_log_id_idx\` ON \`payload_locked_documents_rels\` (\`interest_log_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`interests\`;`)
  await db.run(sql`DROP TABLE \`interests_rels\`;`)
  await db.run(sql`DROP TABLE \`loket_requests_kinds\`;`)
  await db.run(sql`DROP TABLE \`loket_requests\`;`)
  await db.run(sql`DROP TABLE \`interest_outcomes\`;`)
  await db.run(sql`DROP TABLE \`interest_log\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`activities_id\` integer,
  	\`openings_id\` integer,
  	\`organisations_id\` integer,
  	\`venues_id\` integer,
  	\`themes_id\` integer,
  	\`areas_id\` integer,
  	\`school_holidays_id\` integer,
  	\`listing_reports_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activities_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`openings_id\`) REFERENCES \`openings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`venues_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`school_holidays_id\`) REFERENCES \`school_holidays\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`listing_reports_id\`) REFERENCES \`listing_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "activities_id", "openings_id", "organisations_id", "venues_id", "themes_id", "areas_id", "school_holidays_id", "listing_reports_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "activities_id", "openings_id", "organisations_id", "venues_id", "themes_id", "areas_id", "school_holidays_id", "listing_reports_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`activities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_openings_id_idx\` ON \`payload_locked_documents_rels\` (\`openings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_venues_id_idx\` ON \`payload_locked_documents_rels\` (\`venues_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_areas_id_idx\` ON \`payload_locked_documents_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_school_holidays_id_idx\` ON \`payload_locked_documents_rels\` (\`school_holidays_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_listing_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`listing_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
