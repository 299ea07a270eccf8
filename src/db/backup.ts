import fs from 'node:fs'
import path from 'node:path'

import { quickCheck, withSqliteFile } from './sqliteFile'

/** What a backup folder holds, written last: a folder without it is incomplete. */
export interface BackupManifest {
  createdAt: string
  database: string
  databaseBytes: number
  mediaFiles: number
  secret: boolean
  tables: Record<string, number>
}

const MANIFEST = 'manifest.json'
const DATABASE = 'meedoen.db'
const MEDIA = 'media'
const SECRET = '.payload-secret'

export interface SqlitePlaces {
  /** The SQLite database file. */
  databaseFile: string
  mediaDir: string
  dataDir: string
}

const countFiles = (dir: string): number =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length
    : 0

const rowCounts = async (file: string): Promise<Record<string, number>> =>
  withSqliteFile(file, async (client) => {
    const { rows } = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
    )
    const counts: Record<string, number> = {}
    for (const { name } of rows) {
      // sqlite_master names are text.
      if (typeof name !== 'string') continue
      counts[name] = Number(
        (await client.execute(`SELECT count(*) AS n FROM "${name}"`)).rows[0]!.n,
      )
    }
    return counts
  })

/**
 * Copies the database (SQLite `VACUUM INTO`: one consistent snapshot taken in a read
 * transaction, so the site keeps reading and writing meanwhile; the copy has no free pages, so
 * nothing erased travels along), then the media folder, into `<backupRoot>/meedoen-<time>`.
 * The database goes first: media added after the snapshot are copied too and are harmless,
 * whereas media missing for a row would not be. Written under a `.partial` name and renamed
 * when complete.
 */
export const backupSqlite = async (
  places: SqlitePlaces,
  backupRoot: string,
  now = new Date(),
): Promise<{ folder: string; manifest: BackupManifest }> => {
  if (!fs.existsSync(places.databaseFile)) throw new Error(`no database at ${places.databaseFile}`)
  const name = `meedoen-${now.toISOString().replace(/[:.]/g, '-')}`
  const folder = path.join(backupRoot, name)
  const partial = `${folder}.partial`
  fs.mkdirSync(partial, { recursive: true })
  try {
    const target = path.join(partial, DATABASE)
    await withSqliteFile(places.databaseFile, (client) =>
      client.execute({ sql: 'VACUUM INTO ?', args: [target] }),
    )
    const check = await quickCheck(target)
    if (!check.ok) throw new Error(`the copy failed its check: ${check.problems.join('; ')}`)
    if (fs.existsSync(places.mediaDir))
      fs.cpSync(places.mediaDir, path.join(partial, MEDIA), { recursive: true })
    const secret = path.join(places.dataDir, SECRET)
    if (fs.existsSync(secret)) fs.copyFileSync(secret, path.join(partial, SECRET))
    const manifest: BackupManifest = {
      createdAt: now.toISOString(),
      database: DATABASE,
      databaseBytes: fs.statSync(target).size,
      mediaFiles: countFiles(path.join(partial, MEDIA)),
      secret: fs.existsSync(secret),
      tables: await rowCounts(target),
    }
    fs.writeFileSync(path.join(partial, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
    fs.renameSync(partial, folder)
    return { folder, manifest }
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true })
    throw error
  }
}

/** Files in a folder other than placeholders (`.gitkeep`). */
const contentsOf = (dir: string): string[] =>
  fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f !== '.gitkeep') : []

/**
 * Puts a backup folder back into an empty data folder (and empty media folder). Refuses to
 * overwrite anything: a restore onto a live or half-restored installation is how data gets
 * lost. Checks the copy before and after.
 */
export const restoreSqlite = async (
  folder: string,
  places: SqlitePlaces,
): Promise<BackupManifest> => {
  const manifestFile = path.join(folder, MANIFEST)
  if (!fs.existsSync(manifestFile))
    throw new Error(`${folder} is not a complete backup (no ${MANIFEST})`)
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as BackupManifest
  const source = path.join(folder, manifest.database)
  const before = await quickCheck(source)
  if (!fs.existsSync(source) || !before.ok)
    throw new Error(
      `the backup's database is missing or damaged: ${before.ok ? 'missing' : before.problems.join('; ')}`,
    )

  const occupied = [
    ...contentsOf(places.dataDir).map((f) => path.join(places.dataDir, f)),
    ...contentsOf(places.mediaDir).map((f) => path.join(places.mediaDir, f)),
  ]
  // The media folder may sit inside the data folder: an empty one is fine.
  const inTheWay = occupied.filter(
    (f) => !(f === places.mediaDir && contentsOf(places.mediaDir).length === 0),
  )
  if (inTheWay.length)
    throw new Error(
      `refusing to restore: the data folder is not empty (${inTheWay.slice(0, 5).join(', ')})`,
    )

  fs.mkdirSync(path.dirname(places.databaseFile), { recursive: true })
  const incoming = `${places.databaseFile}.restoring`
  fs.copyFileSync(source, incoming)
  const after = await quickCheck(incoming)
  if (!after.ok) {
    fs.rmSync(incoming, { force: true })
    throw new Error(`the restored copy failed its check: ${after.problems.join('; ')}`)
  }
  if (fs.existsSync(path.join(folder, MEDIA)))
    fs.cpSync(path.join(folder, MEDIA), places.mediaDir, { recursive: true })
  if (fs.existsSync(path.join(folder, SECRET)))
    fs.copyFileSync(path.join(folder, SECRET), path.join(places.dataDir, SECRET))
  fs.renameSync(incoming, places.databaseFile)
  return manifest
}
