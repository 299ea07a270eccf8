import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { BEGIN_WAIT_MS } from '../../src/db/serializeTransactions'
import { startServer, type RunningServer } from '../helpers/server'
import { postForm } from './faultKit'

/**
 * Fault: another process holds SQLite's write lock for 25 s. A resident's form posted at once
 * waits the bounded 20 s and then comes back (503) with what they typed; one posted 8 s later
 * waits its turn and is stored when the lock is released. Meanwhile the site keeps answering.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-lock-'))
let server: RunningServer
beforeAll(async () => {
  server = await startServer({ DATA_DIR: dataDir, MEDIA_DIR: path.join(dataDir, 'media') })
}, 120_000)
afterAll(async () => {
  await server?.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

const HOLD_MS = 25_000
const holdWriteLock = (): Promise<{ released: Promise<void> }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [
      '--import',
      'tsx',
      'tests/fault/holdWriteLock.ts',
      path.join(dataDir, 'meedoen.db'),
      String(HOLD_MS),
    ])
    const released = new Promise<void>((done) => child.once('exit', () => done()))
    child.stdout.on('data', (chunk) => String(chunk).includes('locked') && resolve({ released }))
    child.once('exit', (code) => code !== 0 && reject(new Error(`lock holder exited with ${code}`)))
  })
const interest = (name: string) =>
  postForm(server.url, '/plek/taalmaatje-in-haren/interesse', {
    name,
    contactBy: 'phone',
    email: '',
    phone: '06 12121212',
    message: `Groet van ${name}`,
    consent: 'yes',
    website: '',
  })
const timed = async <T>(run: () => Promise<T>) => {
  const started = Date.now()
  const value = await run()
  return { value, ms: Date.now() - started }
}

test('a write lock held elsewhere: the first form waits 20 s then keeps the input (503), a later one is stored after the release; the site answers meanwhile', async () => {
  const lock = await holdWriteLock()
  const lockedAt = Date.now()
  const first = timed(() => interest('Wachtende Willemijn'))
  await new Promise((resolve) => setTimeout(resolve, 8_000))
  const second = timed(() => interest('Geduldige Gijs'))
  const health = await timed(() => fetch(`${server.url}/healthz`))
  expect(health.value.status).toBe(200)
  expect(health.ms).toBeLessThan(1_000)
  expect((await fetch(`${server.url}/plek/taalmaatje-in-haren`)).status).toBe(200)

  const refused = await first
  expect(refused.value.status).toBe(503)
  expect(refused.ms).toBeGreaterThanOrEqual(BEGIN_WAIT_MS - 500)
  expect(refused.ms).toBeLessThan(BEGIN_WAIT_MS + 3_000)
  const page = await refused.value.text()
  expect(page).toContain('Probeer het zo nog eens')
  expect(page).toContain('value="Wachtende Willemijn"')
  expect(page).toContain('Groet van Wachtende Willemijn')

  const stored = await second
  expect(stored.value.status).toBe(303)
  expect(stored.value.headers.get('location')).toContain('/verstuurd')
  expect(Date.now() - lockedAt).toBeGreaterThanOrEqual(HOLD_MS - 500)
  await lock.released
  expect(server.output()).toMatch(/A write could not start/)
  // The wait is quiet: Payload logs each failed BEGIN as an error, so it is tried only when the lock is free.
  expect(
    server.output().match(/"msg":"Error: cannot begin transaction/g)?.length ?? 0,
  ).toBeLessThanOrEqual(3)
  console.log(
    `lock held ${HOLD_MS} ms: first form refused after ${refused.ms} ms, second stored after ${stored.ms} ms, /healthz ${health.ms} ms meanwhile`,
  )
}, 90_000)
