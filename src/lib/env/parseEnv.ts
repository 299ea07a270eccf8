import path from 'node:path'

import { envSchema } from './envSchema'

type DatabaseKind = 'sqlite' | 'mongodb'

export interface AppEnv {
  appEnv: 'development' | 'production' | 'test'
  port: number
  host: string
  dataDir: string
  databaseURL: string
  databaseKind: DatabaseKind
  /** undefined: the caller generates and keeps one under dataDir */
  payloadSecret?: string
  serverURL: string
  mediaDir: string
  seedDemoData: boolean
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  mailFrom: string
  smtpURL?: string
  trustProxy: number
  mapTileURL: string
  mapAttribution: string
}

export type ParseEnvResult = { ok: true; env: AppEnv } | { ok: false; errors: string[] }

/**
 * Parses the environment into Meedoen's settings. Pure: takes the variables and the
 * directory relative paths are resolved against, so tests need no process state.
 */
export const parseEnv = (
  raw: Record<string, string | undefined>,
  cwd: string = process.cwd(),
): ParseEnvResult => {
  const known = Object.fromEntries(
    Object.keys(envSchema.shape).map((key) => [key, raw[key] === '' ? undefined : raw[key]]),
  )
  const parsed = envSchema.safeParse(known)
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment')
      const got = raw[name] === undefined ? '' : ` (got "${raw[name]}")`
      return `${name}: ${issue.message}${got}`
    })
    return { ok: false, errors }
  }
  const e = parsed.data
  const dataDir = path.resolve(cwd, e.DATA_DIR)
  const databaseURL = e.DATABASE_URL ?? `file:${path.join(dataDir, 'meedoen.db')}`
  return {
    ok: true,
    env: {
      appEnv: e.APP_ENV,
      port: e.PORT,
      host: e.HOST,
      dataDir,
      databaseURL,
      databaseKind: databaseURL.startsWith('mongodb') ? 'mongodb' : 'sqlite',
      payloadSecret: e.PAYLOAD_SECRET,
      serverURL: (e.SERVER_URL ?? `http://localhost:${e.PORT || 3000}`).replace(/\/$/, ''),
      mediaDir: path.resolve(cwd, e.MEDIA_DIR),
      seedDemoData: e.SEED_DEMO_DATA ?? e.APP_ENV !== 'production',
      logLevel: e.LOG_LEVEL,
      mailFrom: e.MAIL_FROM,
      smtpURL: e.SMTP_URL,
      trustProxy: e.TRUST_PROXY,
      mapTileURL: e.MAP_TILE_URL,
      mapAttribution: e.MAP_ATTRIBUTION,
    },
  }
}
