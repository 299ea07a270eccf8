import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { createLocalReq, initTransaction, killTransaction } from 'payload'

import { reindexAll } from '../../plugins/directory/search/indexListings'
import { sqlExecutor } from '../../src/db/sqlExecutor'
import { searchEngine } from '../../src/lib/search/engine/engine'
import { sqliteSearchStore } from '../../src/lib/search/store/sqlite'
import {
  type AccessFixtures,
  activityData,
  createAccessFixtures,
  openingData,
} from '../helpers/accessFixtures'
import { startPayload, type TestPayload } from '../helpers/payload'

/**
 * The public index follows the listings through every save, in the save's transaction, and
 * only ever holds what anonymous readers may see.
 */
let t: TestPayload
let f: AccessFixtures
const engine = () => searchEngine(sqliteSearchStore(sqlExecutor(t.payload)), { prewarm: false })
const titles = async (text: string) =>
  (await engine().search({ text, pageSize: 50 })).hits.map((h) => h.title)
const indexed = async () =>
  await sqlExecutor(t.payload).all<{ collection: string; doc_id: string; title: string }>(
    "SELECT collection, doc_id, doc ->> '$.title' AS title FROM search_docs ORDER BY key",
  )

beforeAll(async () => {
  t = await startPayload()
  f = await createAccessFixtures(t.payload)
}, 120_000)
afterAll(async () => t?.stop())

test('the fixtures: published listings are indexed, drafts are not', async () => {
  const rows = (await indexed()).map((r) => r.title).sort()
  expect(rows).toEqual(['activities pubA', 'activities pubB', 'openings pubA', 'openings pubB'])
})

test('publish → found; a pending draft edit keeps the published text; unpublish and hide → gone; delete → gone', async () => {
  const asEditor = { overrideAccess: false, user: f.users.editor.user } as const
  const doc = await t.payload.create({
    collection: 'activities',
    data: activityData(Number(f.orgA), 'Zeefdrukken voor iedereen') as never,
    draft: true,
    ...asEditor,
  })
  expect(await titles('zeefdrukken')).toEqual([])

  await t.payload.update({
    collection: 'activities',
    id: doc.id,
    data: { _status: 'published' },
    ...asEditor,
  })
  expect(await titles('zeefdrukken')).toEqual(['Zeefdrukken voor iedereen'])

  await t.payload.update({
    collection: 'activities',
    id: doc.id,
    data: { title: 'Zeefdrukken GEHEIM concept', _status: 'draft' },
    draft: true,
    ...asEditor,
  })
  expect(await titles('zeefdrukken')).toEqual(['Zeefdrukken voor iedereen'])
  expect(await titles('geheim')).toEqual([])

  await t.payload.update({
    collection: 'activities',
    id: doc.id,
    data: { staleHidden: true, _status: 'published', title: 'Zeefdrukken voor iedereen' },
    overrideAccess: true,
  })
  expect(await titles('zeefdrukken')).toEqual([])
  await t.payload.update({
    collection: 'activities',
    id: doc.id,
    data: { staleHidden: false },
    overrideAccess: true,
  })
  expect(await titles('zeefdrukken')).toEqual(['Zeefdrukken voor iedereen'])

  await t.payload.update({
    collection: 'activities',
    id: doc.id,
    data: { _status: 'draft' },
    ...asEditor,
  })
  expect(await titles('zeefdrukken')).toEqual([])
  await t.payload.update({
    collection: 'activities',
    id: doc.id,
    data: { _status: 'published' },
    ...asEditor,
  })
  await t.payload.delete({ collection: 'activities', id: doc.id, ...asEditor })
  expect(await titles('zeefdrukken')).toEqual([])
})

test('a venue change moves its listings in the index (location, accessibility, name)', async () => {
  const venue = await t.payload.create({
    collection: 'venues',
    overrideAccess: true,
    data: {
      name: 'Buurthuis Het Anker',
      type: 'buurthuis',
      organisations: [Number(f.orgA)],
      _status: 'published',
      location: [6.6112, 53.1733],
      address: { street: 'Kerklaan', houseNumber: '1', postcode: '9751 AB', city: 'Haren' },
    } as never,
  })
  await t.payload.create({
    collection: 'openings',
    overrideAccess: true,
    data: {
      ...openingData(Number(f.orgA), 'Gastheer in het Anker', 'published'),
      venue: venue.id,
    } as never,
  })
  const nearHaren = { near: { lat: 53.1733, lon: 6.6112, radiusKm: 2 } }
  expect((await engine().search(nearHaren)).hits.map((h) => h.title)).toContain(
    'Gastheer in het Anker',
  )
  expect(await titles('anker')).toContain('Gastheer in het Anker')

  await t.payload.update({
    collection: 'venues',
    id: venue.id,
    overrideAccess: true,
    data: { location: [6.5665, 53.2194], accessibility: { stepFreeEntrance: 'yes' } } as never,
  })
  expect((await engine().search(nearHaren)).hits.map((h) => h.title)).not.toContain(
    'Gastheer in het Anker',
  )
  const groningen = await engine().search({
    near: { lat: 53.2194, lon: 6.5665, radiusKm: 1 },
    accessibility: ['stepFreeEntrance'],
  })
  expect(groningen.hits.map((h) => h.title)).toContain('Gastheer in het Anker')
  // Only a "yes" is a facility: "no" and "not known" are not found by the filter.
  for (const answer of ['no', 'unknown']) {
    await t.payload.update({
      collection: 'venues',
      id: venue.id,
      overrideAccess: true,
      data: { accessibility: { stepFreeEntrance: answer } } as never,
    })
    const filtered = await engine().search({
      near: { lat: 53.2194, lon: 6.5665, radiusKm: 1 },
      accessibility: ['stepFreeEntrance'],
    })
    expect(filtered.hits.map((h) => h.title)).not.toContain('Gastheer in het Anker')
  }
})

test('the index change is part of the save: a rolled-back save leaves no index row', async () => {
  const req = await createLocalReq({ user: f.users.editor.user ?? undefined }, t.payload)
  await initTransaction(req)
  await t.payload.create({
    collection: 'openings',
    data: openingData(Number(f.orgA), 'Teruggedraaide plek', 'published') as never,
    req,
    overrideAccess: false,
  })
  await killTransaction(req)
  expect(await titles('teruggedraaide')).toEqual([])
  expect(
    (
      await t.payload.find({
        collection: 'openings',
        where: { title: { equals: 'Teruggedraaide plek' } },
        overrideAccess: true,
      })
    ).totalDocs,
  ).toBe(0)
})

test('reindexAll rebuilds the same public index from scratch', async () => {
  const before = (await indexed()).map((r) => `${r.collection}:${r.doc_id}:${r.title}`).sort()
  await sqlExecutor(t.payload).run('DELETE FROM search_docs')
  const counts = await reindexAll(t.payload)
  const after = (await indexed()).map((r) => `${r.collection}:${r.doc_id}:${r.title}`).sort()
  expect(after).toEqual(before)
  expect(counts.activities + counts.openings).toBe(before.length)
})

test('a process whose cache fell behind a pruned change log reloads in full', async () => {
  const sql = sqlExecutor(t.payload)
  const stale = engine()
  await stale.search({})
  const asEditor = { overrideAccess: false, user: f.users.editor.user } as const
  for (const n of [1, 2, 3]) {
    await t.payload.create({
      collection: 'openings',
      data: openingData(Number(f.orgA), `Snoeiplek ${n}`, 'published') as never,
      ...asEditor,
    })
  }
  await sqliteSearchStore(sql).prune(1)
  expect((await sql.all<{ n: number }>('SELECT COUNT(*) AS n FROM search_changes'))[0]!.n).toBe(1)
  const found = await stale.search({ text: 'snoeiplek', pageSize: 50 })
  expect(found.hits.map((h) => h.title).sort()).toEqual([
    'Snoeiplek 1',
    'Snoeiplek 2',
    'Snoeiplek 3',
  ])
  expect(found.total).toBe(3)
  expect(stale.index.loads).toBe(2)
})
