/**
 * Longer than 200 lines because it is one contract, the rules every search engine must pass,
 * together with the documents and the brute-force answers (results, facets) it checks them
 * against.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import fc from 'fast-check'

import { haversineKm } from '../../src/lib/search/geo'
import { partBits } from '../../src/lib/search/engine/bits'
import {
  ACCESSIBILITY_FACETS,
  AGE_BANDS,
  type FacetCounts,
  HELP_FACETS,
  type IndexDoc,
  LISTING_KINDS,
  PARTS_OF_DAY,
  type SearchEngine,
  type SearchIndexWriter,
  type SearchQuery,
} from '../../src/lib/search/types'
import { indexDoc } from './indexDoc'
import { pc4Centroids, syntheticListings } from './syntheticListings'

export interface ContractSetup {
  engine: SearchEngine
  writer: SearchIndexWriter
  stop: () => Promise<void>
}

const doc = indexDoc

/** Hand-written documents for the text rules. */
const TEXT_DOCS: IndexDoc[] = [
  doc('title-hit', {
    title: 'Breien bij De Steek',
    summary: 'Elke week samen',
    body: 'Wol is er.',
  }),
  doc('body-hit', {
    title: 'Koffieochtend',
    summary: 'Samen koffie drinken',
    body: 'Soms gaan we breien na de koffie.',
  }),
  doc('cafe', { title: 'Café De Buren', summary: 'Een buurtcafé', body: '' }),
  doc('coordinator', {
    collection: 'openings',
    kind: 'volunteer',
    title: 'Coordinator vrijwilligers',
    summary: 'Plan de roosters',
    body: '',
  }),
  doc('coordinator-accent', {
    collection: 'openings',
    kind: 'volunteer',
    title: 'Coördinator buurthuis',
    summary: 'Ook coördinatie',
    body: '',
  }),
  doc('fiets', { title: 'Fiets repareren', summary: 'Neem je fiets mee', body: '' }),
  doc('fietsen', { title: 'Samen fietsen', summary: 'Een rondje door de polder', body: '' }),
  doc('html', { title: '<script>alert(1)</script> Zangkoor', summary: 'Zingen & meer', body: '' }),
]

const REGION = pc4Centroids().filter(
  (p) => p.lat > 52.9 && p.lat < 53.5 && p.lon > 6.2 && p.lon < 7.2,
)
const GEO_DOCS = syntheticListings(400, 7, REGION)

/** A listing fits an age band when its age range (open where it has no limit) overlaps it. */
const fitsBand = (d: IndexDoc, band: { min: number; max: number }) =>
  (d.ageMin ?? -Infinity) <= band.max && (d.ageMax ?? Infinity) >= band.min

/** What a correct engine returns, computed the slow and obvious way (text aside). */
const bruteForce = (q: SearchQuery, docs: IndexDoc[]) =>
  docs.filter((d) => {
    if (q.kinds?.length && !q.kinds.includes(d.kind)) return false
    if (q.free && !d.free) return false
    if (q.walkIn && !d.walkIn) return false
    if (
      q.age !== undefined &&
      ((d.ageMin !== null && d.ageMin > q.age) || (d.ageMax !== null && d.ageMax < q.age))
    )
      return false
    const band = AGE_BANDS.find((b) => b.value === q.ageBand)
    if (band && !fitsBand(d, band)) return false
    if (q.help?.length && !q.help.every((h) => (d.help ?? []).includes(h))) return false
    if (q.weekdays?.length && !q.weekdays.some((w) => d.weekdays.includes(w))) return false
    if (q.partsOfDay?.length && (partBits(d.partsOfDay) & partBits(q.partsOfDay)) === 0)
      return false
    if (q.rungs?.length && !q.rungs.some((r) => d.rungs.includes(r))) return false
    if (q.accessibility?.length && !q.accessibility.every((a) => d.accessibility.includes(a)))
      return false
    if (q.themes?.length && !q.themes.some((t) => d.themes.includes(t))) return false
    if (q.areas?.length && !q.areas.some((a) => d.areas.includes(a))) return false
    if (
      q.near &&
      (d.lat === null ||
        d.lon === null ||
        haversineKm(q.near, { lat: d.lat, lon: d.lon }) > q.near.radiusKm)
    )
      return false
    return true
  })

const bruteFacets = (docs: IndexDoc[]): FacetCounts => {
  const inc = (o: Record<string, number>, k: string | number) =>
    (o[String(k)] = (o[String(k)] ?? 0) + 1)
  const f: FacetCounts = {
    kinds: Object.fromEntries(LISTING_KINDS.map((k) => [k, 0])),
    themes: {},
    areas: {},
    weekdays: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [String(d), 0])),
    partsOfDay: Object.fromEntries(PARTS_OF_DAY.map((p) => [p, 0])),
    free: 0,
    walkIn: 0,
    accessibility: Object.fromEntries(ACCESSIBILITY_FACETS.map((a) => [a, 0])),
    rungs: Object.fromEntries([1, 2, 3, 4, 5, 6].map((r) => [String(r), 0])),
    help: Object.fromEntries(HELP_FACETS.map((h) => [h, 0])),
    ageBands: Object.fromEntries(AGE_BANDS.map((b) => [b.value, 0])),
  }
  for (const d of docs) {
    inc(f.kinds, d.kind)
    d.themes.forEach((t) => inc(f.themes, t))
    d.areas.forEach((a) => inc(f.areas, a))
    d.weekdays.forEach((w) => inc(f.weekdays, w))
    d.partsOfDay.forEach((p) => inc(f.partsOfDay, p))
    d.accessibility.forEach((a) => inc(f.accessibility, a))
    d.rungs.forEach((r) => inc(f.rungs, r))
    ;(d.help ?? []).forEach((h) => inc(f.help, h))
    AGE_BANDS.filter((b) => fitsBand(d, b)).forEach((b) => inc(f.ageBands, b.value))
    f.free += Number(d.free)
    f.walkIn += Number(d.walkIn)
  }
  return f
}

/** Every page of a query, concatenated. */
const allHits = async (engine: SearchEngine, q: SearchQuery) => {
  const first = await engine.search({ ...q, page: 1, pageSize: 50 })
  const hits = [...first.hits]
  for (let page = 2; (page - 1) * 50 < first.total; page++)
    hits.push(...(await engine.search({ ...q, page, pageSize: 50 })).hits)
  return { first, hits }
}

const queryArb = fc.record(
  {
    kinds: fc.subarray([...LISTING_KINDS], { maxLength: 3 }),
    free: fc.boolean(),
    walkIn: fc.boolean(),
    age: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
    ageBand: fc.option(fc.constantFrom(...AGE_BANDS.map((b) => b.value)), { nil: undefined }),
    help: fc.subarray([...HELP_FACETS], { maxLength: 2 }),
    weekdays: fc.subarray([1, 2, 3, 4, 5, 6, 7], { maxLength: 2 }),
    partsOfDay: fc.subarray([...PARTS_OF_DAY], { maxLength: 2 }),
    rungs: fc.subarray([1, 2, 3, 4, 5, 6], { maxLength: 2 }),
    accessibility: fc.subarray([...ACCESSIBILITY_FACETS], { maxLength: 2 }),
    themes: fc.subarray(['t1', 't2', 't3', 't4', 't5'], { maxLength: 2 }),
  },
  { requiredKeys: [] },
)
const nearArb = fc.record({
  lat: fc.double({ min: 52.95, max: 53.45, noNaN: true }),
  lon: fc.double({ min: 6.3, max: 7.1, noNaN: true }),
  radiusKm: fc.double({ min: 0.5, max: 40, noNaN: true }),
})

/** The rules any search engine must pass; each engine's test file calls this with its setup. */
export const describeSearchContract = (name: string, setup: () => Promise<ContractSetup>) => {
  describe(`search contract: ${name}`, () => {
    let s: ContractSetup
    const ids = async (q: SearchQuery) => (await allHits(s.engine, q)).hits.map((h) => h.id)
    beforeAll(async () => {
      s = await setup()
      await s.writer.clear()
      for (const d of [...TEXT_DOCS, ...GEO_DOCS.map((g) => ({ ...g, id: `g${g.id}` }))])
        await s.writer.upsert(d)
    }, 120_000)
    afterAll(async () => s?.stop())

    test('a title match ranks above a description match', async () => {
      const found = await ids({ text: 'breien' })
      expect(found[0]).toBe('title-hit')
      expect(found).toContain('body-hit')
      expect(found.indexOf('title-hit')).toBeLessThan(found.indexOf('body-hit'))
    })
    test('accents do not matter: "cafe" finds "café", "coördinator" finds "coordinator" and back', async () => {
      expect(await ids({ text: 'cafe' })).toContain('cafe')
      expect(await ids({ text: 'coördinator' })).toEqual(
        expect.arrayContaining(['coordinator', 'coordinator-accent']),
      )
      expect(await ids({ text: 'coordinator' })).toEqual(
        expect.arrayContaining(['coordinator', 'coordinator-accent']),
      )
    })
    test('Dutch word forms: "fietsen" finds "fiets" and "fiets" finds "fietsen"; prefixes match while typing', async () => {
      expect(await ids({ text: 'fietsen', kinds: ['activity'] })).toEqual(
        expect.arrayContaining(['fiets', 'fietsen']),
      )
      expect(await ids({ text: 'fiets' })).toEqual(expect.arrayContaining(['fiets', 'fietsen']))
      expect(await ids({ text: 'zangk' })).toContain('html')
    })
    test('snippets mark the match and escape everything else', async () => {
      const { first } = await allHits(s.engine, { text: 'zangkoor' })
      const hit = first.hits.find((h) => h.id === 'html')!
      expect(hit.snippet).toContain('<mark>')
      expect(hit.snippet).not.toContain('<script>')
      expect(hit.snippet).toContain('&#60;script&#62;')
    })
    test('no text input breaks the engine (FTS syntax, quotes, symbols)', async () => {
      for (const text of [
        '"',
        'AND OR NOT (',
        '*',
        'NEAR(a b)',
        "'; DROP TABLE search_docs; --",
        '\u0000',
        '🙂',
        'a'.repeat(500),
      ]) {
        await expect(s.engine.search({ text })).resolves.toMatchObject({
          total: expect.any(Number),
        })
      }
    })
    test('radius results equal a brute-force haversine filter, sorted by distance', async () => {
      await fc.assert(
        fc.asyncProperty(nearArb, async (near) => {
          const { hits } = await allHits(s.engine, { near, sort: 'distance' })
          const expected = bruteForce({ near }, GEO_DOCS)
            .map((d) => `g${d.id}`)
            .sort()
          expect(hits.map((h) => h.id).sort()).toEqual(expected)
          const distances = hits.map((h) => h.distanceKm!)
          expect(distances).toEqual([...distances].sort((a, b) => a - b))
          // Each hit carries its own point (for maps): the listing's coordinates (to 1e-9°, about 0.1 mm).
          for (const h of hits) {
            const doc = GEO_DOCS.find((d) => `g${d.id}` === h.id)!
            expect(h.point!.lat).toBeCloseTo(doc.lat!, 9)
            expect(h.point!.lon).toBeCloseTo(doc.lon!, 9)
          }
        }),
        { numRuns: 40 },
      )
    })
    test('facet counts and totals equal brute-force counts for any filter combination', async () => {
      await fc.assert(
        fc.asyncProperty(
          queryArb,
          fc.option(nearArb, { nil: undefined }),
          async (filters, near) => {
            const q: SearchQuery = { ...filters, ...(near ? { near } : {}) }
            const result = await s.engine.search(q)
            const expected = bruteForce(q, [...TEXT_DOCS, ...GEO_DOCS])
            expect(result.total).toBe(expected.length)
            expect(result.facets).toEqual(bruteFacets(expected))
          },
        ),
        { numRuns: 60 },
      )
    })
    test('pages cover the result once each, and the page size is capped at 50', async () => {
      const big = await s.engine.search({ pageSize: 500 })
      expect(big.pageSize).toBe(50)
      expect(big.hits).toHaveLength(50)
      const { first, hits } = await allHits(s.engine, { kinds: ['activity'] })
      expect(new Set(hits.map((h) => h.id)).size).toBe(first.total)
    })
  })
}
