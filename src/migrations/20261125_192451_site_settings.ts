import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_name\` text DEFAULT 'Meedoen' NOT NULL,
  	\`tagline\` text DEFAULT 'Doe mee in je buurt',
  	\`owner\` text,
  	\`logo_id\` integer,
  	\`primary_colour\` text DEFAULT '#0b5e6b',
  	\`accent_colour\` text DEFAULT '#7a3e00',
  	\`accessibility_contact_email\` text,
  	\`accessibility_last_reviewed\` text,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_logo_idx\` ON \`site_settings\` (\`logo_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_settings\`;`)
}
