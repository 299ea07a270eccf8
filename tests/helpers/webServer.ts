import type { Payload } from 'payload'

import { listen } from './listen'
import { startPayload } from './payload'
import { smtpPeer, type SmtpPeer } from './smtpPeer'

export interface WebServer {
  url: string
  payload: Payload
  stop: () => Promise<void>
}

interface WebOptions {
  tileURL?: string
  formLimit?: { points: number; durationSeconds: number }
  /** Also Payload's REST API under /api (without Next), as the real server has it. */
  rest?: boolean
}

/** The real express app (public site, assets, health) for a started Payload, on a free port. */
export const serveApp = async (payload: Payload, web?: WebOptions) => {
  const { createApp } = await import('../../src/http/createApp')
  const { databaseCheck } = await import('../../src/http/checkDatabase')
  const { payloadRest } = await import('./payloadRest')
  return listen(
    createApp({
      payload,
      checkDatabase: databaseCheck(payload),
      nextHandler: web?.rest ? payloadRest(payload) : undefined,
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
}

/**
 * Payload on a temporary SQLite database with the demo data and search index, served by the
 * real express app (public site, assets, health) without Next: the public pages do not need it.
 */
export const startWebServer = async (web?: WebOptions): Promise<WebServer> => {
  const { payload, stop } = await startPayload()
  const { seedReferenceData } = await import('../../src/seed/seedReferenceData')
  const { seedDemoData } = await import('../../src/seed/seedDemoData')
  const { ensureSearchIndex } = await import('../../plugins/directory/search/indexListings')
  await seedReferenceData(payload)
  await seedDemoData(payload)
  // The e-mails the demo data's interests and loket requests queued, as the server's cron would.
  await payload.jobs.run({ queue: 'directory', limit: 100 })
  await ensureSearchIndex(payload)
  const server = await serveApp(payload, web)
  return {
    url: server.url,
    payload,
    stop: async () => {
      await server.close()
      await stop()
    },
  }
}

/**
 * startWebServer with its e-mail going to a real SMTP peer (the config reads SMTP_URL when it
 * loads, so it is set first). `stop` stops both.
 */
export const startWebServerWithMail = async (
  web?: WebOptions,
): Promise<{ server: WebServer; smtp: SmtpPeer; stop: () => Promise<void> }> => {
  const smtp = await smtpPeer()
  await smtp.start()
  process.env.SMTP_URL = smtp.url
  const server = await startWebServer(web)
  return {
    server,
    smtp,
    stop: async () => {
      await server.stop()
      await smtp.stop()
      delete process.env.SMTP_URL
    },
  }
}
