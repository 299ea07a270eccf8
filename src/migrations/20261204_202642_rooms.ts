import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`venues_rooms_facilities\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`venues_rooms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`venues_rooms_facilities_order_idx\` ON \`venues_rooms_facilities\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`venues_rooms_facilities_parent_idx\` ON \`venues_rooms_facilities\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_venues_v_version_rooms_facilities\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_venues_v_version_rooms\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_venues_v_version_rooms_facilities_order_idx\` ON \`_venues_v_version_rooms_facilities\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_rooms_facilities_parent_idx\` ON \`_venues_v_version_rooms_facilities\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`room_bookings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`venue_id\` integer NOT NULL,
  	\`room_id\` text NOT NULL,
  	\`room_name\` text,
  	\`date\` text NOT NULL,
  	\`start\` text NOT NULL,
  	\`end\` text NOT NULL,
  	\`purpose\` text NOT NULL,
  	\`people\` numeric NOT NULL,
  	\`group_name\` text NOT NULL,
  	\`contact_name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`phone\` text,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`status\` text DEFAULT 'requested' NOT NULL,
  	\`response\` text,
  	\`contact_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`venue_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`room_bookings_venue_idx\` ON \`room_bookings\` (\`venue_id\`);`)
  await db.run(sql`CREATE INDEX \`room_bookings_date_idx\` ON \`room_bookings\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`room_bookings_contact_key_idx\` ON \`room_bookings\` (\`contact_key\`);`)
  await db.run(sql`CREATE INDEX \`room_bookings_updated_at_idx\` ON \`room_bookings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`room_bookings_created_at_idx\` ON \`room_bookings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`room_bookings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisations_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`room_bookings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`room_bookings_rels_order_idx\` ON \`room_bookings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`room_bookings_rels_parent_idx\` ON \`room_bookings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`room_bookings_rels_path_idx\` ON \`room_bookings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`room_bookings_rels_organisations_id_idx\` ON \`room_bookings_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE TABLE \`room_slots\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`venue_id\` integer NOT NULL,
  	\`room_id\` text NOT NULL,
  	\`date\` text NOT NULL,
  	\`from\` text NOT NULL,
  	\`until\` text NOT NULL,
  	\`booking\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`venue_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`room_slots_key_idx\` ON \`room_slots\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`room_slots_venue_idx\` ON \`room_slots\` (\`venue_id\`);`)
  await db.run(sql`CREATE INDEX \`room_slots_date_idx\` ON \`room_slots\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`room_slots_booking_idx\` ON \`room_slots\` (\`booking\`);`)
  await db.run(sql`CREATE INDEX \`room_slots_updated_at_idx\` ON \`room_slots\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`room_slots_created_at_idx\` ON \`room_slots\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`venues_rooms\` ADD \`step_free\` text DEFAULT 'unknown';`)
  await db.run(sql`ALTER TABLE \`venues_rooms\` ADD \`conditions\` text;`)
  await db.run(sql`ALTER TABLE \`venues_rooms\` ADD \`bookable\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_venues_v_version_rooms\` ADD \`step_free\` text DEFAULT 'unknown';`)
  await db.run(sql`ALTER TABLE \`_venues_v_version_rooms\` ADD \`conditions\` text;`)
  await db.run(sql`ALTER TABLE \`_venues_v_version_rooms\` ADD \`bookable\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`room_bookings_id\` integer REFERENCES room_bookings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`room_slots_id\` integer REFERENCES room_slots(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_room_bookings_id_idx\` ON \`payload_locked_documents_rels\` (\`room_bookings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_room_slots_id_idx\` ON \`payload_locked_documents_rels\` (\`room_slots_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`venues_rooms_facilities\`;`)
  await db.run(sql`DROP TABLE \`_venues_v_version_rooms_facilities\`;`)
  await db.run(sql`DROP TABLE \`room_bookings\`;`)
  await db.run(sql`DROP TABLE \`room_bookings_rels\`;`)
  await db.run(sql`DROP TABLE \`room_slots\`;`)
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
  	\`search_synonyms_id\` integer,
  	\`search_changes_id\` integer,
  	\`feed_items_id\` integer,
  	\`interests_id\` integer,
  	\`loket_requests_id\` integer,
  	\`referrals_id\` integer,
  	\`profiles_id\` integer,
  	\`alerts_id\` integer,
  	\`listing_reports_id\` integer,
  	\`interest_outcomes_id\` integer,
  	\`referral_outcomes_id\` integer,
  	\`interest_log_id\` integer,
  	\`import_runs_id\` integer,
  	\`federation_sources_id\` integer,
  	\`external_listings_id\` integer,
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
  	FOREIGN KEY (\`search_synonyms_id\`) REFERENCES \`search_synonyms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_changes_id\`) REFERENCES \`search_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feed_items_id\`) REFERENCES \`feed_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interests_id\`) REFERENCES \`interests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`loket_requests_id\`) REFERENCES \`loket_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`referrals_id\`) REFERENCES \`referrals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`profiles_id\`) REFERENCES \`profiles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`alerts_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`listing_reports_id\`) REFERENCES \`listing_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interest_outcomes_id\`) REFERENCES \`interest_outcomes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`referral_outcomes_id\`) REFERENCES \`referral_outcomes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interest_log_id\`) REFERENCES \`interest_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`import_runs_id\`) REFERENCES \`import_runs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`federation_sources_id\`) REFERENCES \`federation_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`external_listings_id\`) REFERENCES \`external_listings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "activities_id", "openings_id", "organisations_id", "venues_id", "themes_id", "areas_id", "school_holidays_id", "search_synonyms_id", "search_changes_id", "feed_items_id", "interests_id", "loket_requests_id", "referrals_id", "profiles_id", "alerts_id", "listing_reports_id", "interest_outcomes_id", "referral_outcomes_id", "interest_log_id", "import_runs_id", "federation_sources_id", "external_listings_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "activities_id", "openings_id", "organisations_id", "venues_id", "themes_id", "areas_id", "school_holidays_id", "search_synonyms_id", "search_changes_id", "feed_items_id", "interests_id", "loket_requests_id", "referrals_id", "profiles_id", "alerts_id", "listing_reports_id", "interest_outcomes_id", "referral_outcomes_id", "interest_log_id", "import_runs_id", "federation_sources_id", "external_listings_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_synonyms_id_idx\` ON \`payload_locked_documents_rels\` (\`search_synonyms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`search_changes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feed_items_id_idx\` ON \`payload_locked_documents_rels\` (\`feed_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interests_id_idx\` ON \`payload_locked_documents_rels\` (\`interests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_loket_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`loket_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_referrals_id_idx\` ON \`payload_locked_documents_rels\` (\`referrals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_profiles_id_idx\` ON \`payload_locked_documents_rels\` (\`profiles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_alerts_id_idx\` ON \`payload_locked_documents_rels\` (\`alerts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_listing_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`listing_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interest_outcomes_id_idx\` ON \`payload_locked_documents_rels\` (\`interest_outcomes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_referral_outcomes_id_idx\` ON \`payload_locked_documents_rels\` (\`referral_outcomes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interest_log_id_idx\` ON \`payload_locked_documents_rels\` (\`interest_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_import_runs_id_idx\` ON \`payload_locked_documents_rels\` (\`import_runs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_federation_sources_id_idx\` ON \`payload_locked_documents_rels\` (\`federation_sources_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_external_listings_id_idx\` ON \`payload_locked_documents_rels\` (\`external_listings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`venues_rooms\` DROP COLUMN \`step_free\`;`)
  await db.run(sql`ALTER TABLE \`venues_rooms\` DROP COLUMN \`conditions\`;`)
  await db.run(sql`ALTER TABLE \`venues_rooms\` DROP COLUMN \`bookable\`;`)
  await db.run(sql`ALTER TABLE \`_venues_v_version_rooms\` DROP COLUMN \`step_free\`;`)
  await db.run(sql`ALTER TABLE \`_venues_v_version_rooms\` DROP COLUMN \`conditions\`;`)
  await db.run(sql`ALTER TABLE \`_venues_v_version_rooms\` DROP COLUMN \`bookable\`;`)
}
