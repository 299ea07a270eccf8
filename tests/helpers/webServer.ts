import type { Payload } from 'payload'

import { listen } from './listen'
import { startPayload } from './payload'

export interface WebServer {
  url: string
  payload: Payload
  stop: () => Promise<void>
}

/**
 * Payload on a temporary SQLite database with the demo data and search index, served by the
 * real express app (public site, assets, health) without Next: the public pages do not need it.
 */
export const startWebServer = async (web?: {
  tileURL?: string
  formLimit?: { points: number; durationSeconds: number }
}): Promise<WebServer> => {
  const { payload, stop } = await startPayload()
  const { seedReferenceData } = await import('../../src/seed/seedReferenceData')
  const { seedDemoData } = await import('../../src/seed/seedDemoData')
  const { ensureSearchIndex } = await import('../../plugins/directory/search/indexListings')
  const { createApp } = await import('../../src/http/createApp')
  const { databaseCheck } = await import('../../src/http/checkDatabase')
  await seedReferenceData(payload)
  await seedDemoData(payload)
  // The e-mails the demo data's interests and loket requests queued, as the server's cron would.
  await payload.jobs.run({ queue: 'directory', limit: 100 })
  await ensureSearchIndex(payload)
  const server = await listen(
    createApp({
      payload,
      checkDatabase: databaseCheck(payload),
      web: {
        serverURL: 'http://meedoen.test',
        map: {
          tileURL: web?.tileURL ?? 'https://tiles.example.test/{z}/{x}/{y}.png',
          attribution: 'Kaartgegevens © Kadaster',
        },
        formLimit: web?.formLimit,
      },
    }),
  )
  return {
    url: server.url,
    payload,
    stop: async () => {
      await server.close()
      await stop()
    },
  }
}
