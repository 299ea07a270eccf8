/**
 * Longer than 200 lines because its short checks share one real server started in a child process
 * (after a Next build check), which takes long to start.
 */

import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { VENUE_ANSWERS } from '../helpers/accessFixtures'
import { DEMO_USERS } from '../../src/seed/data/users'
import { rpdeFindings } from '../helpers/openActive'
import { startServer, type RunningServer, ensureAdminBuilt } from '../helpers/server'

/**
 * The real server in a child process, as `npm start` runs it: fresh data folder, migrations,
 * demo data seeded on first start, Next serving the admin and REST API on the same port.
 */
let server: RunningServer
beforeAll(async () => {
  ensureAdminBuilt()
  server = await startServer()
}, 300_000)
afterAll(async () => server?.stop())

const get = (path: string, init?: RequestInit) =>
  fetch(`${server.url}${path}`, { redirect: 'manual', ...init })

test('prints the port and the demo logins on start', () => {
  expect(server.output()).toMatch(/Meedoen listening on port \d+/)
  for (const user of DEMO_USERS) expect(server.output()).toContain(user.email)
})

test('/healthz is 200', async () => {
  const res = await get('/healthz')
  expect(res.status).toBe(200)
  expect(await res.json()).toEqual({ status: 'ok' })
})

test('the home page lists seeded listings and loads only the location island', async () => {
  const res = await get('/')
  expect(res.status).toBe(200)
  const html = await res.text()
  expect(html).toContain('Stichting Welzijn Haren')
  expect(html).not.toContain('Spelletjesmiddag (concept)')
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])
  expect(scripts).toHaveLength(1)
  expect(scripts[0]).toMatch(/^\/assets\/location-[A-Z0-9]+\.js$/)
  const island = await get(scripts[0]!)
  expect(island.status).toBe(200)
  expect(island.headers.get('cache-control')).toContain('immutable')
})

test('/admin answers with the Payload admin', async () => {
  const res = await get('/admin/login')
  expect(res.status).toBe(200)
  expect(await res.text()).toMatch(/<html/i)
})

test('REST /api/openings as anonymous returns only published openings, page size capped', async () => {
  const res = await get('/api/openings?limit=1000&depth=0&draft=true')
  expect(res.status).toBe(200)
  const body = (await res.json()) as {
    docs: { _status: string; title: string; professional?: unknown }[]
    limit: number
    totalDocs: number
  }
  expect(body.limit).toBeLessThanOrEqual(100)
  expect(body.totalDocs).toBeGreaterThanOrEqual(30)
  expect(body.docs.every((d) => d._status === 'published')).toBe(true)
  expect(body.docs.map((d) => d.title)).not.toContain('Leerwerkplek horeca')
  expect(
    body.docs.every(
      (d) => !(d.professional as { referralNotes?: string } | undefined)?.referralNotes,
    ),
  ).toBe(true)
})

test('a demo login works over REST and sees what anonymous readers cannot', async () => {
  const editor = DEMO_USERS.find((u) => u.roles.includes('editor'))!
  const login = await get('/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: editor.email, password: editor.password }),
  })
  expect(login.status).toBe(200)
  const { token } = (await login.json()) as { token: string }
  const drafts = await get('/api/openings?where[_status][equals]=draft&draft=true&depth=0', {
    headers: { authorization: `JWT ${token}` },
  })
  const body = (await drafts.json()) as { docs: { title: string }[] }
  expect(body.docs.map((d) => d.title)).toContain('Leerwerkplek horeca')
})

test('a wrong password is refused with 401 and no token', async () => {
  const res = await get('/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO_USERS[0]!.email, password: 'wrong-password' }),
  })
  expect(res.status).toBe(401)
  expect(JSON.stringify(await res.json())).not.toContain('token')
})

const loginCookie = async (email: string, password: string) => {
  const res = await get('/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  expect(res.status).toBe(200)
  const cookie = res.headers.get('set-cookie') ?? ''
  expect(cookie).toMatch(/payload-token=/)
  return cookie.split(';')[0]!
}
/** What a browser sends along on a same-site navigation; Payload's CSRF check wants it with a cookie. */
const sameSite = (cookie: string) => ({ cookie, 'sec-fetch-site': 'same-origin' })

test('the admin dashboard shows editors what waits for review, linking to the filtered list', async () => {
  const editor = DEMO_USERS.find((u) => u.roles.includes('editor'))!
  const cookie = await loginCookie(editor.email, editor.password)
  const res = await get('/admin', { headers: sameSite(cookie) })
  expect(res.status).toBe(200)
  const html = await res.text()
  // The same cookie sent by another site is not a login (Payload's CSRF protection).
  const crossSite = await (
    await get('/admin', { headers: { cookie, 'sec-fetch-site': 'cross-site' } })
  ).text()
  expect(crossSite.includes('Wacht op beoordeling')).toBe(false)
  // (booleans: a failing match would otherwise print the whole admin page)
  expect(html.includes('Wacht op beoordeling door de redactie')).toBe(true)
  expect(/data-review-count="awaitingReview-activities"[^>]*>2</.test(html)).toBe(true)
  expect(
    html.includes('/admin/collections/openings?where%5BreviewState%5D%5Bequals%5D=awaiting_review'),
  ).toBe(true)
})

test('an activity in the admin has the "Nog actueel" action for its organisation member', async () => {
  const member = DEMO_USERS.find((u) => u.email.startsWith('lid@welzijnharen'))!
  const cookie = await loginCookie(member.email, member.password)
  const list = await get(
    '/api/activities?where[title][equals]=Koffieochtend%20in%20De%20Dilgt&depth=0',
    { headers: sameSite(cookie) },
  )
  const { docs } = (await list.json()) as { docs: { id: number }[] }
  expect(docs).toHaveLength(1)
  const res = await get(`/admin/collections/activities/${docs[0]!.id}`, {
    headers: sameSite(cookie),
  })
  expect(res.status).toBe(200)
  expect((await res.text()).includes('Nog actueel')).toBe(true)
})

test('the search API answers inside the real server (Next bundle): text, postcode, OpenAPI', async () => {
  const res = await get('/api/directory/search?q=koffie&postcode=9751AB&radius=5&sort=distance')
  expect(res.status).toBe(200)
  const body = (await res.json()) as {
    hits: { title: string; distanceKm: number }[]
    near: { from: string }
  }
  expect(body.near.from).toBe('postcode')
  expect(body.hits.map((h) => h.title)).toContain('Koffieochtend in De Dilgt')
  expect((await get('/api/directory/search?day=8')).status).toBe(400)
  expect((await get('/api/directory/openapi.json')).status).toBe(200)
})

test('the HSDS API answers inside the real server: a page of services, one service by its id, a list as ndjson', async () => {
  const res = await get('/api/hsds/services?per_page=2&search=taal')
  expect(res.status).toBe(200)
  // Open data: other sites' scripts may read it.
  expect(res.headers.get('access-control-allow-origin')).toBe('*')
  const page = (await res.json()) as {
    size: number
    first_page: boolean
    contents: { id: string }[]
  }
  expect(page).toMatchObject({ size: 2, first_page: true })
  const one = await get(`/api/hsds/services/${page.contents[0]!.id}`)
  expect(one.status).toBe(200)
  expect(((await one.json()) as { id: string }).id).toBe(page.contents[0]!.id)
  expect((await get('/api/hsds/services?per_page=0')).status).toBe(400)
  // Streamed through Next as it is read.
  const ndjson = await get('/api/hsds/organizations?format=ndjson')
  expect(ndjson.headers.get('content-type')).toMatch(/^application\/x-ndjson/)
  const lines = (await ndjson.text()).trim().split('\n')
  expect(lines.length).toBeGreaterThan(3)
  expect(lines.every((line) => typeof (JSON.parse(line) as { id: string }).id === 'string')).toBe(
    true,
  )
})

test('the OpenActive feed passes the RPDE validator walking the real server; the HSDS profile is served', async () => {
  const findings = await rpdeFindings(`${server.url}/api/feeds/session-series`)
  expect(findings.failures).toEqual([])
  expect(findings.pages).toBeGreaterThanOrEqual(2)
  const first = await get('/api/feeds/session-series')
  expect(first.headers.get('cache-control')).toBe('public, max-age=3600')
  expect(first.headers.get('content-type')).toMatch(/^application\/json/)
  const profile = await get('/api/hsds/profile')
  expect(profile.status).toBe(200)
  expect(((await (await get('/api/hsds')).json()) as { profile: string }).profile).toBe(
    `${server.url}/api/hsds/profile`,
  )
})

test('saving a venue through REST geocodes it (offline here: PC4 fallback, marked as not verified)', async () => {
  const editor = DEMO_USERS.find((u) => u.roles.includes('editor'))!
  const cookie = await loginCookie(editor.email, editor.password)
  const orgs = (await (
    await get('/api/organisations?limit=1&depth=0', { headers: sameSite(cookie) })
  ).json()) as { docs: { id: number }[] }
  const res = await get('/api/venues', {
    method: 'POST',
    headers: { ...sameSite(cookie), 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Testlocatie',
      type: 'buurthuis',
      organisations: [orgs.docs[0]!.id],
      address: { street: 'Kerklaan', houseNumber: '3', postcode: '9751nn', city: 'Haren' },
      accessibility: VENUE_ANSWERS,
    }),
  })
  expect(res.status).toBe(201)
  const { doc } = (await res.json()) as {
    doc: { address: { postcode: string }; location: [number, number]; locationStatus: string }
  }
  expect(doc.address.postcode).toBe('9751 NN')
  expect(doc.locationStatus).toBe('approximate')
  expect(doc.location[1]).toBeCloseTo(53.17, 1)
})

test('a refused save names each field with its path, so the admin can mark them (not only a toast)', async () => {
  const editor = DEMO_USERS.find((u) => u.roles.includes('editor'))!
  const cookie = await loginCookie(editor.email, editor.password)
  const res = await get('/api/venues', {
    method: 'POST',
    headers: { ...sameSite(cookie), 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Fout', address: { postcode: '12345' } }),
  })
  expect(res.status).toBe(400)
  const body = (await res.json()) as {
    errors: { name: string; data: { errors: { path: string; message: string }[] } }[]
  }
  expect(body.errors[0]!.name).toBe('ValidationError')
  expect(body.errors[0]!.data.errors.map((e) => e.path)).toEqual(
    expect.arrayContaining([
      'type',
      'address.postcode',
      'address.street',
      'accessibility.stepFreeEntrance',
    ]),
  )
})

// Last in this file: it locks this client's IP out of logging in.
test('guessing passwords on the real server: after 10 failures even the right password gets 429', async () => {
  const user = DEMO_USERS[0]!
  const attempt = (password: string) =>
    get('/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password }),
    })
  let firstBlocked = 0
  for (let i = 1; i <= 12 && !firstBlocked; i++)
    if ((await attempt(`wrong-${i}`)).status === 429) firstBlocked = i
  expect(firstBlocked).toBeGreaterThan(1)
  expect(firstBlocked).toBeLessThanOrEqual(11)
  const right = await attempt(user.password)
  expect(right.status).toBe(429)
  expect(right.headers.get('retry-after')).toMatch(/^\d+$/)
})
