import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import { buildConfig, type DatabaseAdapterObj } from 'payload'
import sharp from 'sharp'

import { directoryPlugin } from './plugins/directory'
import { invalidateReference } from './src/data/referenceCache'
import { directoryDatabase } from './src/db/directoryDatabase'
import { serializeTransactions } from './src/db/serializeTransactions'
import { limitsPlugin } from './src/http/limitsPlugin'
import { createEmailAdapter } from './src/email/createEmailAdapter'
import { loadEnv } from './src/config/loadEnv'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = loadEnv()

/** SQLite (embedded default) or MongoDB when DATABASE_URL says so. */
const database = (): DatabaseAdapterObj =>
  env.databaseKind === 'mongodb'
    ? mongooseAdapter({
        url: env.databaseURL,
        connectOptions: { serverSelectionTimeoutMS: 10_000 },
      })
    : sqliteAdapter({
        client: { url: env.databaseURL },
        migrationDir: path.resolve(dirname, 'src/migrations'),
        // Schema changes go through committed migrations, never an interactive dev push.
        push: false,
        wal: true,
        busyTimeout: 5_000,
        // Every save is one transaction: a refused hook leaves nothing behind, and the search
        // index (side tables) changes in the same transaction as the document.
        transactionOptions: {},
      })

export default buildConfig({
  serverURL: env.serverURL,
  secret: env.payloadSecret,
  telemetry: false,
  db: database(),
  editor: lexicalEditor(),
  sharp,
  email: createEmailAdapter({ smtpURL: env.smtpURL, from: env.mailFrom }),
  graphQL: { disable: true },
  logger: { options: { level: env.logLevel } },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: false },
  i18n: {
    supportedLanguages: { nl, en },
    fallbackLanguage: 'nl',
    // Plain Dutch instead of Payload's "Nieuw(e) …": one word form for every kind of document.
    translations: {
      nl: {
        general: {
          addNew: 'Toevoegen',
          addNewLabel: '{{label}} toevoegen',
          newLabel: 'Nieuw: {{label}}',
          selectExistingLabel: 'Kies uit bestaande: {{label}}',
          uploadNewLabel: 'Upload: {{label}}',
          createNewLabel: '{{label}} toevoegen',
          creatingNewLabel: '{{label}} toevoegen',
          // Checkbox columns ("Uitgelicht", "Gecontroleerd door de redactie") read as yes / no.
          true: 'Ja',
          false: 'Nee',
          // The "Publicatie plannen" drawer lists planned (un)publishing, not events.
          upcomingEvents: 'Gepland',
          noUpcomingEventsScheduled: 'Nog niets gepland.',
        },
      },
    },
  },
  admin: {
    user: 'users',
    avatar: 'default',
    // One date style in the admin, Dutch word order: "2 december 2026 16:53".
    dateFormat: 'd MMMM yyyy HH:mm',
    // Planned publishing asks for a time zone; everyone here means Dutch time.
    timezones: {
      supportedTimezones: [{ label: 'Nederland (Amsterdam)', value: 'Europe/Amsterdam' }],
      defaultTimezone: 'Europe/Amsterdam',
    },
    meta: { titleSuffix: ' – Meedoen' },
    importMap: {
      baseDir: dirname,
      importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js'),
    },
  },
  // After the directory plugin: the limits wrap the collections it installs.
  plugins: [
    directoryPlugin({
      mediaDir: env.mediaDir,
      // Uploaded spreadsheets are data, not public media.
      importDir: path.join(env.dataDir, 'imports'),
      map: { tileURL: env.mapTileURL, attribution: env.mapAttribution },
      // The public pages cache reference data per process (src/data/referenceCache.ts).
      onReferenceChange: invalidateReference,
      // The search store and transactions of SQLite or MongoDB (src/db: the adapters' internals).
      database: directoryDatabase(),
    }),
    limitsPlugin(),
  ],
  onInit: (payload) => {
    if (env.databaseKind === 'sqlite') serializeTransactions(payload.db)
  },
})
