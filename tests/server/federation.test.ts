import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { LISTING_ANSWERS } from '../helpers/accessFixtures'
import { startServer, type RunningServer, ensureAdminBuilt } from '../helpers/server'

/**
 * Two real Meedoen processes on loopback: "Assen" (A) publishes, "Haren" (B) follows A's
 * activity feed as an outside source. A listing created, changed and deleted in A appears,
 * changes and disappears in B's search, with its origin shown and linked; switching the source
 * off in B takes its listings away; B's own API never re-exports them.
 */
let a: RunningServer
let b: RunningServer
const tokens = new Map<RunningServer, string>()
beforeAll(async () => {
  ensureAdminBuilt()
  ;[a, b] = await Promise.all([startServer(), startServer()])
  for (const server of [a, b]) {
    const res = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'redactie@meedoen.test', password: 'demo-redactie' }),
    })
    tokens.set(server, ((await res.json()) as { token: string }).token)
  }
}, 300_000)
afterAll(async () => Promise.all([a?.stop(), b?.stop()]))

/** The fields of REST answers these tests read. */
interface Json {
  doc: { id: number; slug: string }
  docs: { id: number; title: string }[]
  totalDocs: number
  status: string
  problem: string
  counts: Record<string, number>
}

const api = async (server: RunningServer, method: string, path: string, body?: unknown) => {
  const res = await fetch(`${server.url}/api${path}`, {
    method,
    headers: { authorization: `JWT ${tokens.get(server)}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: res.status, json: (await res.json().catch(() => ({}))) as Json }
}

/** B's public results page for a word, as a resident gets it. */
const searchB = async (q: string) =>
  (await fetch(`${b.url}/zoeken?q=${encodeURIComponent(q)}`)).text()

let source: number
let activity: number
const followNow = async () => {
  const res = await api(b, 'POST', `/federation-sources/${source}/follow`)
  expect([res.status, res.json.status, JSON.stringify(res.json)]).toEqual([
    200,
    'ok',
    expect.anything(),
  ])
  return res.json
}

test('an editor in B adds A as a source; A’s public activities appear in B’s search with their origin', async () => {
  const created = await api(b, 'POST', '/federation-sources', {
    name: 'Meedoen Assen',
    feedUrl: `${a.url}/api/feeds/session-series`,
    siteUrl: a.url,
  })
  expect(created.status).toBe(201)
  source = created.json.doc.id
  const first = await followNow()
  expect(first.counts.updated).toBeGreaterThan(5)
  const { json } = await api(b, 'GET', `/federation-sources/${source}?depth=0`)
  expect(json).toEqual(
    expect.objectContaining({ status: 'ok', listingCount: first.counts.updated, lastError: null }),
  )
})

test('created in A → appears in B; changed in A → changes in B; deleted in A → gone from B', async () => {
  const { json: org } = await api(a, 'GET', '/organisations?limit=1&depth=0')
  const { json: venue } = await api(a, 'GET', '/venues?limit=1&depth=0')
  const made = await api(a, 'POST', '/activities', {
    title: 'Federatiekoffie Assen',
    summary: 'Koffie drinken met buren uit Assen.',
    organisation: org.docs[0]!.id,
    venue: venue.docs[0]!.id,
    cost: { kind: 'free' },
    schedule: { kind: 'weekly', weekdays: ['2'], startTime: '10:00', endTime: '11:30' },
    accessibility: LISTING_ANSWERS,
    _status: 'published',
  })
  expect(made.status).toBe(201)
  activity = made.json.doc.id
  const slug = made.json.doc.slug

  expect(await searchB('Federatiekoffie')).not.toContain('Federatiekoffie Assen')
  expect((await followNow()).counts.updated).toBe(1)
  const page = await searchB('Federatiekoffie')
  expect(page).toContain('Federatiekoffie Assen')
  expect(page).toContain('Van Meedoen Assen')
  // The card links to the listing's own page in A.
  expect(page).toContain(`href="${a.url}/activiteit/${slug}"`)

  expect(
    (await api(a, 'PATCH', `/activities/${activity}`, { title: 'Federatiethee Assen' })).status,
  ).toBe(200)
  await followNow()
  const changed = await searchB('Federatiethee')
  expect(changed).toContain('Federatiethee Assen')
  expect(await searchB('Federatiekoffie')).not.toContain('Federatiekoffie Assen')

  expect((await api(a, 'DELETE', `/activities/${activity}`)).status).toBe(200)
  expect((await followNow()).counts.deleted).toBe(1)
  expect(await searchB('Federatiethee')).not.toContain('Federatiethee Assen')
})

test('A’s listings are never re-exported by B: not in its search API, its feed or its HSDS', async () => {
  const external = await api(b, 'GET', '/external-listings?limit=1&depth=0')
  const title = external.json.docs[0]!.title
  const searchApi = await (
    await fetch(`${b.url}/api/directory/search?q=${encodeURIComponent(title)}`)
  ).text()
  expect(searchApi).not.toContain(a.url)
  const feed = await (await fetch(`${b.url}/api/feeds/session-series`)).text()
  expect(feed).not.toContain(a.url)
  const hsds = await (await fetch(`${b.url}/api/hsds/services?per_page=100`)).text()
  expect(hsds).not.toContain(a.url)
})

test('switched off in B, the source’s listings leave; switched on, they return', async () => {
  const before = (await api(b, 'GET', '/external-listings?limit=1')).json.totalDocs
  expect(before).toBeGreaterThan(0)
  expect((await api(b, 'PATCH', `/federation-sources/${source}`, { enabled: false })).status).toBe(
    200,
  )
  expect((await api(b, 'GET', '/external-listings?limit=1')).json.totalDocs).toBe(0)
  expect((await api(b, 'GET', `/federation-sources/${source}`)).json.status).toBe('off')
  expect((await api(b, 'PATCH', `/federation-sources/${source}`, { enabled: true })).status).toBe(
    200,
  )
  await followNow()
  expect((await api(b, 'GET', '/external-listings?limit=1')).json.totalDocs).toBe(before)
})

test('A down: B marks the source with the problem, and its pages keep working', async () => {
  const down = await api(b, 'POST', '/federation-sources', {
    name: 'Kapot',
    feedUrl: 'http://127.0.0.1:9/api/feeds/session-series',
  })
  const res = await api(b, 'POST', `/federation-sources/${down.json.doc.id}/follow`)
  expect(res.status).toBe(502)
  expect(res.json.problem).toContain('niet bereikbaar')
  expect((await fetch(`${b.url}/zoeken?q=koffie`)).status).toBe(200)
  // Removing a source removes its listings.
  expect((await api(b, 'DELETE', `/federation-sources/${source}`)).status).toBe(200)
  expect((await api(b, 'GET', '/external-listings?limit=1')).json.totalDocs).toBe(0)
})
