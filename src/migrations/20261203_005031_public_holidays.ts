import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`activities\` ADD \`schedule_on_public_holidays\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_schedule_on_public_holidays\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`schedule_on_public_holidays\`;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` DROP COLUMN \`version_schedule_on_public_holidays\`;`)
}
