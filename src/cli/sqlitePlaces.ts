import { parseEnv } from '../lib/env/parseEnv'
import type { SqlitePlaces } from '../db/backup'
import { sqliteFileOf } from '../db/sqliteFile'

/**
 * Where the SQLite database and media live, from the same variables the server reads, without
 * side effects (loadEnv would create the data folder and a secret in it: a restore needs that
 * folder empty). Exits with the problems named when the environment is wrong or on MongoDB.
 */
export const sqlitePlacesOrExit = (command: string): SqlitePlaces => {
  const parsed = parseEnv(process.env)
  if (!parsed.ok) {
    console.error(`Invalid configuration:\n${parsed.errors.map((e) => `  - ${e}`).join('\n')}`)
    process.exit(1)
  }
  const { env } = parsed
  if (env.databaseKind !== 'sqlite') {
    console.error(
      `${command} works on the embedded SQLite database. On MongoDB use mongodump / mongorestore (see the README, "Backup and restore").`,
    )
    process.exit(1)
  }
  return {
    databaseFile: sqliteFileOf(env.databaseURL),
    mediaDir: env.mediaDir,
    dataDir: env.dataDir,
  }
}
