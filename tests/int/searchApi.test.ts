import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import type { Where } from 'payload'

import { restRequest } from '../helpers/apiDrivers'
import { startDemoPayload, type TestPayload } from '../helpers/payload'
import { SEARCH_PARAMS } from '../../src/lib/search/searchParamDefs'

/** GET /api/directory/search and its OpenAPI document, through Payload's REST handlers, on the demo data. */
let t: TestPayload
const anonymous = { name: 'anonymous', user: null }
const get = (path: string) => restRequest(t.payload, anonymous, 'GET', path)
type Body = {
  hits: { title: string; distanceKm?: number; snippet: string; kind: string }[]
  total: number
  pageSize: number
  facets: Record<string, unknown>
  near?: Record<string, unknown>
  errors?: { field: string; message: { nl: string; en: string } }[]
}

beforeAll(async () => {
  t = await startDemoPayload()
}, 120_000)
afterAll(async () => t?.stop())

describe('search', () => {
  test('finds seeded listings by Dutch words, never drafts', async () => {
    const res = await get('/directory/search?q=koffie')
    expect(res.status).toBe(200)
    const body = res.json as unknown as Body
    expect(body.hits.map((h) => h.title)).toContain('Koffieochtend in De Dilgt')
    expect(body.hits[0]!.snippet).toMatch(/<mark>/)
    const drafts = (await get('/directory/search?q=rummikub')).json as unknown as Body
    expect(drafts.total).toBe(0)
    const draftOpening = (await get('/directory/search?q=horeca&kind=learn_work'))
      .json as unknown as Body
    expect(draftOpening.hits.map((h) => h.title)).not.toContain('Leerwerkplek horeca')
  })

  test("hits carry their public address and organisation's name; lang=en finds Dutch listings for English words and links the English pages", async () => {
    type Detailed = { title: string; url: string | null; organisation: string | null }
    const dutch = (await get('/directory/search?q=koffieochtend')).json as unknown as {
      hits: Detailed[]
    }
    const hit = dutch.hits.find((h) => h.title === 'Koffieochtend in De Dilgt')!
    expect(hit.url).toMatch(/^https?:\/\/[^/]+\/activiteit\/koffieochtend-in-de-dilgt$/)
    expect(hit.organisation).toBe('Stichting Welzijn Haren')
    const english = (await get('/directory/search?q=coffee&lang=en')).json as unknown as {
      hits: Detailed[]
      total: number
    }
    expect(english.hits.map((h) => h.title)).toContain('Koffieochtend in De Dilgt')
    expect(english.hits.find((h) => h.title === 'Koffieochtend in De Dilgt')!.url).toMatch(
      /\/en\/activity\/koffieochtend-in-de-dilgt$/,
    )
    expect(
      ((await get('/directory/search?q=coffee')).json as unknown as { total: number }).total,
    ).toBe(0)
    expect((await get('/directory/search?lang=fr')).status).toBe(400)
  })

  test('near a postcode: every hit within the radius, nearest first, facets over the whole result', async () => {
    const res = await get('/directory/search?postcode=9751ab&radius=3&sort=distance&pageSize=50')
    expect(res.status).toBe(200)
    const body = res.json as unknown as Body
    expect(body.near).toMatchObject({ from: 'postcode', radiusKm: 3 })
    expect(body.total).toBeGreaterThan(5)
    const distances = body.hits.map((h) => h.distanceKm!)
    expect(distances.every((d) => d <= 3)).toBe(true)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    const kinds = body.facets.kinds as Record<string, number>
    expect(Object.values(kinds).reduce((a, b) => a + b, 0)).toBe(body.total)
  })

  test('filters combine: free walk-in activities on Tuesday', async () => {
    const body = (await get('/directory/search?kind=activity&free=true&walkIn=true&day=2'))
      .json as unknown as Body
    expect(body.total).toBeGreaterThan(0)
    expect(body.hits.map((h) => h.title)).toContain('Koffieochtend in De Dilgt')
    expect(body.hits.map((h) => h.title)).not.toContain('Samen eten op vrijdag')
  })

  test('what helps and age bands: exactly the listings that have them, counted in the facets', async () => {
    const titles = async (where: Where) => {
      const found = await Promise.all(
        (['activities', 'openings'] as const).map((collection) =>
          t.payload.find({
            collection,
            where,
            pagination: false,
            overrideAccess: false,
            user: null,
          }),
        ),
      )
      return found.flatMap((r) => r.docs.map((d) => d.title)).sort()
    }
    const all = async (query: string) => {
      const body = (await get(`/directory/search?${query}&pageSize=50`)).json as unknown as Body
      expect(body.total).toBeLessThanOrEqual(50)
      return { body, titles: body.hits.map((h) => h.title).sort() }
    }
    const buddy = await all('help=buddy_welcome')
    expect(buddy.titles.length).toBeGreaterThan(0)
    expect(buddy.titles).toEqual(await titles({ lowThreshold: { contains: 'buddy_welcome' } }))
    expect((buddy.body.facets.help as Record<string, number>).buddy_welcome).toBe(buddy.body.total)
    // All of those asked: buddy and no referral is never more than buddy alone.
    const both = await all('help=buddy_welcome,no_referral')
    expect(both.titles.every((x) => buddy.titles.includes(x))).toBe(true)
    // The openings' own facet ("geen verwijzing nodig") and the supervisor they offer.
    const openings = await all('kind=volunteer&help=no_referral')
    expect(openings.titles.length).toBeGreaterThan(0)
    const guided = await all('help=guidance')
    expect(guided.body.hits.every((h) => h.kind !== 'activity')).toBe(true)
    // A band: listings whose age range overlaps 13–17, or that have none.
    const teens = await all('ageBand=teens&kind=activity')
    const activities = await t.payload.find({
      collection: 'activities',
      pagination: false,
      overrideAccess: false,
      user: null,
    })
    const overlapping = activities.docs
      .filter((a) => (a.ageMin ?? 0) <= 17 && (a.ageMax ?? 120) >= 13)
      .map((a) => a.title)
      .sort()
    expect(teens.titles).toEqual(overlapping)
    expect(overlapping.length).toBeLessThan(activities.docs.length)
    expect(teens.titles.length).toBeGreaterThan(0)
    expect(teens.titles.every((x) => overlapping.includes(x))).toBe(true)
    const bands = teens.body.facets.ageBands as Record<string, number>
    expect(bands.teens).toBe(teens.body.total)
    const bad = await get('/directory/search?help=wifi&ageBand=toddlers')
    expect(bad.status).toBe(400)
    expect((bad.json as unknown as Body).errors!.map((e) => e.field).sort()).toEqual([
      'ageBand',
      'help',
    ])
  })

  test('the page size is capped at 50', async () => {
    const body = (await get('/directory/search?pageSize=500')).json as unknown as Body
    expect(body.pageSize).toBe(50)
    expect(body.hits.length).toBeLessThanOrEqual(50)
  })

  test('bad parameters → 400 naming each bad one, in Dutch and English', async () => {
    const res = await get(
      '/directory/search?day=9&age=abc&sort=distance&colour=red&kind=activity,party&lat=53',
    )
    expect(res.status).toBe(400)
    const fields = (res.json as unknown as Body).errors!.map((e) => e.field).sort()
    expect(fields).toEqual(['age', 'colour', 'day', 'kind', 'lon'])
    const day = (res.json as unknown as Body).errors!.find((e) => e.field === 'day')!
    expect(day.message.nl).toMatch(/1 \(maandag\)/)
    expect(day.message.en).toMatch(/1 \(Monday\)/)
    const postcode = await get('/directory/search?postcode=0000')
    expect(postcode.status).toBe(400)
    expect(await get('/directory/search?sort=distance')).toMatchObject({ status: 400 })
  })

  test('no query string gives a 5xx (fast-check, 1,500 generated inputs)', async () => {
    // Every parameter the search knows, and one it does not.
    const names = [...SEARCH_PARAMS.map((p) => p.name), 'x']
    const value = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.integer({ min: -1000, max: 100000 }).map(String),
      fc.double().map(String),
      fc.constantFrom(
        '',
        ' ',
        '"',
        '*',
        'NEAR(',
        'AND',
        '%',
        '\u0000',
        'true',
        '9751 AB',
        'activity',
      ),
    )
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...names), value), { maxLength: 6 }),
        async (pairs) => {
          const qs = new URLSearchParams(pairs).toString()
          const res = await get(`/directory/search?${qs}`)
          expect({ qs, status: res.status }).toEqual({ qs, status: expect.any(Number) })
          expect(res.status).toBeLessThan(500)
        },
      ),
      { numRuns: 1500 },
    )
  }, 120_000)
})

test('the OpenAPI document describes every parameter and the responses', async () => {
  const res = await get('/directory/openapi.json')
  expect(res.status).toBe(200)
  const doc = res.json as {
    openapi: string
    paths: Record<
      string,
      { get: { parameters: { name: string }[]; responses: Record<string, unknown> } }
    >
  }
  expect(doc.openapi).toBe('3.1.0')
  const op = doc.paths['/directory/search']!.get
  expect(op.parameters.map((p) => p.name)).toEqual(
    expect.arrayContaining(['q', 'kind', 'postcode', 'radius', 'sort', 'pageSize']),
  )
  expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '400']))
})
