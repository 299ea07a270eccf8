import { describe, expect, test } from '@jest/globals'
import type { Collection, Document } from 'mongodb'

import { haversineKm } from '../../../src/lib/search/geo'
import {
  buildFilter, buildSnippet, countFacets, MATCH_NOTHING, mongoSearchEngine, nearFilter, PREFIX_ONLY_WEIGHT, queryTerms,
  textScore,
} from '../../../src/lib/search/mongo/engine'
import {
  ensureMongoSearchIndexes, MONGO_SEARCH_INDEXES, mongoIndexWriter, type MongoSearchDoc, toMongoSearchDoc,
} from '../../../src/lib/search/mongo/writer'
import { foldText } from '../../../src/lib/search/text'
import type { IndexDoc } from '../../../src/lib/search/types'
import { describeSearchContract } from '../../helpers/searchContract'

/*
 * No MongoDB server runs here, so the pure parts of the MongoDB engine are checked directly, and
 * the whole engine runs the search contract against a tiny in-memory stand-in for a collection
 * that evaluates exactly the query operators the engine uses (and throws on any other). It
 * checks the engine's logic, not MongoDB's own behaviour: tests/int/searchMongo.test.ts does that
 * when MONGODB_URL is set.
 */

const EARTH = 6371.0088

/** MongoDB's matching rules for the operators the engine uses, on top-level fields. */
const matches = (doc: Document, filter: Document): boolean =>
  Object.entries(filter).every(([key, cond]) => {
    if (key === '$and') return (cond as Document[]).every((f) => matches(doc, f))
    if (key === '$or') return (cond as Document[]).some((f) => matches(doc, f))
    if (key.startsWith('$')) throw new Error(`fake collection: unsupported operator ${key}`)
    const value = doc[key]
    const isOps = cond !== null && typeof cond === 'object' && !Array.isArray(cond) && Object.keys(cond).every((k) => k.startsWith('$'))
    if (!isOps) {
      if (cond === null) return value === null || value === undefined
      return Array.isArray(value) ? value.includes(cond) : value === cond
    }
    const values: unknown[] = Array.isArray(value) ? value : [value]
    return Object.entries(cond as Document).every(([op, arg]) => {
      switch (op) {
        case '$in':
          return values.some((v) => (arg as unknown[]).includes(v))
        case '$all':
          return (arg as unknown[]).length > 0 && Array.isArray(value) && (arg as unknown[]).every((a) => value.includes(a))
        case '$regex': {
          const re = new RegExp(arg as string)
          return values.some((v) => typeof v === 'string' && re.test(v))
        }
        case '$lte':
          return values.some((v) => typeof v === 'number' && v <= (arg as number))
        case '$gte':
          return values.some((v) => typeof v === 'number' && v >= (arg as number))
        case '$exists':
          return (value !== undefined) === arg
        case '$geoWithin': {
          const [[lon, lat], radians] = (arg as { $centerSphere: [[number, number], number] }).$centerSphere
          if (value?.type !== 'Point') return false
          const [plon, plat] = value.coordinates as [number, number]
          return haversineKm({ lat, lon }, { lat: plat, lon: plon }) / EARTH <= radians
        }
        default:
          throw new Error(`fake collection: unsupported operator ${op}`)
      }
    })
  })

const project = (doc: Document, projection?: Document): Document => {
  if (!projection) return { ...doc }
  if (Object.entries(projection).some(([k, v]) => v !== 1 && k !== '_id')) throw new Error('fake collection: inclusion projections only')
  const out: Document = {}
  for (const [k, v] of Object.entries(doc)) if (projection[k] === 1 || (k === '_id' && projection._id !== 0)) out[k] = v
  return out
}

/** What BSON does to a document: a deep copy, with undefined stored as null. */
const bsonCopy = (doc: Document): Document =>
  Object.fromEntries(Object.entries(structuredClone(doc)).map(([k, v]) => [k, v === undefined ? null : v]))

const fakeCollection = () => {
  const docs: Document[] = []
  const calls: { op: string; options: unknown }[] = []
  let seq = 0
  const fake = {
    docs,
    calls,
    createIndexes: async (specs: unknown[]) => {
      calls.push({ op: 'createIndexes', options: specs })
      return []
    },
    replaceOne: async (filter: Document, replacement: Document, options: { upsert?: boolean } = {}) => {
      calls.push({ op: 'replaceOne', options })
      if ('_id' in replacement) throw new Error('replacement must not carry _id')
      const i = docs.findIndex((d) => matches(d, filter))
      if (i >= 0) docs[i] = { _id: docs[i]!._id, ...bsonCopy(replacement) }
      else if (options.upsert) docs.push({ _id: String(++seq).padStart(24, '0'), ...bsonCopy(replacement) })
    },
    deleteOne: async (filter: Document, options?: unknown) => {
      calls.push({ op: 'deleteOne', options })
      const i = docs.findIndex((d) => matches(d, filter))
      if (i >= 0) docs.splice(i, 1)
    },
    deleteMany: async (filter: Document, options?: unknown) => {
      calls.push({ op: 'deleteMany', options })
      for (let i = docs.length - 1; i >= 0; i--) if (matches(docs[i]!, filter)) docs.splice(i, 1)
    },
    find: (filter: Document, options: { projection?: Document } = {}) => ({
      toArray: async () => docs.filter((d) => matches(d, filter)).map((d) => bsonCopy(project(d, options.projection))),
    }),
  }
  return { fake, collection: fake as unknown as Collection<MongoSearchDoc> }
}

const doc = (id: string, fields: Partial<IndexDoc>): IndexDoc => ({
  collection: 'activities', id, kind: 'activity', title: '', summary: '', body: '', slug: null, lat: null, lon: null,
  free: false, walkIn: false, ageMin: null, ageMax: null, weekdays: [], partsOfDay: [], themes: [], areas: [],
  accessibility: [], rungs: [], nextStart: null, ...fields,
})

describe('mongo search: query building', () => {
  test('query words, their stems and the prefixes the filter uses', () => {
    expect(queryTerms('Fietsen')).toEqual([{ word: 'fietsen', stem: 'fiets', prefixes: ['fiets'] }])
    expect(queryTerms('fiets')[0]!.prefixes).toEqual(['fiet'])
    expect(queryTerms('zangkoor')[0]!.prefixes).toEqual(['zangkoor', 'zangkor'])
    expect(queryTerms('Coördinator Café')).toMatchObject([{ word: 'coordinator' }, { word: 'cafe' }])
    expect(queryTerms('de')[0]!.prefixes).toEqual(['de'])
    expect(queryTerms(undefined)).toEqual([])
    expect(queryTerms('"*() 🙂 \u0000')).toEqual([])
  })

  test('filters become one $and; every query word is its own clause (AND), its forms an $or', () => {
    const f = buildFilter({
      text: 'zangkoor fietsen', kinds: ['activity', 'volunteer'], free: true, walkIn: true, age: 30, weekdays: [1, 9],
      partsOfDay: ['evening'], rungs: [2], accessibility: ['parking', 'hearingLoop'], themes: ['t1'], areas: ['a1', 'a2'],
    })
    expect(f).toEqual({
      $and: [
        { kind: { $in: ['activity', 'volunteer'] } },
        { free: true },
        { walkIn: true },
        { $or: [{ ageMin: null }, { ageMin: { $lte: 30 } }] },
        { $or: [{ ageMax: null }, { ageMax: { $gte: 30 } }] },
        { weekdays: { $in: [1] } },
        { partsOfDay: { $in: ['evening'] } },
        { rungs: { $in: [2] } },
        { accessibility: { $all: ['parking', 'hearingLoop'] } },
        { themes: { $in: ['t1'] } },
        { areas: { $in: ['a1', 'a2'] } },
        { $or: [{ words: { $regex: '^zangkoor' } }, { words: { $regex: '^zangkor' } }] },
        { words: { $regex: '^fiets' } },
      ],
    })
    expect(buildFilter({})).toEqual({})
    expect(buildFilter({ free: false, kinds: [], text: '  ' })).toEqual({})
    // Only unknown values: nothing matches (as with the SQLite bitmasks).
    expect(buildFilter({ accessibility: ['lift' as never] })).toEqual({ $and: [MATCH_NOTHING] })
    expect(buildFilter({ weekdays: [0, 8] })).toEqual({ $and: [{ weekdays: { $in: [] } }] })
  })

  test('no text can produce an invalid or unanchored regex', () => {
    for (const text of ['"', 'AND OR NOT (', '*', 'NEAR(a b)', "'; DROP TABLE search_docs; --", '\u0000', '🙂', 'a'.repeat(500), '.*', 'a|b', '[x]', '\\', '$where']) {
      const clauses = JSON.stringify(buildFilter({ text }))
      for (const [, pattern] of clauses.matchAll(/"\$regex":"((?:[^"\\]|\\.)*)"/g)) {
        const source = JSON.parse(`"${pattern}"`) as string
        expect(source).toMatch(/^\^[\p{L}\p{N}]+$/u)
        expect(() => new RegExp(source)).not.toThrow()
      }
    }
  })

  test('the radius prefilter is a cap a little larger than the haversine circle', () => {
    const f = nearFilter({ lat: 53.2, lon: 6.56, radiusKm: 10 })
    const [[lon, lat], radians] = f.location.$geoWithin.$centerSphere
    expect([lon, lat]).toEqual([6.56, 53.2]) // GeoJSON order: longitude first
    expect(radians).toBeGreaterThan(10 / EARTH)
    expect(radians).toBeLessThan((10 / EARTH) * 1.01)
    expect(nearFilter({ lat: NaN, lon: 6, radiusKm: 5 })).toEqual(MATCH_NOTHING)
    expect(nearFilter({ lat: 53, lon: 6, radiusKm: -1 })).toEqual(MATCH_NOTHING)
    expect(nearFilter({ lat: 53, lon: 6, radiusKm: 20_000 })).toEqual({ location: { $exists: true } })
    expect(nearFilter({ lat: 95, lon: 6, radiusKm: 5 })).toEqual({ location: { $exists: true } })
  })
})

describe('mongo search: relevance and snippets', () => {
  const fields = (d: Partial<IndexDoc>) => toMongoSearchDoc(doc('x', d))

  test('whole words and other forms of them outrank prefixes; the title outranks the description', () => {
    const terms = queryTerms('breien')
    const title = textScore(fields({ title: 'Breien bij De Steek' }), terms)
    const body = textScore(fields({ title: 'Koffieochtend', body: 'Soms gaan we breien na de koffie.' }), terms)
    const prefixOnly = textScore(fields({ title: 'Breicafé in Assen' }), terms)
    expect(title).toBe(10)
    expect(body).toBe(1)
    expect(prefixOnly).toBeCloseTo(10 * PREFIX_ONLY_WEIGHT)
    expect(title).toBeGreaterThan(body)
    expect(body).toBeGreaterThan(prefixOnly)
    // "fiets" and "fietsen" are the same word for ranking, whichever is typed.
    expect(textScore(fields({ title: 'Samen fietsen' }), queryTerms('fiets'))).toBe(10)
    expect(textScore(fields({ title: 'Fiets repareren' }), queryTerms('fietsen'))).toBe(10)
    expect(textScore(fields({ title: 'Nothing here' }), terms)).toBe(0)
  })

  test('the snippet marks matches, escapes everything else and ignores marker characters in the text', () => {
    const snippet = buildSnippet(['<script>alert(1)</script> Zangkoor', 'Zingen & meer'], queryTerms('zangkoor'))
    expect(snippet).toBe('&#60;script&#62;alert(1)&#60;/script&#62; <mark>Zangkoor</mark>')
    expect(buildSnippet(['Café De Buren'], queryTerms('cafe'))).toBe('<mark>Café</mark> De Buren')
    expect(buildSnippet(['Cafe\u0301 De Buren'], queryTerms('café'))).toBe('<mark>Cafe\u0301</mark> De Buren')
    expect(buildSnippet(['a \u0002b\u0003 fiets'], queryTerms('fiets'))).toBe('a b <mark>fiets</mark>')
    expect(buildSnippet(['Nothing', 'Also nothing'], queryTerms('fiets'))).toBeNull()
    // The first field with a match; all its matches within the window are marked.
    expect(buildSnippet(['Koffie', 'Neem je fiets mee, of fietsen'], queryTerms('fiets'))).toBe(
      'Neem je <mark>fiets</mark> mee, of <mark>fietsen</mark>',
    )
  })

  test('long texts are cut about 60 characters either side of the first match, at spaces', () => {
    const words = Array.from({ length: 60 }, (_, i) => `woord${i}`)
    words[30] = 'breien'
    const snippet = buildSnippet([words.join(' ')], queryTerms('breien'))!
    expect(snippet.startsWith('…')).toBe(true)
    expect(snippet.endsWith('…')).toBe(true)
    expect(snippet).toContain('<mark>breien</mark>')
    const plain = snippet.replace(/<\/?mark>/g, '').replace(/…/g, '')
    expect(plain.length).toBeLessThanOrEqual(6 + 2 * 60)
    expect(plain.split(' ').every((w) => /^(woord\d+|breien)$/.test(w))).toBe(true)
    const emoji = buildSnippet(['🙂'.repeat(60) + 'breien' + '🙂'.repeat(60)], queryTerms('breien'))!
    expect(emoji).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/)
  })
})

describe('mongo search: facets and the stored document', () => {
  test('facet counts have every fixed value (zero when absent), each value once per listing', () => {
    const rows = [
      toMongoSearchDoc(doc('1', { kind: 'volunteer', free: true, weekdays: [1, 1, 7], partsOfDay: ['evening'], themes: ['t1', 't1'], areas: ['a1'], accessibility: ['parking'], rungs: [6] })),
      toMongoSearchDoc(doc('2', { walkIn: true, weekdays: [1], themes: ['t2'], areas: ['a1'] })),
    ]
    const f = countFacets(rows)
    expect(f.kinds).toMatchObject({ activity: 1, volunteer: 1, paid_job: 0 })
    expect(Object.keys(f.kinds)).toHaveLength(9)
    expect(f.weekdays).toEqual({ 1: 2, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 1 })
    expect(f.partsOfDay).toEqual({ morning: 0, afternoon: 0, evening: 1 })
    expect(f.accessibility).toEqual({ stepFreeEntrance: 0, accessibleToilet: 0, hearingLoop: 0, quietRoom: 0, parking: 1 })
    expect(f.rungs).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 1 })
    expect(f.themes).toEqual({ t1: 1, t2: 1 })
    expect(f.areas).toEqual({ a1: 2 })
    expect([f.free, f.walkIn]).toEqual([1, 1])
    expect(countFacets([]).themes).toEqual({})
  })

  test('the stored document: GeoJSON point (lon, lat) when located, folded text, words and stems', () => {
    const stored = toMongoSearchDoc(doc('1', { title: 'Coördinator Fietsen', summary: 'Café', body: 'fietsen!', lat: 53.2, lon: 6.5, weekdays: [3, 3, 12] }))
    expect(stored.location).toEqual({ type: 'Point', coordinates: [6.5, 53.2] })
    expect(stored.titleFolded).toBe('coordinator fietsen')
    expect(stored.words).toEqual(['coordinator', 'fietsen', 'cafe'])
    expect(stored.stems).toEqual(expect.arrayContaining(['fiets', 'caf']))
    expect(stored.weekdays).toEqual([3])
    expect(toMongoSearchDoc(doc('2', {})).location).toBeUndefined()
    expect(toMongoSearchDoc(doc('3', { lat: 91, lon: 6 })).location).toBeUndefined()
    expect(foldText(stored.summary)).toBe(stored.summaryFolded)
  })

  test('indexes: unique key, 2dsphere, words, and the weighted text index without a MongoDB language', async () => {
    const { fake, collection } = fakeCollection()
    await ensureMongoSearchIndexes(collection)
    expect(fake.calls[0]!.options).toBe(MONGO_SEARCH_INDEXES)
    const byName = Object.fromEntries(MONGO_SEARCH_INDEXES.map((i) => [i.name, i]))
    expect(byName.search_key).toMatchObject({ key: { collection: 1, id: 1 }, unique: true })
    expect(byName.search_location!.key).toEqual({ location: '2dsphere' })
    expect(byName.search_kind!.key).toEqual({ kind: 1 })
    expect(byName.search_text).toMatchObject({
      key: { titleFolded: 'text', summaryFolded: 'text', bodyFolded: 'text', stems: 'text' },
      weights: { titleFolded: 10, summaryFolded: 4, bodyFolded: 1, stems: 1 },
      default_language: 'none',
    })
  })

  test('the writer upserts by (collection, id), removes, clears, and passes the session on', async () => {
    const { fake, collection } = fakeCollection()
    const writer = mongoIndexWriter(collection)
    const session = { fake: 'session' } as never
    await writer.upsert(doc('1', { title: 'Een' }))
    await writer.upsert(doc('1', { title: 'Twee' }), session)
    await writer.upsert(doc('1', { collection: 'openings', kind: 'volunteer', title: 'Drie' }))
    expect(fake.docs.map((d) => [d.collection, d.title])).toEqual([['activities', 'Twee'], ['openings', 'Drie']])
    expect(fake.calls[1]).toEqual({ op: 'replaceOne', options: { upsert: true, session } })
    await writer.remove('activities', '1', session)
    expect(fake.calls.at(-1)).toEqual({ op: 'deleteOne', options: { session } })
    expect(fake.docs.map((d) => d.title)).toEqual(['Drie'])
    await writer.clear()
    expect(fake.docs).toEqual([])
  })
})

describe('mongo search: engine details', () => {
  test('relevance, soonest and distance sorts; pages; distances; the plain snippet without text', async () => {
    const { collection } = fakeCollection()
    const writer = mongoIndexWriter(collection)
    const engine = mongoSearchEngine(collection)
    await writer.upsert(doc('late', { title: 'Zwemmen', summary: 'Bad & <b>', nextStart: '2026-02-01T10:00:00.000Z', lat: 53.0, lon: 6.0 }))
    await writer.upsert(doc('none', { title: 'Aquarel', summary: 'Verf', nextStart: null, lat: 53.1, lon: 6.0 }))
    await writer.upsert(doc('early-b', { title: 'Boetseren', summary: 'Klei', nextStart: '2026-01-01T10:00:00.000Z' }))
    await writer.upsert(doc('early-a', { title: 'Ãrt', summary: 'Kunst', nextStart: '2026-01-01T10:00:00.000Z' }))
    const ids = async (q: Parameters<typeof engine.search>[0]) => (await engine.search(q)).hits.map((h) => h.id)
    expect(await ids({})).toEqual(['early-a', 'early-b', 'late', 'none'])
    expect(await ids({ near: { lat: 53.12, lon: 6.0, radiusKm: 50 } })).toEqual(['none', 'late'])
    expect(await ids({ near: { lat: 53.12, lon: 6.0, radiusKm: 50 }, sort: 'soonest' })).toEqual(['late', 'none'])
    expect(await ids({ pageSize: 2, page: 2 })).toEqual(['late', 'none'])
    const r = await engine.search({ near: { lat: 53.0, lon: 6.0, radiusKm: 5 } })
    expect(r.hits).toEqual([
      { collection: 'activities', id: 'late', kind: 'activity', title: 'Zwemmen', slug: null, distanceKm: 0, point: { lat: 53, lon: 6 }, snippet: 'Bad &#38; &#60;b&#62;', nextStart: '2026-02-01T10:00:00.000Z' },
    ])
    expect(r).toMatchObject({ total: 1, page: 1, pageSize: 20 })
  })
})

describeSearchContract('mongodb engine over an in-memory stand-in for a collection', async () => {
  const { collection } = fakeCollection()
  await ensureMongoSearchIndexes(collection)
  return { engine: mongoSearchEngine(collection), writer: mongoIndexWriter(collection), stop: async () => {} }
})
