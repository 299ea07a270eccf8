import path from 'node:path'
import { fileURLToPath } from 'node:url'

import next from 'next'
import { getPayload } from 'payload'

import { loadEnvOrExit } from './config/loadEnv'

/**
 * The one process: Payload (with its job runner), the express host with the public
 * directory, and Next for Payload's admin and REST API, all on one port.
 */
const env = loadEnvOrExit()
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const { refuseDamagedDatabase } = await import('./db/refuseDamagedDatabase')
await refuseDamagedDatabase(env)

const { default: config } = await import('../payload.config')
const { migrateDatabase } = await import('./db/migrateDatabase')
const { seedDemoData } = await import('./seed/seedDemoData')
const { seedReferenceData } = await import('./seed/seedReferenceData')
const { demoLoginLines } = await import('./seed/demoLogins')
const { createApp } = await import('./http/createApp')
const { databaseCheck } = await import('./http/checkDatabase')

const payload = await getPayload({ config, cron: true })
await migrateDatabase(payload)
await seedReferenceData(payload)
const seeded = env.seedDemoData ? await seedDemoData(payload) : { seeded: false }
const { ensureSearchIndex, warmSearchEngine } = await import('../plugins/directory')
await ensureSearchIndex(payload)
warmSearchEngine(payload)

const nextApp = next({ dev: false, dir: root })
await nextApp.prepare()
const nextHandle = nextApp.getRequestHandler()

const app = createApp({
  payload,
  checkDatabase: databaseCheck(payload),
  nextHandler: (req, res) => nextHandle(req, res),
  trustProxy: env.trustProxy,
})

const server = app.listen(env.port, env.host, () => {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : env.port
  const base = env.port === 0 ? `http://localhost:${port}` : env.serverURL
  // One write, so whoever waits for "listening" (tests, scripts) also has the logins.
  const lines = [
    `Meedoen listening on port ${port}`,
    `  public site: ${base}/`,
    `  admin:       ${base}/admin`,
  ]
  if (env.seedDemoData) {
    lines.push(
      seeded.seeded
        ? '  demo data seeded; demo logins:'
        : '  demo logins (if the demo data is present):',
    )
    for (const line of demoLoginLines()) lines.push(`    ${line}`)
  }
  console.log(lines.join('\n'))
})

let stopping = false
const stop = (signal: string) => {
  if (stopping) return
  stopping = true
  payload.logger.info(`${signal}: shutting down`)
  server.close(() => {
    void payload.destroy().finally(() => process.exit(0))
  })
  setTimeout(() => process.exit(0), 5_000).unref()
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
