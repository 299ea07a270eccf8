import { createApp } from '../../src/http/createApp'
import { databaseCheck } from '../../src/http/checkDatabase'
import { listen } from '../helpers/listen'
import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let server: { url: string; close: () => Promise<void> }

beforeAll(async () => {
  t = await startPayload()
  const org = await t.payload.create({
    collection: 'organisations',
    data: { name: 'Huis van de Wijk Selwerd', type: 'welzijn', _status: 'published' },
  })
  const base = {
    summary: 'Kom langs voor koffie en een praatje.',
    organisation: org.id,
    schedule: {
      kind: 'weekly' as const,
      weekdays: ['3' as const],
      startTime: '09:30',
      endTime: '11:30',
    },
    cost: { kind: 'free' as const },
    signUp: 'walk_in' as const,
    locationKind: 'outdoor' as const,
  }
  await t.payload.create({
    collection: 'activities',
    data: { ...base, title: 'Koffie & <praatje>', _status: 'published' },
  })
  await t.payload.create({
    collection: 'activities',
    data: { ...base, title: 'Concept niet tonen', _status: 'draft' },
    draft: true,
  })
  server = await listen(createApp({ payload: t.payload, checkDatabase: databaseCheck(t.payload) }))
})
afterAll(async () => {
  await server?.close()
  await t?.stop()
})

test('/healthz is 200 when the database answers', async () => {
  const res = await fetch(`${server.url}/healthz`)
  expect(res.status).toBe(200)
  expect(await res.json()).toEqual({ status: 'ok' })
})

test('/healthz is 503 with the reason when the database does not answer', async () => {
  const failing = createApp({
    payload: t.payload,
    checkDatabase: () =>
      Promise.resolve({ ok: false, reason: 'database unreachable: SQLITE_CANTOPEN' }),
  })
  const other = await listen(failing)
  try {
    const res = await fetch(`${other.url}/healthz`)
    expect(res.status).toBe(503)
    expect(await res.json()).toEqual({
      status: 'unavailable',
      reason: 'database unreachable: SQLITE_CANTOPEN',
    })
  } finally {
    await other.close()
  }
})

test('databaseCheck reports a hung database as unreachable within its timeout', async () => {
  const hung = { db: { count: () => new Promise(() => {}) } } as never
  const started = Date.now()
  const result = await databaseCheck(hung, 100)()
  expect(result).toEqual({ ok: false, reason: 'database unreachable: no answer within 100 ms' })
  expect(Date.now() - started).toBeLessThan(1_000)
})

test('the home page lists published activities, escapes text, hides drafts and has no inline script', async () => {
  const res = await fetch(`${server.url}/`)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/text\/html/)
  const html = await res.text()
  expect(html.startsWith('<!doctype html><html lang="nl">')).toBe(true)
  expect(html).toContain('Koffie &amp; &lt;praatje&gt;')
  expect(html).toContain('Huis van de Wijk Selwerd')
  expect(html).not.toContain('Concept niet tonen')
  // Only external module scripts (islands); never inline script the CSP would have to allow.
  for (const tag of html.match(/<script[^>]*>/g) ?? []) expect(tag).toMatch(/ src="\/assets\//)
  // The next date, computed in Amsterdam time.
  expect(html).toMatch(/Volgende keer: wo \d{1,2} [a-z]{3}, 09\.30–11\.30/)
  // The schedule in plain Dutch on the activity's own page.
  const detail = await (await fetch(`${server.url}/activiteit/koffie-and-praatje`)).text()
  expect(detail).toContain('Elke woensdag van 09.30 tot 11.30 uur')
})

test('public pages carry a strict content security policy and the usual security headers', async () => {
  const res = await fetch(`${server.url}/`)
  const csp = res.headers.get('content-security-policy') ?? ''
  expect(csp).toContain("default-src 'self'")
  expect(csp).toContain("script-src 'self'")
  expect(csp).toContain("frame-ancestors 'none'")
  expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  expect(res.headers.get('x-powered-by')).toBeNull()
})

test('unknown pages get a friendly Dutch 404 page', async () => {
  const res = await fetch(`${server.url}/bestaat-niet`)
  expect(res.status).toBe(404)
  expect(await res.text()).toContain('Pagina niet gevonden')
  const asset = await fetch(`${server.url}/assets/../../package.json`)
  expect(asset.status).toBe(404)
})

test('the stylesheet is content-hashed and cached for a year', async () => {
  const html = await (await fetch(`${server.url}/`)).text()
  const href = /<link rel="stylesheet" href="(\/assets\/css-[A-Z0-9]+\.css)"/.exec(html)![1]!
  const res = await fetch(`${server.url}${href}`)
  expect(res.status).toBe(200)
  expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
})
