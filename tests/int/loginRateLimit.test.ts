import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { createApp } from '../../src/http/createApp'
import { listen } from '../helpers/listen'

/**
 * Login brute-force protection in front of Payload: the express app with a stand-in for Next's
 * handler that accepts one password. Only failed attempts count; the limit recovers.
 */
let server: { url: string; close: () => Promise<void> }
let reachedPayload = 0
beforeAll(async () => {
  const fakeLogin: RequestHandler = (req, res) => {
    reachedPayload++
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      const ok = (JSON.parse(body || '{}') as { password?: string }).password === 'right'
      res.status(ok ? 200 : 401).json(ok ? { token: 't' } : { errors: [{ message: 'wrong' }] })
    })
  }
  const app = createApp({
    payload: { logger: console } as unknown as Payload,
    checkDatabase: async () => ({ ok: true }),
    nextHandler: fakeLogin,
    web: { serverURL: 'http://meedoen.test', map: { tileURL: 'https://tiles.example.test/{z}/{x}/{y}.png', attribution: 'x' } },
    loginLimit: { failures: 3, durationSeconds: 2 },
  })
  server = await listen(app)
})
afterAll(async () => server?.close())

const login = (password: string, path = '/api/users/login') =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'a@b.test', password }) })

test('successful logins never count; after 3 failures the 4th attempt gets 429 with Retry-After and never reaches Payload; the limit recovers', async () => {
  for (let i = 0; i < 5; i++) expect((await login('right')).status).toBe(200)
  for (let i = 0; i < 3; i++) expect((await login('wrong')).status).toBe(401)
  const before = reachedPayload
  const blocked = await login('right')
  expect(blocked.status).toBe(429)
  expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
  expect(((await blocked.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/Te veel mislukte pogingen.*Too many failed login attempts/)
  // Password reset requests share the same counter.
  expect((await login('right', '/api/users/forgot-password')).status).toBe(429)
  expect(reachedPayload).toBe(before)
  await new Promise((r) => setTimeout(r, 2_100))
  expect((await login('right')).status).toBe(200)
})

test('other API calls are not limited', async () => {
  for (let i = 0; i < 3; i++) await login('wrong')
  const res = await fetch(`${server.url}/api/activities`)
  expect(res.status).not.toBe(429)
})

test('parallel guesses cannot slip past the limit', async () => {
  await new Promise((r) => setTimeout(r, 2_100))
  const statuses = await Promise.all(Array.from({ length: 8 }, () => login('wrong').then((r) => r.status)))
  expect(statuses.filter((s) => s === 401).length).toBe(3)
  expect(statuses.filter((s) => s === 429).length).toBe(5)
})
