import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

import { afterAll, beforeAll, expect, test } from '@jest/globals'
import sharp from 'sharp'

import { DEMO_USERS } from '../../src/seed/data/users'
import { hugePng } from '../helpers/hugePng'
import { startServer, type RunningServer, ensureAdminBuilt } from '../helpers/server'

/**
 * A 16,000 × 16,000 PNG (under 1 MB, 768 MB decoded) uploaded by a member to the real server:
 * refused with 413, and the server's memory does not jump (it went from 574 MB to 1.76 GB).
 */
let server: RunningServer
let token: string
let pid: number
beforeAll(async () => {
  ensureAdminBuilt()
  server = await startServer()
  const port = new URL(server.url).port
  // The process listening on the server's port: its memory is what counts.
  pid = Number(
    /pid=(\d+)/.exec(execFileSync('ss', ['-Hltnp', `sport = :${port}`], { encoding: 'utf8' }))![1],
  )
  const member = DEMO_USERS.find((u) => u.email === 'lid@welzijnharen.test')!
  const res = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: member.email, password: member.password }),
  })
  token = ((await res.json()) as { token: string }).token
}, 300_000)
afterAll(async () => server?.stop())

const rssMB = () =>
  Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024

const upload = (file: Buffer, name: string) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify({ alt: name }))
  return fetch(`${server.url}/api/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}`, origin: server.url },
    body: form,
  })
}

test('two huge PNGs at once: 413 each (in Dutch), memory stays within 150 MB of where it was', async () => {
  // Warm up the upload path (sharp loaded, sizes written) with a normal photo first.
  const photo = await sharp({
    create: { width: 1200, height: 800, channels: 3, background: '#0b5e6b' },
  })
    .png()
    .toBuffer()
  expect((await upload(photo, 'gewoon.png')).status).toBe(201)
  const huge = await hugePng(16_000, 16_000)
  const before = rssMB()
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, rssMB())), 20)
  const answers = await Promise.all([upload(huge, 'groot-1.png'), upload(huge, 'groot-2.png')])
  await new Promise((resolve) => setTimeout(resolve, 500))
  clearInterval(sampler)
  const after = rssMB()
  console.log(
    `Huge PNG: RSS before ${before.toFixed(0)} MB, peak ${peak.toFixed(0)} MB, after ${after.toFixed(0)} MB`,
  )
  for (const res of answers) {
    expect(res.status).toBe(413)
    expect(await res.text()).toMatch(/te groot/)
  }
  expect(peak - before).toBeLessThan(150)
  expect(after - before).toBeLessThan(100)
}, 120_000)
