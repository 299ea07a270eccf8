import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { type AppEnv, parseEnv } from '../lib/env/parseEnv'

class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

/**
 * Without PAYLOAD_SECRET (allowed outside production) a random secret is generated once and
 * kept beside the database, so logins survive restarts on a developer's machine.
 */
const readOrCreateSecret = (dataDir: string): string => {
  const file = path.join(dataDir, '.payload-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

let cached: (AppEnv & { payloadSecret: string }) | undefined

/** Reads process.env once; throws ConfigError naming every bad variable. */
export const loadEnv = (): AppEnv & { payloadSecret: string } => {
  if (cached) return cached
  const result = parseEnv(process.env)
  if (!result.ok) throw new ConfigError(result.errors)
  const { env } = result
  if (env.databaseKind === 'sqlite') fs.mkdirSync(env.dataDir, { recursive: true })
  cached = { ...env, payloadSecret: env.payloadSecret ?? readOrCreateSecret(env.dataDir) }
  return cached
}

/** For command-line entry points: print the problems plainly and exit 1 instead of a stack trace. */
export const loadEnvOrExit = (): AppEnv & { payloadSecret: string } => {
  try {
    return loadEnv()
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
}
