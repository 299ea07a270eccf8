/**
 * Longer than 200 lines because each HSDS endpoint is checked against the official schemas on one
 * seeded Payload, whose public listings the tests compare the answers with.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { handleEndpoints } from 'payload'

import { readHsdsId, siteOf } from '../../src/lib/hsds/ids'
import { restRequest } from '../helpers/apiDrivers'
import { hsdsValidator } from '../helpers/hsdsSchemas'
import { allDocs, publicDocs, startDemoPayload, type TestPayload } from '../helpers/payload'
import { lookupPc4 } from '../../src/lib/geo/pc4'
import { haversineKmOf } from '../../src/lib/search/geo'

/**
 * The HSDS 3.0 API (`/api/hsds`) on the demo data, through Payload's REST handlers. Every
 * answer is validated against the official HSDS 3.0 schemas in ../shared/data/hsds-3.0, and
 * against the Meedoen profile's schemas (those with its patches merged; `errorsOf` checks both,
 * tests/int/hsdsProfile.test.ts the profile itself).
 */
let t: TestPayload
const { errorsOf } = hsdsValidator()
const anonymous = { name: 'anonymous', user: null }
const get = (path: string) => restRequest(t.payload, anonymous, 'GET', path)
type Page = {
  total_items: number
  total_pages: number
  page_number: number
  size: number
  first_page: boolean
  last_page: boolean
  empty: boolean
  contents: Record<string, unknown>[]
}

beforeAll(async () => {
  t = await startDemoPayload()
}, 120_000)
afterAll(async () => t?.stop())

/** Every listing residents see: what the access rules show the public, not hidden as out of date. */
const publicListings = async () => [
  ...(await publicDocs(t.payload, 'activities')),
  ...(await publicDocs(t.payload, 'openings')),
]

describe('HSDS 3.0 API', () => {
  test('/ names the version, a profile and the OpenAPI document', async () => {
    const res = await get('/hsds')
    expect(res.status).toBe(200)
    expect(errorsOf('apiRoot', res.json)).toEqual([])
    expect(res.json).toMatchObject({ version: '3.0' })
  })

  test('/services pages through every public activity and opening exactly once, each valid HSDS', async () => {
    const expected = await publicListings()
    const seen: string[] = []
    for (let page = 1; ; page++) {
      const res = await get(`/hsds/services?per_page=7&page=${page}`)
      expect(res.status).toBe(200)
      const body = res.json as unknown as Page
      const { contents, ...pageFields } = body
      expect(errorsOf('page', pageFields)).toEqual([])
      for (const service of contents) {
        expect({ id: service.id, errors: errorsOf('serviceListItem', service) }).toEqual({
          id: service.id,
          errors: [],
        })
        expect(errorsOf('service', service)).toEqual([])
      }
      expect(body).toMatchObject({
        total_items: expected.length,
        total_pages: Math.ceil(expected.length / 7),
        page_number: page,
        size: contents.length,
        first_page: page === 1,
      })
      seen.push(...contents.map((s) => s.id as string))
      if (body.last_page) break
    }
    expect(seen).toHaveLength(expected.length)
    // One page of up to 500, as asked: not REST's page cap for direct reads of a collection.
    const whole = (await get('/hsds/services?per_page=500')).json as unknown as Page
    expect(whole).toMatchObject({ size: expected.length, total_pages: 1, last_page: true })
    expect(new Set(seen).size).toBe(expected.length)
    const site = siteOf(t.payload.config.serverURL)
    const kinds = seen.map((id) => readHsdsId(site, id)?.kind)
    expect(new Set(kinds)).toEqual(new Set(['activities', 'openings']))
  })

  test('/services/{id}: the full service with its organization; the same id on every call', async () => {
    const list = (await get('/hsds/services?per_page=500')).json as unknown as Page
    const listed = list.contents.find((s) => s.name === 'Taalcafé Haren')!
    const again = (await get('/hsds/services?per_page=500')).json as unknown as Page
    expect(again.contents.find((s) => s.name === 'Taalcafé Haren')!.id).toBe(listed.id)
    const res = await get(`/hsds/services/${String(listed.id)}`)
    expect(res.status).toBe(200)
    expect(errorsOf('service', res.json)).toEqual([])
    const service = res.json as Record<string, unknown> & { organization: Record<string, unknown> }
    expect(service).toMatchObject({
      id: listed.id,
      name: 'Taalcafé Haren',
      status: 'active',
      fees_description: 'Gratis',
    })
    expect(service.url).toMatch(/\/activiteit\/taalcafe-haren$/)
    // Its schedule in iCal's terms, with the Dutch sentence and what HSDS has no field for.
    const [schedule] = service.schedules as Record<string, unknown>[]
    expect(errorsOf('schedule', schedule)).toEqual([])
    expect(schedule).toMatchObject({
      freq: 'WEEKLY',
      interval: 1,
      byday: 'TH',
      opens_at: '14:00',
      closes_at: '15:30',
    })
    expect(schedule!.description).toMatch(/^Elke donderdag van 14\.00 tot 15\.30 uur/)
    expect(schedule!.notes).toMatch(/Europe\/Amsterdam/)
    expect(service.organization).toMatchObject({
      id: service.organization_id,
      name: 'Stichting Welzijn Haren',
    })
    expect(errorsOf('organization', service.organization)).toEqual([])
  })

  test('/organizations and /organizations/{id}: valid HSDS, with the KvK number as an identifier', async () => {
    const res = await get('/hsds/organizations?per_page=500')
    expect(res.status).toBe(200)
    const body = res.json as unknown as Page
    const published = (await allDocs(t.payload, 'organisations')).filter(
      (o) => o._status === 'published',
    )
    expect(body.total_items).toBe(published.length)
    for (const o of body.contents) expect(errorsOf('organizationListItem', o)).toEqual([])
    const withKvk = published.find((o) => o.kvkNumber)!
    const listed = body.contents.find((o) => o.name === withKvk.name)!
    const one = await get(`/hsds/organizations/${String(listed.id)}`)
    expect(errorsOf('organization', one.json)).toEqual([])
    expect(one.json).toMatchObject({
      organization_identifiers: [{ identifier_type: 'KvK-nummer', identifier: withKvk.kvkNumber }],
    })
  })

  test('/taxonomies and /taxonomy_terms: the themes as one taxonomy, each term valid HSDS and found by its id', async () => {
    const taxonomies = (await get('/hsds/taxonomies')).json as unknown as Page
    expect(taxonomies).toMatchObject({ total_items: 1, size: 1, last_page: true })
    const [themes] = taxonomies.contents
    expect(errorsOf('taxonomy', themes)).toEqual([])
    expect((await get(`/hsds/taxonomies/${String(themes!.id)}`)).json).toEqual(themes)

    const stored = await allDocs(t.payload, 'themes')
    const terms = (await get('/hsds/taxonomy_terms?per_page=4&page=2')).json as unknown as Page
    expect(terms).toMatchObject({ total_items: stored.length, page_number: 2, size: 4 })
    for (const term of terms.contents) {
      expect(errorsOf('taxonomyTerm', term)).toEqual([])
      expect(term.taxonomy_id).toBe(themes!.id)
    }
    // Services name their themes as attributes that point at these terms.
    const all = ((await get('/hsds/taxonomy_terms?per_page=500')).json as unknown as Page).contents
    const services = ((await get('/hsds/services?per_page=500')).json as unknown as Page).contents
    const attributes = services.flatMap((s) => s.attributes as Record<string, unknown>[])
    expect(attributes.length).toBeGreaterThan(services.length / 2)
    for (const a of attributes.slice(0, 20)) expect(errorsOf('attribute', a)).toEqual([])
    const termIDs = new Set(all.map((term) => term.id))
    expect(attributes.every((a) => termIDs.has(a.taxonomy_term_id))).toBe(true)
    expect(new Set(attributes.map((a) => a.id)).size).toBe(attributes.length)

    const one = await get(`/hsds/taxonomy_terms/${String(terms.contents[0]!.id)}`)
    expect(one.json).toEqual(terms.contents[0])
    // A service's id is not a term's.
    const service = ((await get('/hsds/services')).json as unknown as Page).contents[0]!
    expect((await get(`/hsds/taxonomy_terms/${String(service.id)}`)).status).toBe(404)
  })

  test('/service_at_locations: each listing at its venue as a valid HSDS location; postcode and proximity keep those near', async () => {
    const all = (await get('/hsds/service_at_locations?per_page=500')).json as unknown as Page
    expect(all.total_items).toBe(all.size)
    expect(all.size).toBeGreaterThan(10)
    for (const item of all.contents) {
      expect(errorsOf('serviceAtLocationListItem', item)).toEqual([])
      expect(errorsOf('serviceAtLocation', item)).toEqual([])
    }
    type Item = {
      id: string
      location: { latitude: number; longitude: number; addresses: { postal_code: string }[] }
    }
    const items = all.contents as unknown as Item[]
    const one = await get(`/hsds/service_at_locations/${items[0]!.id}`)
    expect(one.json).toEqual(items[0])

    const inArea = (
      (await get('/hsds/service_at_locations?postcode=9751&per_page=500')).json as unknown as Page
    ).contents as unknown as Item[]
    expect(inArea.length).toBeGreaterThan(0)
    expect(inArea.length).toBeLessThan(items.length)
    expect(inArea.every((i) => i.location.addresses[0]!.postal_code.startsWith('9751'))).toBe(true)

    const centre = lookupPc4('9751')!
    const near = (
      (await get('/hsds/service_at_locations?postcode=9751AB&proximity=1500&per_page=500'))
        .json as unknown as Page
    ).contents as unknown as Item[]
    const within = (i: Item) =>
      haversineKmOf(centre.lat, centre.lon, i.location.latitude, i.location.longitude) <= 1.5
    expect(near.length).toBeGreaterThan(0)
    expect(near.every(within)).toBe(true)
    expect(near.length).toBe(items.filter(within).length)

    for (const query of ['postcode=12', 'proximity=100', 'postcode=9751&proximity=-5']) {
      const res = await get(`/hsds/service_at_locations?${query}`)
      expect({ query, status: res.status }).toEqual({ query, status: 400 })
    }
  })

  test('format=ndjson streams every item of a list, one valid HSDS object per line; another format is a 400', async () => {
    for (const [list, schema] of [
      ['services', 'serviceListItem'],
      ['organizations', 'organizationListItem'],
      ['service_at_locations', 'serviceAtLocationListItem'],
      ['taxonomy_terms', 'taxonomyTerm'],
    ] as const) {
      const paged = (await get(`/hsds/${list}?per_page=500`)).json as unknown as Page
      const res = await handleEndpoints({
        config: t.payload.config,
        request: new Request(`http://localhost/api/hsds/${list}?format=ndjson`),
      })
      expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/)
      const lines = (await res.text()).split('\n')
      expect(lines.pop()).toBe('')
      const items = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
      expect({ list, count: items.length }).toEqual({ list, count: paged.total_items })
      expect(items.map((i) => i.id)).toEqual(paged.contents.map((i) => i.id))
      for (const item of items) expect(errorsOf(schema, item)).toEqual([])
    }
    expect((await get('/hsds/services?format=xml')).status).toBe(400)
  })

  test('drafts and listings hidden as out of date are not there; unknown or foreign ids are 404', async () => {
    const hidden = (await allDocs(t.payload, 'activities')).find((a) => a._status === 'published')!
    await t.payload.update({
      collection: 'activities',
      id: hidden.id,
      data: { staleHidden: true },
      overrideAccess: true,
    })
    const names = async () =>
      ((await get('/hsds/services?per_page=500')).json as unknown as Page).contents.map(
        (s) => s.name,
      )
    expect(await names()).not.toContain(hidden.title)
    const draft = (await allDocs(t.payload, 'activities')).find((a) => a._status !== 'published')
    if (draft) expect(await names()).not.toContain(draft.title)
    await t.payload.update({
      collection: 'activities',
      id: hidden.id,
      data: { staleHidden: false },
      overrideAccess: true,
    })
    expect(await names()).toContain(hidden.title)

    expect((await get('/hsds/services/not-a-uuid')).status).toBe(404)
    expect((await get('/hsds/services/00000000-0000-8001-8000-000000000001')).status).toBe(404)
    // An organisation's id is not a service's.
    const org = ((await get('/hsds/organizations')).json as unknown as Page).contents[0]!
    expect((await get(`/hsds/services/${String(org.id)}`)).status).toBe(404)
  })

  test('modified_after and search narrow the list; bad paging or dates are a 400 that names the parameter', async () => {
    const all = ((await get('/hsds/services?per_page=500')).json as unknown as Page).total_items
    const future = (await get('/hsds/services?modified_after=2999-01-01T00:00:00Z'))
      .json as unknown as Page
    expect(future).toMatchObject({ total_items: 0, empty: true, size: 0 })
    const past = (await get('/hsds/services?modified_after=2000-01-01')).json as unknown as Page
    expect(past.total_items).toBe(all)
    const found = (await get('/hsds/services?search=taalcaf')).json as unknown as Page
    expect(found.contents.map((s) => s.name)).toContain('Taalcafé Haren')
    expect(found.total_items).toBeLessThan(all)
    for (const [query, parameter] of [
      ['page=0', 'page'],
      ['page=x', 'page'],
      ['per_page=501', 'per_page'],
      ['modified_after=gisteren', 'modified_after'],
    ]) {
      const res = await get(`/hsds/services?${query}`)
      expect({ query, status: res.status }).toEqual({ query, status: 400 })
      expect(JSON.stringify(res.json)).toContain(parameter)
    }
  })
})
