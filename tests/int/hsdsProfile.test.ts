import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { hsdsId, siteOf } from '../../src/lib/hsds/ids'
import { PROFILE_FILES, PROFILE_PATCHES, PROFILE_VERSION } from '../../src/lib/hsds/profile'
import { restRequest } from '../helpers/apiDrivers'
import { type HsdsSchemaName, hsdsValidator } from '../helpers/hsdsSchemas'
import { publicDocs, startDemoPayload, type TestPayload } from '../helpers/payload'

/**
 * The Meedoen profile of HSDS 3.0 on the demo data: `GET /api/hsds` names it, its URI and its
 * files resolve, every answer of the API is valid against the profile's schemas (the canonical
 * files from ../shared/data/hsds-3.0 with the patches merged), and a service's `meedoen_…`
 * fields say what its listing says.
 */
let t: TestPayload
const { profileErrorsOf } = hsdsValidator()
const anonymous = { name: 'anonymous', user: null }
const get = (path: string) => restRequest(t.payload, anonymous, 'GET', path)
type Item = Record<string, unknown>
const contentsOf = async (path: string) => ((await get(path)).json as { contents: Item[] }).contents

beforeAll(async () => {
  t = await startDemoPayload()
}, 120_000)
afterAll(async () => t?.stop())

describe('the Meedoen HSDS profile', () => {
  test('GET /api/hsds names the profile’s URI; it and each of its files resolve', async () => {
    const root = (await get('/hsds')).json as { profile: string }
    const serverURL = t.payload.config.serverURL.replace(/\/+$/, '')
    expect(root.profile).toBe(`${serverURL}/api/hsds/profile`)
    const path = (url: string) => url.slice(`${serverURL}/api`.length)
    const index = await get(path(root.profile))
    expect(index.status).toBe(200)
    expect(index.json).toMatchObject({ uri: root.profile, version: PROFILE_VERSION })
    expect((await get(`${path(root.profile)}/`)).json).toEqual(index.json)
    const files = (index.json as { files: { name: string; url: string }[] }).files
    expect(files.map((f) => f.name)).toEqual([...PROFILE_FILES])
    for (const file of files) {
      const res = await get(path(file.url))
      expect({ file: file.name, status: res.status }).toEqual({ file: file.name, status: 200 })
      expect(res.json).toEqual(PROFILE_PATCHES[file.name as keyof typeof PROFILE_PATCHES])
    }
    for (const wrong of ['organization.json', 'service', '..%2Fservice.json', 'x/service.json'])
      expect({ wrong, status: (await get(`/hsds/profile/${wrong}`)).status }).toEqual({
        wrong,
        status: 404,
      })
  })

  test('every list and every item of the API is valid against the profile’s schemas', async () => {
    const lists: [string, HsdsSchemaName, HsdsSchemaName][] = [
      ['services', 'serviceListItem', 'service'],
      ['organizations', 'organizationListItem', 'organization'],
      ['service_at_locations', 'serviceAtLocationListItem', 'serviceAtLocation'],
      ['taxonomies', 'taxonomy', 'taxonomy'],
      ['taxonomy_terms', 'taxonomyTerm', 'taxonomyTerm'],
    ]
    expect(profileErrorsOf('apiRoot', (await get('/hsds')).json)).toEqual([])
    for (const [list, itemSchema, oneSchema] of lists) {
      const { contents, ...page } = (await get(`/hsds/${list}?per_page=500`)).json as {
        contents: Item[]
      }
      expect({ list, errors: profileErrorsOf('page', page) }).toEqual({ list, errors: [] })
      expect(contents.length).toBeGreaterThan(0)
      for (const item of contents)
        expect({ list, id: item.id, errors: profileErrorsOf(itemSchema, item) }).toEqual({
          list,
          id: item.id,
          errors: [],
        })
      // Each one by its id, as its endpoint gives it (a service with its organization).
      for (const item of contents) {
        const one = (await get(`/hsds/${list}/${String(item.id)}`)).json
        expect({ list, id: item.id, errors: profileErrorsOf(oneSchema, one) }).toEqual({
          list,
          id: item.id,
          errors: [],
        })
      }
    }
  })

  test('a service’s meedoen_… fields say what its listing says', async () => {
    const site = siteOf(t.payload.config.serverURL)
    const services = new Map(
      (await contentsOf('/hsds/services?per_page=500')).map((s) => [s.id as string, s]),
    )
    const rungs = (values?: string[] | null) => (values ?? []).map(Number).sort()
    for (const a of await publicDocs(t.payload, 'activities')) {
      const facets = new Set(a.lowThreshold ?? [])
      const service = services.get(hsdsId(site, 'activities', a.id))!
      expect(service).toMatchObject({
        meedoen_kind: 'activity',
        meedoen_location_kind: a.locationKind ?? 'venue',
      })
      const said = service.meedoen_low_threshold as string[]
      expect(said.includes('walk_in')).toBe(a.signUp === 'walk_in')
      expect(said.includes('free')).toBe(a.cost.kind === 'free')
      const chosen = [...facets].filter((f) => f !== 'walk_in' && f !== 'free').sort()
      expect(said.filter((f) => f !== 'walk_in' && f !== 'free').sort()).toEqual(chosen)
      const ladder = service.meedoen_ladder_rungs as { rung: number }[]
      expect(ladder.map((r) => r.rung)).toEqual(rungs(a.ladderRungs))
    }
    for (const o of await publicDocs(t.payload, 'openings')) {
      const service = services.get(hsdsId(site, 'openings', o.id))!
      expect(service).toMatchObject({ meedoen_kind: o.kind })
      expect(service).not.toHaveProperty('meedoen_low_threshold')
      const ladder = service.meedoen_ladder_rungs as { rung: number }[]
      expect(ladder.map((r) => r.rung)).toEqual(rungs(o.ladderRungs))
    }
    // The demo data shows the fields at work: several kinds, rungs and chosen facets.
    const all = [...services.values()]
    expect(new Set(all.map((s) => s.meedoen_kind)).size).toBeGreaterThan(2)
    expect(all.some((s) => (s.meedoen_ladder_rungs as unknown[]).length > 0)).toBe(true)
    expect(all.some((s) => ((s.meedoen_low_threshold as string[]) ?? []).length > 2)).toBe(true)
    expect(
      all.every((s) => !s.assured_date || /^\d{4}-\d{2}-\d{2}$/.test(s.assured_date as string)),
    ).toBe(true)
  })
})
