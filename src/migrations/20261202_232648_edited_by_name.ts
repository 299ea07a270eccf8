import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`activities\` ADD \`edited_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`edited_by_editor\` integer;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_edited_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_edited_by_editor\` integer;`)
  await db.run(sql`ALTER TABLE \`openings\` ADD \`edited_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`openings\` ADD \`edited_by_editor\` integer;`)
  await db.run(sql`ALTER TABLE \`_openings_v\` ADD \`version_edited_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`_openings_v\` ADD \`version_edited_by_editor\` integer;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`edited_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`edited_by_editor\` integer;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_edited_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_edited_by_editor\` integer;`)
  await db.run(sql`ALTER TABLE \`venues\` ADD \`edited_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`venues\` ADD \`edited_by_editor\` integer;`)
  await db.run(sql`ALTER TABLE \`_venues_v\` ADD \`version_edited_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`_venues_v\` ADD \`version_edited_by_editor\` integer;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`edited_by_name\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`edited_by_editor\`;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` DROP COLUMN \`version_edited_by_name\`;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` DROP COLUMN \`version_edited_by_editor\`;`)
  await db.run(sql`ALTER TABLE \`openings\` DROP COLUMN \`edited_by_name\`;`)
  await db.run(sql`ALTER TABLE \`openings\` DROP COLUMN \`edited_by_editor\`;`)
  await db.run(sql`ALTER TABLE \`_openings_v\` DROP COLUMN \`version_edited_by_name\`;`)
  await db.run(sql`ALTER TABLE \`_openings_v\` DROP COLUMN \`version_edited_by_editor\`;`)
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`edited_by_name\`;`)
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`edited_by_editor\`;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` DROP COLUMN \`version_edited_by_name\`;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` DROP COLUMN \`version_edited_by_editor\`;`)
  await db.run(sql`ALTER TABLE \`venues\` DROP COLUMN \`edited_by_name\`;`)
  await db.run(sql`ALTER TABLE \`venues\` DROP COLUMN \`edited_by_editor\`;`)
  await db.run(sql`ALTER TABLE \`_venues_v\` DROP COLUMN \`version_edited_by_name\`;`)
  await db.run(sql`ALTER TABLE \`_venues_v\` DROP COLUMN \`version_edited_by_editor\`;`)
}
