import path from 'node:path'

import { restoreSqlite } from '../db/backup'
import { sqlitePlacesOrExit } from './sqlitePlaces'

/**
 * `npm run restore -- <backup folder>`: puts a backup back into an EMPTY data folder (DATA_DIR,
 * MEDIA_DIR, DATABASE_URL as for the server). Refuses when anything is already there. Start the
 * server afterwards: it checks the database before serving.
 */
const places = sqlitePlacesOrExit('npm run restore')
const folder = process.argv[2]
if (!folder) {
  console.error(
    'Usage: npm run restore -- <backup folder>   (for example backups/meedoen-2026-12-02T03-00-00-000Z)',
  )
  process.exit(1)
}
try {
  const manifest = await restoreSqlite(path.resolve(folder), places)
  console.log(
    `Restored the backup of ${manifest.createdAt} into ${places.dataDir} (database checked, ${manifest.mediaFiles} media files).`,
  )
} catch (error) {
  console.error(`Restore failed: ${(error as Error).message}`)
  process.exit(1)
}
