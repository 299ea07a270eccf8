import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, expect, test } from '@jest/globals'

import { startServer, type RunningServer } from '../helpers/server'
import { activityIDs, checkDataFolder, createActivity, loginEditor } from './faultKit'

/**
 * Fault: the server is killed (kill -9) while 20 saves of published listings are under way.
 * After a restart the file is intact (PRAGMA integrity_check), the search index agrees with
 * the listings, and every save that was acknowledged (201) is there.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-kill-'))
let server: RunningServer | undefined
afterAll(async () => {
  await server?.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
})
const start = () => startServer({ DATA_DIR: dataDir, MEDIA_DIR: path.join(dataDir, 'media') })

test('kill -9 during 20 parallel saves: after a restart, integrity and index OK, every acknowledged save present', async () => {
  const started = Date.now()
  server = await start()
  const editor = await loginEditor(server.url)
  const acknowledged: number[] = []
  const saves = Array.from({ length: 20 }, (_, i) =>
    createActivity(server!.url, editor, `Stroomuitval ${i}`, 'published').then(
      (res) => {
        if (res.status === 201) acknowledged.push(res.id!)
        return res.status
      },
      () => 'no answer',
    ),
  )
  // Kill once a few saves are acknowledged, so some are done and some are not.
  while (acknowledged.length < 3 && Date.now() - started < 120_000)
    await new Promise((resolve) => setTimeout(resolve, 5))
  await server.kill()
  const answers = await Promise.all(saves)
  expect(answers.filter((a) => a !== 201 && a !== 'no answer')).toEqual([])
  expect(answers).toContain('no answer')

  server = await start()
  const { integrity, searchCheck } = await checkDataFolder(dataDir)
  expect(integrity).toEqual({ ok: true })
  expect(searchCheck.out).toContain('Search index OK')
  expect(searchCheck.code).toBe(0)
  const present = await activityIDs(server.url, await loginEditor(server.url), 'Stroomuitval')
  expect(present).toEqual(expect.arrayContaining(acknowledged))
  // Published saves are searchable too.
  const search = (await (
    await fetch(`${server.url}/api/directory/search?q=Stroomuitval`)
  ).json()) as { total: number }
  expect(search.total).toBe(present.length)
  console.log(
    `kill -9: ${acknowledged.length} of 20 acknowledged before the kill, ${present.length} present after the restart, ${Date.now() - started} ms`,
  )
}, 180_000)
