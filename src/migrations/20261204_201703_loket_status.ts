import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`loket_requests\` ADD \`message_to_employer\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`employers_offer\` text DEFAULT 'Wil je iemand een kans geven? De gemeente helpt je daarbij.
  
  - Jobcoaching: een jobcoach helpt je nieuwe medewerker op weg. De coach denkt ook met jou mee.
  - Loonkostensubsidie: kan iemand (nog) niet het volle tempo aan? Dan betaalt de gemeente een deel van het loon.
  - No-riskpolis: wordt je medewerker ziek? Dan betaalt het UWV het loon. Jij loopt dat risico niet.
  - Proefplaatsing: eerst een paar maanden samen kijken of het past, zonder loon te betalen.
  
  Wat past, hangt af van de persoon en van jouw bedrijf. Een redacteur bespreekt het met je.';`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`employers_offer_en\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`loket_requests\` DROP COLUMN \`message_to_employer\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`employers_offer\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`employers_offer_en\`;`)
}
