/**
 * Longer than 200 lines because the limits are tested against one real server started in a child
 * process (after a Next build check), which takes long to start, and each test uses its own
 * client addresses so that their budgets do not mix.
 */

import { afterAll, beforeAll, expect, test } from '@jest/globals'
import fc from 'fast-check'

import { DEMO_USERS } from '../../src/seed/data/users'
import { spelling } from '../helpers/pathSpellings'
import { startServer, type RunningServer, ensureAdminBuilt } from '../helpers/server'

/**
 * The limits on the real server (Next decodes the path for Payload, express does not): every
 * spelling of login, password reset and the public creates is throttled, bodies are capped by
 * the path Payload will see. The server trusts one proxy, so X-Forwarded-For picks the client.
 */
let server: RunningServer
beforeAll(async () => {
  ensureAdminBuilt()
  server = await startServer({ TRUST_PROXY: '1' })
}, 600_000)
afterAll(async () => server?.stop())

const post = (path: string, ip: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

const NOT_ROUTED = [301, 302, 307, 308, 404, 405]

/** Every spelling of `target` posted from `ip` is either throttled or not routed at all; counts the answers. */
const throttledInEverySpelling = (
  target: string,
  ip: string,
  body: unknown,
  seen: Record<number, number>,
) =>
  fc.assert(
    fc.asyncProperty(spelling(target), async (path) => {
      const { status } = await post(path, ip, body)
      seen[status] = (seen[status] ?? 0) + 1
      return status === 429 || NOT_ROUTED.includes(status)
    }),
    { numRuns: 40 },
  )
const member = DEMO_USERS.find((u) => u.email.startsWith('lid@welzijnharen'))!

test('once an IP has used its login budget, no spelling of login, forgot or reset password gets through', async () => {
  // Next does route an encoded path to Payload's login (the finding): from a fresh IP it logs in.
  expect(
    (
      await post('/api/users/%6Cogin', '10.9.0.1', {
        email: member.email,
        password: member.password,
      })
    ).status,
  ).toBe(200)
  for (let i = 0; i < 10; i++)
    expect(
      (
        await post('/api/users/login', '10.9.0.2', {
          email: `gok${i}@example.nl`,
          password: 'fout',
        })
      ).status,
    ).toBe(401)
  for (const known of [
    '/api/users/%6Cogin',
    '/api/users/forgot-p%61ssword',
    '/api/users/%6c%6f%67%69%6e?x=1',
  ]) {
    expect(
      (await post(known, '10.9.0.2', { email: member.email, password: member.password })).status,
    ).toBe(429)
  }
  const seen: Record<number, number> = {}
  for (const [target, body] of [
    ['/api/users/login', { email: member.email, password: member.password }],
    ['/api/users/forgot-password', { email: member.email }],
    ['/api/users/reset-password', { token: 'x', password: 'nieuw-wachtwoord' }],
  ] as const)
    await throttledInEverySpelling(target, '10.9.0.2', body, seen)
  console.log(`login spellings after the budget: ${JSON.stringify(seen)}`)
  // Enough of the spellings did reach Payload's operations for the property to mean something.
  expect(seen[429]).toBeGreaterThan(10)
}, 120_000)

test('once an IP has used a form budget, no spelling of the public collection creates gets through', async () => {
  const seen: Record<number, number> = {}
  for (const [index, slug] of ['interests', 'listing-reports', 'loket-requests'].entries()) {
    const ip = `10.9.1.${index}`
    const encoded = slug.replace('e', '%65')
    // Reaches the create (a validation error), so the spelling is real.
    expect((await post(`/api/${encoded}`, `10.9.2.${index}`, {})).status).toBe(400)
    for (let i = 0; i < 5; i++) expect((await post(`/api/${slug}`, ip, {})).status).toBe(400)
    expect((await post(`/api/${encoded}`, ip, {})).status).toBe(429)
    await throttledInEverySpelling(`/api/${slug}`, ip, {}, seen)
  }
  console.log(`create spellings after the budget: ${JSON.stringify(seen)}`)
  expect(seen[429]).toBeGreaterThan(3)
}, 120_000)

test('bodies are capped by the path Payload sees: 413 for a 9 KB interest in any spelling, 411 without a length', async () => {
  const big = JSON.stringify({ name: 'x'.repeat(9 * 1024) })
  await fc.assert(
    fc.asyncProperty(
      spelling('/api/interests'),
      fc.integer({ min: 0, max: 255 }),
      async (path, n) => {
        const { status } = await post(path, `10.9.3.${n}`, big)
        return status === 413 || NOT_ROUTED.includes(status)
      },
    ),
    { numRuns: 40 },
  )
  expect(
    (await post('/api/loket-requests', '10.9.3.1', JSON.stringify({ note: 'x'.repeat(17 * 1024) })))
      .status,
  ).toBe(413)
  expect(
    (await post('/api/loket-requests', '10.9.3.2', JSON.stringify({ note: 'x'.repeat(15 * 1024) })))
      .status,
  ).toBe(400)
  expect(
    (
      await post(
        '/api/activities',
        '10.9.3.3',
        JSON.stringify({ title: 'x'.repeat(3 * 1024 * 1024) }),
      )
    ).status,
  ).toBe(413)
  const chunked = new ReadableStream({
    start: (c) => (c.enqueue(new TextEncoder().encode('{}')), c.close()),
  })
  const res = await fetch(`${server.url}/api/interests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: chunked,
    duplex: 'half',
  } as RequestInit)
  expect(res.status).toBe(411)
}, 120_000)

const login = (ip: string, headers: Record<string, string> = {}) =>
  post('/api/users/login', ip, { email: member.email, password: member.password }, headers)

test('the login cookie is Secure behind a trusted TLS proxy, and not on plain HTTP', async () => {
  const tls = await login('10.9.4.1', { 'x-forwarded-proto': 'https' })
  expect(tls.status).toBe(200)
  expect(tls.headers.get('set-cookie')).toMatch(/payload-token=[^;]+;.*; Secure/i)
  const plain = await login('10.9.4.2')
  expect(plain.headers.get('set-cookie')).toMatch(/payload-token=/)
  expect(plain.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i)
})

test('REST answers to a logged-in request are no-store; anonymous public reads are not', async () => {
  const res = await login('10.9.5.1')
  expect(res.headers.get('cache-control')).toBe('no-store')
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!
  const { token } = (await res.json()) as { token: string }
  const withCookie = { cookie, 'sec-fetch-site': 'same-origin' }
  for (const path of [
    '/api/users/me',
    '/api/interests',
    '/api/loket-requests',
    '/api/listing-reports',
    '/api/interest-log',
    `/api/users`,
  ]) {
    for (const headers of [withCookie, { authorization: `JWT ${token}` }]) {
      const answer = await fetch(`${server.url}${path}`, { headers })
      expect([path, answer.headers.get('cache-control')]).toEqual([path, 'no-store'])
    }
  }
  expect(
    (await fetch(`${server.url}/api/activities?limit=1`)).headers.get('cache-control') ?? '',
  ).not.toContain('no-store')
})

test('an anonymous 50 MB interest is refused before it is read, and nothing is stored', async () => {
  const editor = DEMO_USERS.find((u) => u.roles.includes('editor'))!
  const { token } = (await (
    await post('/api/users/login', '10.9.6.1', { email: editor.email, password: editor.password })
  ).json()) as { token: string }
  const count = async () =>
    (
      (await (
        await fetch(`${server.url}/api/interests?limit=1&depth=0`, {
          headers: { authorization: `JWT ${token}` },
        })
      ).json()) as { totalDocs: number }
    ).totalDocs
  const before = await count()
  const huge = JSON.stringify({ name: 'x'.repeat(50 * 1024 * 1024) })
  // The server answers 413 and closes; a client still sending may see the close instead.
  const status = await post('/api/interests', '10.9.6.2', huge).then(
    (r) => r.status,
    () => 413,
  )
  expect(status).toBe(413)
  expect(await count()).toBe(before)
}, 60_000)

test('image uploads (multipart) may be larger than other bodies: a 3 MB image is stored', async () => {
  const { default: sharp } = await import('sharp')
  const png = await sharp({
    create: {
      width: 1000,
      height: 1000,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .png()
    .toBuffer()
  expect(png.length).toBeGreaterThan(2 * 1024 * 1024)
  const editor = DEMO_USERS.find((u) => u.roles.includes('editor'))!
  const { token } = (await (
    await post('/api/users/login', '10.9.7.1', { email: editor.email, password: editor.password })
  ).json()) as { token: string }
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'ruis.png')
  form.append('_payload', JSON.stringify({ alt: 'Ruis' }))
  const res = await fetch(`${server.url}/api/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}` },
    body: form,
  })
  expect(res.status).toBe(201)
}, 60_000)
