import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { quickCheck, withSqliteFile } from '../../src/db/sqliteFile'
import { activityData } from '../helpers/accessFixtures'
import { startPayload, type TestPayload } from '../helpers/payload'

/**
 * Backup and restore drill, with the real command-line tools in child processes: a backup taken
 * while the site keeps writing, restored into an empty folder, holds a consistent copy; restore
 * refuses a folder that is not empty; the server refuses a damaged database.
 */
let t: TestPayload
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-backup-'))
beforeAll(async () => {
  t = await startPayload()
  const { seedReferenceData } = await import('../../src/seed/seedReferenceData')
  const { seedDemoData } = await import('../../src/seed/seedDemoData')
  await seedReferenceData(t.payload)
  await seedDemoData(t.payload)
  fs.mkdirSync(path.join(t.dir, 'media'), { recursive: true })
  fs.writeFileSync(
    path.join(t.dir, 'media', 'logo-buurthuis.png'),
    Buffer.from('not really a png, but bytes to compare'),
  )
}, 120_000)
afterAll(async () => {
  await t?.stop()
  fs.rmSync(scratch, { recursive: true, force: true })
})

/** Runs one of our command-line entry points like `npm run …` does, with its own environment. */
const cli = (
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; out: string; ms: number }> =>
  new Promise((resolve) => {
    const started = Date.now()
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: process.cwd(),
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'test',
        NODE_OPTIONS: '--no-deprecation',
        ...env,
      },
    })
    let out = ''
    child.stdout.on('data', (c) => (out += c))
    child.stderr.on('data', (c) => (out += c))
    child.on('exit', (code) => resolve({ code, out, ms: Date.now() - started }))
  })
const liveEnv = () => ({
  DATA_DIR: t.dir,
  DATABASE_URL: process.env.DATABASE_URL!,
  MEDIA_DIR: path.join(t.dir, 'media'),
  BACKUP_DIR: path.join(scratch, 'backups'),
})
const rows = (file: string, table: string) =>
  withSqliteFile(file, async (c) =>
    (await c.execute(`SELECT * FROM "${table}" ORDER BY 1`)).rows.map((r) => JSON.stringify(r)),
  )

describe('backup while the site writes, then restore', () => {
  let folder = ''
  let written = 0
  test('npm run backup: a checked copy while saves go on, none of which fails', async () => {
    const organisation = (
      await t.payload.find({
        collection: 'organisations',
        overrideAccess: true,
        depth: 0,
        limit: 1,
      })
    ).docs[0]!
    let writing = true
    const failures: string[] = []
    const writer = (async () => {
      // The driver is synchronous: yield to the event loop between saves, or the child's exit is never seen.
      while (writing && written < 5_000) {
        await new Promise((resolve) => setImmediate(resolve))
        await t.payload
          .create({
            collection: 'activities',
            data: activityData(organisation.id, `Tijdens back-up ${written}`) as never,
            draft: true,
            overrideAccess: true,
          })
          .then(
            () => written++,
            (e: Error) => failures.push(e.message),
          )
      }
    })()
    const backup = await cli('src/cli/backup.ts', [], liveEnv())
    const writtenDuringBackup = written
    writing = false
    await writer
    expect(backup.out).toMatch(/Backup written to .+ in \d+ ms/)
    expect(backup.code).toBe(0)
    expect(failures).toEqual([])
    expect(writtenDuringBackup).toBeGreaterThan(0)
    folder = /Backup written to (\S+) in/.exec(backup.out)![1]!
    expect(await quickCheck(path.join(folder, 'meedoen.db'), 'integrity_check')).toEqual({
      ok: true,
    })
    console.log(
      `backup: ${backup.ms} ms (process start included), ${writtenDuringBackup} saves during it`,
    )
  }, 60_000)

  test('npm run restore into an empty folder: the same data as the backup, every row also live; media byte for byte', async () => {
    const target = path.join(scratch, 'restored')
    const env = { DATA_DIR: target, MEDIA_DIR: path.join(target, 'media') }
    const restore = await cli('src/cli/restore.ts', [folder], env)
    expect(restore.out).toContain('Restored the backup of')
    expect(restore.code).toBe(0)
    const restoredFile = path.join(target, 'meedoen.db')
    expect(await quickCheck(restoredFile, 'integrity_check')).toEqual({ ok: true })
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as {
      tables: Record<string, number>
    }
    const live = process.env.DATABASE_URL!.replace(/^file:/, '')
    for (const table of [
      'activities',
      'openings',
      'organisations',
      'users',
      'interests',
      'search_docs',
    ]) {
      const restored = await rows(restoredFile, table)
      expect(restored.length).toBe(manifest.tables[table])
      // Only inserts happened since: every restored row is still there, unchanged.
      const now = new Set(await rows(live, table))
      expect(restored.filter((r) => !now.has(r))).toEqual([])
    }
    expect(manifest.tables.activities).toBeLessThan((await rows(live, 'activities')).length)
    expect(fs.readFileSync(path.join(target, 'media', 'logo-buurthuis.png'))).toEqual(
      fs.readFileSync(path.join(t.dir, 'media', 'logo-buurthuis.png')),
    )
    expect(fs.existsSync(path.join(target, '.payload-secret'))).toBe(
      fs.existsSync(path.join(t.dir, '.payload-secret')),
    )
  }, 60_000)

  test('restore refuses a data folder that is not empty, and leaves it as it was', async () => {
    const target = path.join(scratch, 'occupied')
    fs.mkdirSync(target, { recursive: true })
    fs.writeFileSync(path.join(target, 'meedoen.db'), 'mine')
    const restore = await cli('src/cli/restore.ts', [folder], {
      DATA_DIR: target,
      MEDIA_DIR: path.join(target, 'media'),
    })
    expect(restore.code).toBe(1)
    expect(restore.out).toContain('refusing to restore: the data folder is not empty')
    expect(fs.readFileSync(path.join(target, 'meedoen.db'), 'utf8')).toBe('mine')
  }, 60_000)
})

test('the server refuses to start on a damaged database, saying what to do', async () => {
  const target = path.join(scratch, 'damaged')
  fs.mkdirSync(target, { recursive: true })
  const file = path.join(target, 'meedoen.db')
  await withSqliteFile(process.env.DATABASE_URL!.replace(/^file:/, ''), (c) =>
    c.execute({ sql: 'VACUUM INTO ?', args: [file] }),
  )
  // Garbage over a page in the middle of the file: the header still opens, the b-tree is broken.
  const bytes = fs.readFileSync(file)
  const pageSize = bytes.readUInt16BE(16)
  const page = Math.floor(bytes.length / pageSize / 2)
  bytes.fill(0x5a, page * pageSize, (page + 1) * pageSize)
  fs.writeFileSync(file, bytes)
  expect((await quickCheck(file)).ok).toBe(false)
  const server = await cli('src/server.ts', [], {
    DATA_DIR: target,
    MEDIA_DIR: path.join(target, 'media'),
    PORT: '0',
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
  })
  expect(server.code).toBe(1)
  expect(server.out).toContain('Meedoen does not start: the database file')
  expect(server.out).toContain('npm run restore')
  expect(server.out).not.toContain('listening')
}, 60_000)
