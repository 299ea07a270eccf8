import compression from 'compression'
import express, { type Express, type RequestHandler } from 'express'
import type { Payload } from 'payload'

import { loadEnv } from '../config/loadEnv'
import { createWebRouter, type WebOptions } from '../web/router'
import type { DatabaseCheck } from './checkDatabase'
import { formLimiters } from './formRateLimit'
import { LOGIN_PATHS, loginRateLimit, type LoginRateLimitOptions } from './loginRateLimit'
import { baseSecurityHeaders, publicContentSecurityPolicy } from './securityHeaders'

export interface CreateAppArgs {
  payload: Payload
  checkDatabase: DatabaseCheck
  /** Next's request handler for Payload's admin, REST API and assets; absent in some tests. */
  nextHandler?: RequestHandler
  trustProxy?: number
  /** Public site settings; default from the environment. */
  web?: WebOptions
  /** Failed logins allowed per IP and window (default 10 per 15 minutes). */
  loginLimit?: LoginRateLimitOptions
}

/** Paths Next answers: Payload's admin panel, REST API and Next's own assets. */
export const NEXT_PATHS = ['/admin', '/admin/{*rest}', '/api', '/api/{*rest}', '/_next/{*rest}']

/**
 * The express host: headers and health for everything, the public directory rendered here,
 * and Payload's admin and REST handed to Next. No body parser runs before Next.
 */
const webOptionsFromEnv = (): WebOptions => {
  const env = loadEnv()
  return { serverURL: env.serverURL, map: { tileURL: env.mapTileURL, attribution: env.mapAttribution } }
}

export const createApp = ({ payload, checkDatabase, nextHandler, trustProxy = 0, web: webOptions = webOptionsFromEnv(), loginLimit }: CreateAppArgs): Express => {
  const limiters = formLimiters(webOptions.formLimit)
  const web: WebOptions = { ...webOptions, limiters }
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trustProxy)
  app.use(baseSecurityHeaders)

  app.get('/healthz', async (_req, res) => {
    const result = await checkDatabase()
    res.set('Cache-Control', 'no-store')
    if (result.ok) res.status(200).json({ status: 'ok' })
    else res.status(503).json({ status: 'unavailable', reason: result.reason })
  })

  const limitLogins = loginRateLimit(loginLimit)
  for (const path of LOGIN_PATHS) app.post(path, limitLogins)
  // The forms' collections can also be posted to Payload's REST API directly: the same per-IP
  // budget as the page's form.
  for (const [collection, kind] of [['listing-reports', 'report'], ['interests', 'interest'], ['loket-requests', 'loket']] as const) {
    app.post(`/api/${collection}`, async (req, res, next) => {
      const wait = await limiters[kind].take(req)
      if (wait === null) return next()
      res.status(429).set('Retry-After', String(wait)).json({ errors: [{ message: 'Te veel berichten. Probeer het later opnieuw. / Too many submissions. Please try again later.' }] })
    })
  }

  if (nextHandler) {
    for (const path of NEXT_PATHS) app.all(path, nextHandler)
  }

  app.use(compression(), publicContentSecurityPolicy(web.map.tileURL), createWebRouter({ payload, options: web }))
  return app
}
