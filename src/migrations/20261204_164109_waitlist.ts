import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`waitlist\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_waitlist\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`interests\` ADD \`waiting\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`waitlist\`;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` DROP COLUMN \`version_waitlist\`;`)
  await db.run(sql`ALTER TABLE \`interests\` DROP COLUMN \`waiting\`;`)
}
