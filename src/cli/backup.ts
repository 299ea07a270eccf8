import path from 'node:path'

import { backupSqlite } from '../db/backup'
import { sqlitePlacesOrExit } from './sqlitePlaces'

/**
 * `npm run backup [-- --to <folder>]`: a consistent copy of the database and the media into a
 * new timestamped folder under BACKUP_DIR (default ./backups). Safe while the site runs.
 */
const places = sqlitePlacesOrExit('npm run backup')
const flag = process.argv.indexOf('--to')
const root = path.resolve(
  flag > -1 && process.argv[flag + 1]
    ? process.argv[flag + 1]!
    : process.env.BACKUP_DIR || 'backups',
)
const started = Date.now()
try {
  const { folder, manifest } = await backupSqlite(places, root)
  const mb = (manifest.databaseBytes / 1024 / 1024).toFixed(1)
  console.log(
    `Backup written to ${folder} in ${Date.now() - started} ms: database ${mb} MB (checked), ${manifest.mediaFiles} media files.`,
  )
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`)
  process.exit(1)
}
