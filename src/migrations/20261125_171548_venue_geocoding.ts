import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`venues\` ADD \`location_status\` text;`)
  await db.run(sql`ALTER TABLE \`venues\` ADD \`location_source\` text;`)
  await db.run(sql`ALTER TABLE \`venues\` ADD \`codes_gemeente_code\` text;`)
  await db.run(sql`ALTER TABLE \`venues\` ADD \`codes_wijk_code\` text;`)
  await db.run(sql`ALTER TABLE \`venues\` ADD \`codes_buurt_code\` text;`)
  await db.run(sql`CREATE INDEX \`venues_location_status_idx\` ON \`venues\` (\`location_status\`);`)
  await db.run(sql`ALTER TABLE \`_venues_v\` ADD \`version_location_status\` text;`)
  await db.run(sql`ALTER TABLE \`_venues_v\` ADD \`version_location_source\` text;`)
  await db.run(sql`ALTER TABLE \`_venues_v\` ADD \`version_codes_gemeente_code\` text;`)
  await db.run(sql`ALTER TABLE \`_venues_v\` ADD \`version_codes_wijk_code\` text;`)
  await db.run(sql`ALTER TABLE \`_venues_v\` ADD \`version_codes_buurt_code\` text;`)
  await db.run(sql`CREATE INDEX \`_venues_v_version_version_location_status_idx\` ON \`_venues_v\` (\`version_location_status\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`venues_location_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`venues\` DROP COLUMN \`location_status\`;`)
  await db.run(sql`ALTER TABLE \`venues\` DROP COLUMN \`location_source\`;`)
  await db.run(sql`ALTER TABLE \`venues\` DROP COLUMN \`codes_gemeente_code\`;`)
  await db.run(sql`ALTER TABLE \`venues\` DROP COLUMN \`codes_wijk_code\`;`)
  await db.run(sql`ALTER TABLE \`venues\` DROP COLUMN \`codes_buurt_code\`;`)
  await db.run(sql`DROP INDEX \`_venues_v_version_version_location_status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_venues_v\` DROP COLUMN \`version_location_status\`;`)
  await db.run(sql`ALTER TABLE \`_venues_v\` DROP COLUMN \`version_location_source\`;`)
  await db.run(sql`ALTER TABLE \`_venues_v\` DROP COLUMN \`version_codes_gemeente_code\`;`)
  await db.run(sql`ALTER TABLE \`_venues_v\` DROP COLUMN \`version_codes_wijk_code\`;`)
  await db.run(sql`ALTER TABLE \`_venues_v\` DROP COLUMN \`version_codes_buurt_code\`;`)
}
