import { getPayload } from 'payload'

import { loadEnvOrExit } from '../config/loadEnv'

/** `npm run seed`: resets the database to the demo data (deletes listings, users, organisations). */
loadEnvOrExit()
const { default: config } = await import('../../payload.config')
const { migrateDatabase } = await import('../db/migrateDatabase')
const { seedDemoData } = await import('./seedDemoData')
const { seedReferenceData } = await import('./seedReferenceData')
const { demoLoginLines } = await import('./demoLogins')

const payload = await getPayload({ config })
await migrateDatabase(payload)
await seedReferenceData(payload)
const started = Date.now()
const result = await seedDemoData(payload, { reset: true })
console.log(`Demo data seeded in ${Date.now() - started} ms:`, result.counts)
console.log('Demo logins:')
for (const line of demoLoginLines()) console.log(`  ${line}`)
await payload.destroy()
process.exit(0)
