import { getPayload } from 'payload'

import { loadEnvOrExit } from '../config/loadEnv'

/** `npm run search:reindex`: rebuilds the public search index from the listings. */
loadEnvOrExit()
const { default: config } = await import('../../payload.config')
const { migrateDatabase } = await import('../db/migrateDatabase')
const { reindexAll } = await import('../../plugins/directory')

const payload = await getPayload({ config })
await migrateDatabase(payload)
const started = Date.now()
const counts = await reindexAll(payload)
console.log(
  `Search index rebuilt in ${Date.now() - started} ms: ${counts.activities} activities, ${counts.openings} openings.`,
)
await payload.destroy()
process.exit(0)
