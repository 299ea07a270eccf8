import compression from 'compression'
import express, { type Express, type RequestHandler } from 'express'
import type { Payload } from 'payload'

import { loadEnv } from '../config/loadEnv'
import { createWebRouter, type WebOptions } from '../web/router'
import { bodyLimit } from './bodyLimits'
import type { DatabaseCheck } from './checkDatabase'
import { type RequestLimits, runForClient } from './clientContext'
import { formLimiters } from './formRateLimit'
import { loginThrottle, type LoginThrottleOptions } from './loginThrottle'
import { responsePolicy } from './responsePolicy'
import { baseSecurityHeaders, publicContentSecurityPolicy } from './securityHeaders'

export interface CreateAppArgs {
  payload: Payload
  checkDatabase: DatabaseCheck
  /** Next's request handler for Payload's admin, REST API and assets; absent in some tests. */
  nextHandler?: RequestHandler
  trustProxy?: number
  /** Public site settings; default from the environment. */
  web?: WebOptions
  /** Login and password-reset throttling (default LOGIN_THROTTLE). */
  loginLimit?: LoginThrottleOptions
}

/** Paths Next answers: Payload's admin panel, REST API and Next's own assets. */
const NEXT_PATHS = ['/admin', '/admin/{*rest}', '/api', '/api/{*rest}', '/_next/{*rest}']

/**
 * The express host: headers and health for everything, the public directory rendered here,
 * and Payload's admin and REST handed to Next. No body parser runs before Next; body sizes are
 * judged by their length, and the rate limits are applied inside Payload (limitsPlugin) with
 * the client and budgets this app passes along.
 */
const webOptionsFromEnv = (): WebOptions => {
  const env = loadEnv()
  return {
    serverURL: env.serverURL,
    map: { tileURL: env.mapTileURL, attribution: env.mapAttribution },
  }
}

export const createApp = ({
  payload,
  checkDatabase,
  nextHandler,
  trustProxy = 0,
  web: webOptions = webOptionsFromEnv(),
  loginLimit,
}: CreateAppArgs): Express => {
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

  if (nextHandler) {
    const limits: RequestLimits = { login: loginThrottle(loginLimit), forms: limiters }
    const toNext: RequestHandler = (req, res, next) =>
      runForClient({ ip: req.ip ?? 'unknown', limits }, () => nextHandler(req, res, next))
    const policy = responsePolicy({ serverURL: web.serverURL })
    for (const path of NEXT_PATHS) app.all(path, bodyLimit, policy, toNext)
  }

  app.use(
    compression(),
    publicContentSecurityPolicy(web.map.tileURL),
    createWebRouter({ payload, options: web }),
  )
  return app
}
