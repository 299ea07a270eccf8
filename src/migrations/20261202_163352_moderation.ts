import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`activities\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`activities_submitted_by_idx\` ON \`activities\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_edited_by_idx\` ON \`activities\` (\`edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_submitted_by_idx\` ON \`_activities_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_edited_by_idx\` ON \`_activities_v\` (\`version_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`openings\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`openings\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`openings\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`openings\` ADD \`edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`openings_submitted_by_idx\` ON \`openings\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`openings_edited_by_idx\` ON \`openings\` (\`edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_openings_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_openings_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_openings_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_openings_v\` ADD \`version_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_openings_v_version_version_submitted_by_idx\` ON \`_openings_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_version_version_edited_by_idx\` ON \`_openings_v\` (\`version_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`organisations_review_state_idx\` ON \`organisations\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`organisations_submitted_by_idx\` ON \`organisations\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_edited_by_idx\` ON \`organisations\` (\`edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_review_state_idx\` ON \`_organisations_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_submitted_by_idx\` ON \`_organisations_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_edited_by_idx\` ON \`_organisations_v\` (\`version_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`venues\` ADD \`review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`venues\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`venues\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`venues\` ADD \`review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`venues\` ADD \`edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`venues_review_state_idx\` ON \`venues\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`venues_submitted_by_idx\` ON \`venues\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`venues_edited_by_idx\` ON \`venues\` (\`edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_venues_v\` ADD \`version_review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_venues_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_venues_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_venues_v\` ADD \`version_review_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_venues_v\` ADD \`version_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_review_state_idx\` ON \`_venues_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_submitted_by_idx\` ON \`_venues_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_edited_by_idx\` ON \`_venues_v\` (\`version_edited_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_activities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`organisation_id\` integer,
  	\`location_kind\` text DEFAULT 'venue',
  	\`venue_id\` integer,
  	\`location_note\` text,
  	\`schedule_kind\` text DEFAULT 'weekly',
  	\`schedule_date\` text,
  	\`schedule_week_of_month\` text,
  	\`schedule_start_time\` text,
  	\`schedule_end_time\` text,
  	\`schedule_valid_from\` text,
  	\`schedule_valid_until\` text,
  	\`schedule_skip_school_holidays\` text,
  	\`cost_kind\` text DEFAULT 'free',
  	\`cost_amount\` numeric,
  	\`sign_up\` text DEFAULT 'walk_in',
  	\`age_min\` numeric,
  	\`age_max\` numeric,
  	\`contact_name\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`professional_referral_notes\` text,
  	\`professional_internal_contact\` text,
  	\`professional_capacity_notes\` text,
  	\`checked_on\` text,
  	\`review_state\` text DEFAULT 'none',
  	\`featured\` integer DEFAULT false,
  	\`stale_hidden\` integer DEFAULT false,
  	\`reminder_sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`venue_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_activities\`("id", "title", "slug", "summary", "description", "organisation_id", "location_kind", "venue_id", "location_note", "schedule_kind", "schedule_date", "schedule_week_of_month", "schedule_start_time", "schedule_end_time", "schedule_valid_from", "schedule_valid_until", "schedule_skip_school_holidays", "cost_kind", "cost_amount", "sign_up", "age_min", "age_max", "contact_name", "contact_email", "contact_phone", "professional_referral_notes", "professional_internal_contact", "professional_capacity_notes", "checked_on", "review_state", "featured", "stale_hidden", "reminder_sent_at", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "summary", "description", "organisation_id", "location_kind", "venue_id", "location_note", "schedule_kind", "schedule_date", "schedule_week_of_month", "schedule_start_time", "schedule_end_time", "schedule_valid_from", "schedule_valid_until", "schedule_skip_school_holidays", "cost_kind", "cost_amount", "sign_up", "age_min", "age_max", "contact_name", "contact_email", "contact_phone", "professional_referral_notes", "professional_internal_contact", "professional_capacity_notes", "checked_on", "review_state", "featured", "stale_hidden", "reminder_sent_at", "updated_at", "created_at", "_status" FROM \`activities\`;`)
  await db.run(sql`DROP TABLE \`activities\`;`)
  await db.run(sql`ALTER TABLE \`__new_activities\` RENAME TO \`activities\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`activities_slug_idx\` ON \`activities\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`activities_organisation_idx\` ON \`activities\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_venue_idx\` ON \`activities\` (\`venue_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_checked_on_idx\` ON \`activities\` (\`checked_on\`);`)
  await db.run(sql`CREATE INDEX \`activities_review_state_idx\` ON \`activities\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`activities_stale_hidden_idx\` ON \`activities\` (\`stale_hidden\`);`)
  await db.run(sql`CREATE INDEX \`activities_updated_at_idx\` ON \`activities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`activities_created_at_idx\` ON \`activities\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`activities__status_idx\` ON \`activities\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__activities_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_organisation_id\` integer,
  	\`version_location_kind\` text DEFAULT 'venue',
  	\`version_venue_id\` integer,
  	\`version_location_note\` text,
  	\`version_schedule_kind\` text DEFAULT 'weekly',
  	\`version_schedule_date\` text,
  	\`version_schedule_week_of_month\` text,
  	\`version_schedule_start_time\` text,
  	\`version_schedule_end_time\` text,
  	\`version_schedule_valid_from\` text,
  	\`version_schedule_valid_until\` text,
  	\`version_schedule_skip_school_holidays\` text,
  	\`version_cost_kind\` text DEFAULT 'free',
  	\`version_cost_amount\` numeric,
  	\`version_sign_up\` text DEFAULT 'walk_in',
  	\`version_age_min\` numeric,
  	\`version_age_max\` numeric,
  	\`version_contact_name\` text,
  	\`version_contact_email\` text,
  	\`version_contact_phone\` text,
  	\`version_professional_referral_notes\` text,
  	\`version_professional_internal_contact\` text,
  	\`version_professional_capacity_notes\` text,
  	\`version_checked_on\` text,
  	\`version_review_state\` text DEFAULT 'none',
  	\`version_featured\` integer DEFAULT false,
  	\`version_stale_hidden\` integer DEFAULT false,
  	\`version_reminder_sent_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_venue_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__activities_v\`("id", "parent_id", "version_title", "version_slug", "version_summary", "version_description", "version_organisation_id", "version_location_kind", "version_venue_id", "version_location_note", "version_schedule_kind", "version_schedule_date", "version_schedule_week_of_month", "version_schedule_start_time", "version_schedule_end_time", "version_schedule_valid_from", "version_schedule_valid_until", "version_schedule_skip_school_holidays", "version_cost_kind", "version_cost_amount", "version_sign_up", "version_age_min", "version_age_max", "version_contact_name", "version_contact_email", "version_contact_phone", "version_professional_referral_notes", "version_professional_internal_contact", "version_professional_capacity_notes", "version_checked_on", "version_review_state", "version_featured", "version_stale_hidden", "version_reminder_sent_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_summary", "version_description", "version_organisation_id", "version_location_kind", "version_venue_id", "version_location_note", "version_schedule_kind", "version_schedule_date", "version_schedule_week_of_month", "version_schedule_start_time", "version_schedule_end_time", "version_schedule_valid_from", "version_schedule_valid_until", "version_schedule_skip_school_holidays", "version_cost_kind", "version_cost_amount", "version_sign_up", "version_age_min", "version_age_max", "version_contact_name", "version_contact_email", "version_contact_phone", "version_professional_referral_notes", "version_professional_internal_contact", "version_professional_capacity_notes", "version_checked_on", "version_review_state", "version_featured", "version_stale_hidden", "version_reminder_sent_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_activities_v\`;`)
  await db.run(sql`DROP TABLE \`_activities_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__activities_v\` RENAME TO \`_activities_v\`;`)
  await db.run(sql`CREATE INDEX \`_activities_v_parent_idx\` ON \`_activities_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_slug_idx\` ON \`_activities_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_organisation_idx\` ON \`_activities_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_venue_idx\` ON \`_activities_v\` (\`version_venue_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_checked_on_idx\` ON \`_activities_v\` (\`version_checked_on\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_review_state_idx\` ON \`_activities_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_stale_hidden_idx\` ON \`_activities_v\` (\`version_stale_hidden\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_updated_at_idx\` ON \`_activities_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_created_at_idx\` ON \`_activities_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version__status_idx\` ON \`_activities_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_created_at_idx\` ON \`_activities_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_updated_at_idx\` ON \`_activities_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_latest_idx\` ON \`_activities_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_openings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`organisation_id\` integer,
  	\`venue_id\` integer,
  	\`hours_per_week_min\` numeric,
  	\`hours_per_week_max\` numeric,
  	\`places_total\` numeric,
  	\`places_available\` numeric,
  	\`status\` text DEFAULT 'open',
  	\`valid_through\` text,
  	\`what_you_learn\` text,
  	\`certificate\` text,
  	\`requirements\` text,
  	\`how_to_apply\` text,
  	\`contact_name\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`professional_referral_notes\` text,
  	\`professional_internal_contact\` text,
  	\`professional_capacity_notes\` text,
  	\`checked_on\` text,
  	\`review_state\` text DEFAULT 'none',
  	\`featured\` integer DEFAULT false,
  	\`stale_hidden\` integer DEFAULT false,
  	\`reminder_sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`venue_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_openings\`("id", "kind", "title", "slug", "summary", "description", "organisation_id", "venue_id", "hours_per_week_min", "hours_per_week_max", "places_total", "places_available", "status", "valid_through", "what_you_learn", "certificate", "requirements", "how_to_apply", "contact_name", "contact_email", "contact_phone", "professional_referral_notes", "professional_internal_contact", "professional_capacity_notes", "checked_on", "review_state", "featured", "stale_hidden", "reminder_sent_at", "updated_at", "created_at", "_status") SELECT "id", "kind", "title", "slug", "summary", "description", "organisation_id", "venue_id", "hours_per_week_min", "hours_per_week_max", "places_total", "places_available", "status", "valid_through", "what_you_learn", "certificate", "requirements", "how_to_apply", "contact_name", "contact_email", "contact_phone", "professional_referral_notes", "professional_internal_contact", "professional_capacity_notes", "checked_on", "review_state", "featured", "stale_hidden", "reminder_sent_at", "updated_at", "created_at", "_status" FROM \`openings\`;`)
  await db.run(sql`DROP TABLE \`openings\`;`)
  await db.run(sql`ALTER TABLE \`__new_openings\` RENAME TO \`openings\`;`)
  await db.run(sql`CREATE INDEX \`openings_kind_idx\` ON \`openings\` (\`kind\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`openings_slug_idx\` ON \`openings\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`openings_organisation_idx\` ON \`openings\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`openings_venue_idx\` ON \`openings\` (\`venue_id\`);`)
  await db.run(sql`CREATE INDEX \`openings_status_idx\` ON \`openings\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`openings_valid_through_idx\` ON \`openings\` (\`valid_through\`);`)
  await db.run(sql`CREATE INDEX \`openings_checked_on_idx\` ON \`openings\` (\`checked_on\`);`)
  await db.run(sql`CREATE INDEX \`openings_review_state_idx\` ON \`openings\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`openings_stale_hidden_idx\` ON \`openings\` (\`stale_hidden\`);`)
  await db.run(sql`CREATE INDEX \`openings_updated_at_idx\` ON \`openings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`openings_created_at_idx\` ON \`openings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`openings__status_idx\` ON \`openings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__openings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_kind\` text,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_organisation_id\` integer,
  	\`version_venue_id\` integer,
  	\`version_hours_per_week_min\` numeric,
  	\`version_hours_per_week_max\` numeric,
  	\`version_places_total\` numeric,
  	\`version_places_available\` numeric,
  	\`version_status\` text DEFAULT 'open',
  	\`version_valid_through\` text,
  	\`version_what_you_learn\` text,
  	\`version_certificate\` text,
  	\`version_requirements\` text,
  	\`version_how_to_apply\` text,
  	\`version_contact_name\` text,
  	\`version_contact_email\` text,
  	\`version_contact_phone\` text,
  	\`version_professional_referral_notes\` text,
  	\`version_professional_internal_contact\` text,
  	\`version_professional_capacity_notes\` text,
  	\`version_checked_on\` text,
  	\`version_review_state\` text DEFAULT 'none',
  	\`version_featured\` integer DEFAULT false,
  	\`version_stale_hidden\` integer DEFAULT false,
  	\`version_reminder_sent_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`openings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_venue_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__openings_v\`("id", "parent_id", "version_kind", "version_title", "version_slug", "version_summary", "version_description", "version_organisation_id", "version_venue_id", "version_hours_per_week_min", "version_hours_per_week_max", "version_places_total", "version_places_available", "version_status", "version_valid_through", "version_what_you_learn", "version_certificate", "version_requirements", "version_how_to_apply", "version_contact_name", "version_contact_email", "version_contact_phone", "version_professional_referral_notes", "version_professional_internal_contact", "version_professional_capacity_notes", "version_checked_on", "version_review_state", "version_featured", "version_stale_hidden", "version_reminder_sent_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_kind", "version_title", "version_slug", "version_summary", "version_description", "version_organisation_id", "version_venue_id", "version_hours_per_week_min", "version_hours_per_week_max", "version_places_total", "version_places_available", "version_status", "version_valid_through", "version_what_you_learn", "version_certificate", "version_requirements", "version_how_to_apply", "version_contact_name", "version_contact_email", "version_contact_phone", "version_professional_referral_notes", "version_professional_internal_contact", "version_professional_capacity_notes", "version_checked_on", "version_review_state", "version_featured", "version_stale_hidden", "version_reminder_sent_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_openings_v\`;`)
  await db.run(sql`DROP TABLE \`_openings_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__openings_v\` RENAME TO \`_openings_v\`;`)
  await db.run(sql`CREATE INDEX \`_openings_v_parent_idx\` ON \`_openings_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_version_version_kind_idx\` ON \`_openings_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_version_version_slug_idx\` ON \`_openings_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_version_version_organisation_idx\` ON \`_openings_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_version_version_venue_idx\` ON \`_openings_v\` (\`version_venue_id\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_version_version_status_idx\` ON \`_openings_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_version_version_valid_through_idx\` ON \`_openings_v\` (\`version_valid_through\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_version_version_checked_on_idx\` ON \`_openings_v\` (\`version_checked_on\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_version_version_review_state_idx\` ON \`_openings_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_version_version_stale_hidden_idx\` ON \`_openings_v\` (\`version_stale_hidden\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_version_version_updated_at_idx\` ON \`_openings_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_version_version_created_at_idx\` ON \`_openings_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_version_version__status_idx\` ON \`_openings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_created_at_idx\` ON \`_openings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_updated_at_idx\` ON \`_openings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_latest_idx\` ON \`_openings_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_organisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`type\` text,
  	\`description\` text,
  	\`logo_id\` integer,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`contact_website\` text,
  	\`kvk_number\` text,
  	\`address_street\` text,
  	\`address_house_number\` text,
  	\`address_postcode\` text,
  	\`address_city\` text,
  	\`verified\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_organisations\`("id", "name", "slug", "type", "description", "logo_id", "contact_email", "contact_phone", "contact_website", "kvk_number", "address_street", "address_house_number", "address_postcode", "address_city", "verified", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "type", "description", "logo_id", "contact_email", "contact_phone", "contact_website", "kvk_number", "address_street", "address_house_number", "address_postcode", "address_city", "verified", "updated_at", "created_at", "_status" FROM \`organisations\`;`)
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`ALTER TABLE \`__new_organisations\` RENAME TO \`organisations\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_slug_idx\` ON \`organisations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organisations_logo_idx\` ON \`organisations\` (\`logo_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_kvk_number_idx\` ON \`organisations\` (\`kvk_number\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations__status_idx\` ON \`organisations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__organisations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_type\` text,
  	\`version_description\` text,
  	\`version_logo_id\` integer,
  	\`version_contact_email\` text,
  	\`version_contact_phone\` text,
  	\`version_contact_website\` text,
  	\`version_kvk_number\` text,
  	\`version_address_street\` text,
  	\`version_address_house_number\` text,
  	\`version_address_postcode\` text,
  	\`version_address_city\` text,
  	\`version_verified\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__organisations_v\`("id", "parent_id", "version_name", "version_slug", "version_type", "version_description", "version_logo_id", "version_contact_email", "version_contact_phone", "version_contact_website", "version_kvk_number", "version_address_street", "version_address_house_number", "version_address_postcode", "version_address_city", "version_verified", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_type", "version_description", "version_logo_id", "version_contact_email", "version_contact_phone", "version_contact_website", "version_kvk_number", "version_address_street", "version_address_house_number", "version_address_postcode", "version_address_city", "version_verified", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_organisations_v\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__organisations_v\` RENAME TO \`_organisations_v\`;`)
  await db.run(sql`CREATE INDEX \`_organisations_v_parent_idx\` ON \`_organisations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_slug_idx\` ON \`_organisations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_logo_idx\` ON \`_organisations_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_kvk_number_idx\` ON \`_organisations_v\` (\`version_kvk_number\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_updated_at_idx\` ON \`_organisations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_created_at_idx\` ON \`_organisations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version__status_idx\` ON \`_organisations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_created_at_idx\` ON \`_organisations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_updated_at_idx\` ON \`_organisations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_latest_idx\` ON \`_organisations_v\` (\`latest\`);`)
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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_venues\`("id", "name", "slug", "type", "description", "address_street", "address_house_number", "address_postcode", "address_city", "location", "location_status", "location_source", "codes_gemeente_code", "codes_wijk_code", "codes_buurt_code", "accessibility_step_free_entrance", "accessibility_accessible_toilet", "accessibility_hearing_loop", "accessibility_quiet_room", "accessibility_parking", "accessibility_notes", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "type", "description", "address_street", "address_house_number", "address_postcode", "address_city", "location", "location_status", "location_source", "codes_gemeente_code", "codes_wijk_code", "codes_buurt_code", "accessibility_step_free_entrance", "accessibility_accessible_toilet", "accessibility_hearing_loop", "accessibility_quiet_room", "accessibility_parking", "accessibility_notes", "updated_at", "created_at", "_status" FROM \`venues\`;`)
  await db.run(sql`DROP TABLE \`venues\`;`)
  await db.run(sql`ALTER TABLE \`__new_venues\` RENAME TO \`venues\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`venues_slug_idx\` ON \`venues\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`venues_location_status_idx\` ON \`venues\` (\`location_status\`);`)
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
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__venues_v\`("id", "parent_id", "version_name", "version_slug", "version_type", "version_description", "version_address_street", "version_address_house_number", "version_address_postcode", "version_address_city", "version_location", "version_location_status", "version_location_source", "version_codes_gemeente_code", "version_codes_wijk_code", "version_codes_buurt_code", "version_accessibility_step_free_entrance", "version_accessibility_accessible_toilet", "version_accessibility_hearing_loop", "version_accessibility_quiet_room", "version_accessibility_parking", "version_accessibility_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_slug", "version_type", "version_description", "version_address_street", "version_address_house_number", "version_address_postcode", "version_address_city", "version_location", "version_location_status", "version_location_source", "version_codes_gemeente_code", "version_codes_wijk_code", "version_codes_buurt_code", "version_accessibility_step_free_entrance", "version_accessibility_accessible_toilet", "version_accessibility_hearing_loop", "version_accessibility_quiet_room", "version_accessibility_parking", "version_accessibility_notes", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_venues_v\`;`)
  await db.run(sql`DROP TABLE \`_venues_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__venues_v\` RENAME TO \`_venues_v\`;`)
  await db.run(sql`CREATE INDEX \`_venues_v_parent_idx\` ON \`_venues_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_slug_idx\` ON \`_venues_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_location_status_idx\` ON \`_venues_v\` (\`version_location_status\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_updated_at_idx\` ON \`_venues_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_created_at_idx\` ON \`_venues_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version__status_idx\` ON \`_venues_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_created_at_idx\` ON \`_venues_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_updated_at_idx\` ON \`_venues_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_latest_idx\` ON \`_venues_v\` (\`latest\`);`)
}
