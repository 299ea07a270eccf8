import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`activities_schedule_weekdays\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_schedule_weekdays_order_idx\` ON \`activities_schedule_weekdays\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`activities_schedule_weekdays_parent_idx\` ON \`activities_schedule_weekdays\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activities_schedule_exceptions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_schedule_exceptions_order_idx\` ON \`activities_schedule_exceptions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`activities_schedule_exceptions_parent_id_idx\` ON \`activities_schedule_exceptions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activities_low_threshold\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_low_threshold_order_idx\` ON \`activities_low_threshold\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`activities_low_threshold_parent_idx\` ON \`activities_low_threshold\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activities_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_languages_order_idx\` ON \`activities_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`activities_languages_parent_idx\` ON \`activities_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activities_target_groups\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_target_groups_order_idx\` ON \`activities_target_groups\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`activities_target_groups_parent_idx\` ON \`activities_target_groups\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activities_ladder_rungs\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_ladder_rungs_order_idx\` ON \`activities_ladder_rungs\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`activities_ladder_rungs_parent_idx\` ON \`activities_ladder_rungs\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activities\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`activities_slug_idx\` ON \`activities\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`activities_organisation_idx\` ON \`activities\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_venue_idx\` ON \`activities\` (\`venue_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_checked_on_idx\` ON \`activities\` (\`checked_on\`);`)
  await db.run(sql`CREATE INDEX \`activities_review_state_idx\` ON \`activities\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`activities_stale_hidden_idx\` ON \`activities\` (\`stale_hidden\`);`)
  await db.run(sql`CREATE INDEX \`activities_updated_at_idx\` ON \`activities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`activities_created_at_idx\` ON \`activities\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`activities__status_idx\` ON \`activities\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`activities_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`areas_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_rels_order_idx\` ON \`activities_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_parent_idx\` ON \`activities_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_path_idx\` ON \`activities_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_themes_id_idx\` ON \`activities_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_areas_id_idx\` ON \`activities_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_media_id_idx\` ON \`activities_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_version_schedule_weekdays\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_version_schedule_weekdays_order_idx\` ON \`_activities_v_version_schedule_weekdays\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_schedule_weekdays_parent_idx\` ON \`_activities_v_version_schedule_weekdays\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_version_schedule_exceptions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_version_schedule_exceptions_order_idx\` ON \`_activities_v_version_schedule_exceptions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_schedule_exceptions_parent_id_idx\` ON \`_activities_v_version_schedule_exceptions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_version_low_threshold\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_version_low_threshold_order_idx\` ON \`_activities_v_version_low_threshold\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_low_threshold_parent_idx\` ON \`_activities_v_version_low_threshold\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_version_languages_order_idx\` ON \`_activities_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_languages_parent_idx\` ON \`_activities_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_version_target_groups\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_version_target_groups_order_idx\` ON \`_activities_v_version_target_groups\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_target_groups_parent_idx\` ON \`_activities_v_version_target_groups\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_version_ladder_rungs\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_version_ladder_rungs_order_idx\` ON \`_activities_v_version_ladder_rungs\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_ladder_rungs_parent_idx\` ON \`_activities_v_version_ladder_rungs\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v\` (
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
  await db.run(sql`CREATE TABLE \`_activities_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`themes_id\` integer,
  	\`areas_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_order_idx\` ON \`_activities_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_parent_idx\` ON \`_activities_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_path_idx\` ON \`_activities_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_themes_id_idx\` ON \`_activities_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_areas_id_idx\` ON \`_activities_v_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_media_id_idx\` ON \`_activities_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`openings_days\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`openings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`openings_days_order_idx\` ON \`openings_days\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`openings_days_parent_idx\` ON \`openings_days\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`openings_support\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`openings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`openings_support_order_idx\` ON \`openings_support\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`openings_support_parent_idx\` ON \`openings_support\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`openings_target_groups\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`openings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`openings_target_groups_order_idx\` ON \`openings_target_groups\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`openings_target_groups_parent_idx\` ON \`openings_target_groups\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`openings_ladder_rungs\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`openings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`openings_ladder_rungs_order_idx\` ON \`openings_ladder_rungs\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`openings_ladder_rungs_parent_idx\` ON \`openings_ladder_rungs\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`openings\` (
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
  await db.run(sql`CREATE TABLE \`openings_rels\` (
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
  await db.run(sql`CREATE INDEX \`openings_rels_order_idx\` ON \`openings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`openings_rels_parent_idx\` ON \`openings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`openings_rels_path_idx\` ON \`openings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`openings_rels_themes_id_idx\` ON \`openings_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`openings_rels_areas_id_idx\` ON \`openings_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE TABLE \`_openings_v_version_days\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_openings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_openings_v_version_days_order_idx\` ON \`_openings_v_version_days\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_version_days_parent_idx\` ON \`_openings_v_version_days\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_openings_v_version_support\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_openings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_openings_v_version_support_order_idx\` ON \`_openings_v_version_support\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_version_support_parent_idx\` ON \`_openings_v_version_support\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_openings_v_version_target_groups\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_openings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_openings_v_version_target_groups_order_idx\` ON \`_openings_v_version_target_groups\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_version_target_groups_parent_idx\` ON \`_openings_v_version_target_groups\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_openings_v_version_ladder_rungs\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_openings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_openings_v_version_ladder_rungs_order_idx\` ON \`_openings_v_version_ladder_rungs\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_version_ladder_rungs_parent_idx\` ON \`_openings_v_version_ladder_rungs\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_openings_v\` (
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
  await db.run(sql`CREATE TABLE \`_openings_v_rels\` (
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
  await db.run(sql`CREATE INDEX \`_openings_v_rels_order_idx\` ON \`_openings_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_rels_parent_idx\` ON \`_openings_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_rels_path_idx\` ON \`_openings_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_rels_themes_id_idx\` ON \`_openings_v_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`_openings_v_rels_areas_id_idx\` ON \`_openings_v_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE TABLE \`organisations\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_slug_idx\` ON \`organisations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organisations_logo_idx\` ON \`organisations\` (\`logo_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_kvk_number_idx\` ON \`organisations\` (\`kvk_number\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations__status_idx\` ON \`organisations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`organisations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_rels_order_idx\` ON \`organisations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`organisations_rels_parent_idx\` ON \`organisations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_rels_path_idx\` ON \`organisations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`organisations_rels_areas_id_idx\` ON \`organisations_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE TABLE \`_organisations_v\` (
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
  await db.run(sql`CREATE TABLE \`_organisations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`areas_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_organisations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisations_v_rels_order_idx\` ON \`_organisations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_rels_parent_idx\` ON \`_organisations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_rels_path_idx\` ON \`_organisations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_rels_areas_id_idx\` ON \`_organisations_v_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE TABLE \`venues_opening_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`weekday\` text,
  	\`opens\` text,
  	\`closes\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`venues_opening_hours_order_idx\` ON \`venues_opening_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`venues_opening_hours_parent_id_idx\` ON \`venues_opening_hours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`venues_opening_hours_exceptions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`closed\` integer DEFAULT true,
  	\`opens\` text,
  	\`closes\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`venues_opening_hours_exceptions_order_idx\` ON \`venues_opening_hours_exceptions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`venues_opening_hours_exceptions_parent_id_idx\` ON \`venues_opening_hours_exceptions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`venues_rooms\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`capacity\` numeric,
  	\`how_to_book\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`venues_rooms_order_idx\` ON \`venues_rooms\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`venues_rooms_parent_id_idx\` ON \`venues_rooms\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`venues\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`venues_slug_idx\` ON \`venues\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`venues_updated_at_idx\` ON \`venues\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`venues_created_at_idx\` ON \`venues\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`venues__status_idx\` ON \`venues\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`venues_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisations_id\` integer,
  	\`areas_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`venues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`venues_rels_order_idx\` ON \`venues_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`venues_rels_parent_idx\` ON \`venues_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`venues_rels_path_idx\` ON \`venues_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`venues_rels_organisations_id_idx\` ON \`venues_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`venues_rels_areas_id_idx\` ON \`venues_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE INDEX \`venues_rels_media_id_idx\` ON \`venues_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_venues_v_version_opening_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`weekday\` text,
  	\`opens\` text,
  	\`closes\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_venues_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_venues_v_version_opening_hours_order_idx\` ON \`_venues_v_version_opening_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_opening_hours_parent_id_idx\` ON \`_venues_v_version_opening_hours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_venues_v_version_opening_hours_exceptions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`closed\` integer DEFAULT true,
  	\`opens\` text,
  	\`closes\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_venues_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_venues_v_version_opening_hours_exceptions_order_idx\` ON \`_venues_v_version_opening_hours_exceptions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_opening_hours_exceptions_parent_id_idx\` ON \`_venues_v_version_opening_hours_exceptions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_venues_v_version_rooms\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`capacity\` numeric,
  	\`how_to_book\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_venues_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_venues_v_version_rooms_order_idx\` ON \`_venues_v_version_rooms\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_rooms_parent_id_idx\` ON \`_venues_v_version_rooms\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_venues_v\` (
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
  await db.run(sql`CREATE INDEX \`_venues_v_parent_idx\` ON \`_venues_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_slug_idx\` ON \`_venues_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_updated_at_idx\` ON \`_venues_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_created_at_idx\` ON \`_venues_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version__status_idx\` ON \`_venues_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_created_at_idx\` ON \`_venues_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_updated_at_idx\` ON \`_venues_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_latest_idx\` ON \`_venues_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_venues_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisations_id\` integer,
  	\`areas_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_venues_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`areas_id\`) REFERENCES \`areas\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_venues_v_rels_order_idx\` ON \`_venues_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_rels_parent_idx\` ON \`_venues_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_rels_path_idx\` ON \`_venues_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_rels_organisations_id_idx\` ON \`_venues_v_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_rels_areas_id_idx\` ON \`_venues_v_rels\` (\`areas_id\`);`)
  await db.run(sql`CREATE INDEX \`_venues_v_rels_media_id_idx\` ON \`_venues_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`themes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`themes_slug_idx\` ON \`themes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`themes_updated_at_idx\` ON \`themes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`themes_created_at_idx\` ON \`themes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`areas\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`municipality\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`areas_slug_idx\` ON \`areas\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`areas_updated_at_idx\` ON \`areas\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`areas_created_at_idx\` ON \`areas\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`school_holidays\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`region\` text NOT NULL,
  	\`first_day\` text NOT NULL,
  	\`last_day\` text NOT NULL,
  	\`confidence\` text DEFAULT 'estimated' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`school_holidays_region_idx\` ON \`school_holidays\` (\`region\`);`)
  await db.run(sql`CREATE INDEX \`school_holidays_updated_at_idx\` ON \`school_holidays\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`school_holidays_created_at_idx\` ON \`school_holidays\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`credit\` text,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_created_by_idx\` ON \`media\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_memberships\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`organisation_id\` integer NOT NULL,
  	\`role\` text DEFAULT 'member' NOT NULL,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_memberships_order_idx\` ON \`users_memberships\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_memberships_parent_id_idx\` ON \`users_memberships\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_memberships_organisation_idx\` ON \`users_memberships\` (\`organisation_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`activities_schedule_weekdays\`;`)
  await db.run(sql`DROP TABLE \`activities_schedule_exceptions\`;`)
  await db.run(sql`DROP TABLE \`activities_low_threshold\`;`)
  await db.run(sql`DROP TABLE \`activities_languages\`;`)
  await db.run(sql`DROP TABLE \`activities_target_groups\`;`)
  await db.run(sql`DROP TABLE \`activities_ladder_rungs\`;`)
  await db.run(sql`DROP TABLE \`activities\`;`)
  await db.run(sql`DROP TABLE \`activities_rels\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_version_schedule_weekdays\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_version_schedule_exceptions\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_version_low_threshold\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_version_target_groups\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_version_ladder_rungs\`;`)
  await db.run(sql`DROP TABLE \`_activities_v\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_rels\`;`)
  await db.run(sql`DROP TABLE \`openings_days\`;`)
  await db.run(sql`DROP TABLE \`openings_support\`;`)
  await db.run(sql`DROP TABLE \`openings_target_groups\`;`)
  await db.run(sql`DROP TABLE \`openings_ladder_rungs\`;`)
  await db.run(sql`DROP TABLE \`openings\`;`)
  await db.run(sql`DROP TABLE \`openings_rels\`;`)
  await db.run(sql`DROP TABLE \`_openings_v_version_days\`;`)
  await db.run(sql`DROP TABLE \`_openings_v_version_support\`;`)
  await db.run(sql`DROP TABLE \`_openings_v_version_target_groups\`;`)
  await db.run(sql`DROP TABLE \`_openings_v_version_ladder_rungs\`;`)
  await db.run(sql`DROP TABLE \`_openings_v\`;`)
  await db.run(sql`DROP TABLE \`_openings_v_rels\`;`)
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`DROP TABLE \`organisations_rels\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`venues_opening_hours\`;`)
  await db.run(sql`DROP TABLE \`venues_opening_hours_exceptions\`;`)
  await db.run(sql`DROP TABLE \`venues_rooms\`;`)
  await db.run(sql`DROP TABLE \`venues\`;`)
  await db.run(sql`DROP TABLE \`venues_rels\`;`)
  await db.run(sql`DROP TABLE \`_venues_v_version_opening_hours\`;`)
  await db.run(sql`DROP TABLE \`_venues_v_version_opening_hours_exceptions\`;`)
  await db.run(sql`DROP TABLE \`_venues_v_version_rooms\`;`)
  await db.run(sql`DROP TABLE \`_venues_v\`;`)
  await db.run(sql`DROP TABLE \`_venues_v_rels\`;`)
  await db.run(sql`DROP TABLE \`themes\`;`)
  await db.run(sql`DROP TABLE \`areas\`;`)
  await db.run(sql`DROP TABLE \`school_holidays\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_memberships\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
