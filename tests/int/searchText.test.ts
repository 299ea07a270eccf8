/**
 * Longer than 200 lines because the engine's text side (gathering and caching matches, kept exact
 * across two processes' writes, and title relevance) is tested over one SQLite file, emptied
 * before each test and written through the same two connections, with the document and search
 * helpers at the top.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeEach, expect, jest, test } from '@jest/globals'
import type { Client } from '@libsql/client'

import { searchEngine } from '../../src/lib/search/engine/engine'
import { HitCache } from '../../src/lib/search/engine/hitCache'
import { HitSet } from '../../src/lib/search/engine/hitSet'
import { TextIndex } from '../../src/lib/search/engine/textIndex'
import { sqliteSearchStore } from '../../src/lib/search/store/sqlite'
import {
  CREATE_SEARCH_DOCS,
  DROP_SEARCH_DOCS,
  type SqlExecutor,
} from '../../src/lib/search/store/sqliteSchema'
import type { IndexDoc, SearchEngine } from '../../src/lib/search/types'
import { CREATE_SEARCH_CHANGES, executorOver, openDb } from '../bench/sqliteIndex'
import { prng } from '../helpers/syntheticListings'
import { indexDoc } from '../helpers/indexDoc'

/**
 * The engine's text side over a real SQLite file, written by this process and by another
 * connection (another server process on the same database). Matches are gathered from the
 * in-memory text index once per text and kept exact as the listings change; and the
 * relevance order among title matches.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-textcache-'))
const clients: Client[] = []
let sql: SqlExecutor
let otherSql: SqlExecutor
/** How often the text index gathered a prefix group's listings. */
const gathered = jest.spyOn(TextIndex.prototype, 'matching')

const doc = (id: string, title: string, body = ''): IndexDoc =>
  indexDoc(id, { title, summary: 'Samen bezig', body, slug: id })
const titles = async (engine: SearchEngine, text: string) =>
  (await engine.search({ text, pageSize: 50 })).hits.map((h) => h.title).sort()

beforeEach(async () => {
  if (!sql) {
    const [a, b] = [
      await openDb(path.join(dir, 'index.db')),
      await openDb(path.join(dir, 'index.db')),
    ]
    clients.push(a, b)
    sql = executorOver(a)
    otherSql = executorOver(b)
  }
  for (const statement of [
    ...DROP_SEARCH_DOCS,
    'DROP TABLE IF EXISTS search_changes',
    ...CREATE_SEARCH_DOCS,
    ...CREATE_SEARCH_CHANGES,
  ])
    await sql.run(statement)
  gathered.mockClear()
})
afterAll(() => {
  for (const c of clients) c.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

test('a repeated text is gathered once; listings written since, here or by another process, are found at once', async () => {
  const store = sqliteSearchStore(sql)
  await store.upsert(doc('a', 'Zeefdrukken voor iedereen'))
  const engine = searchEngine(store, { prewarm: false })

  expect(await titles(engine, 'zeefdruk')).toEqual(['Zeefdrukken voor iedereen'])
  const once = gathered.mock.calls.length
  expect(await titles(engine, 'zeefdruk')).toEqual(['Zeefdrukken voor iedereen'])
  expect(gathered.mock.calls.length).toBe(once)

  await store.upsert(doc('b', 'Zeefdruk op tassen'))
  expect(await titles(engine, 'zeefdruk')).toEqual([
    'Zeefdruk op tassen',
    'Zeefdrukken voor iedereen',
  ])
  // Changing a listing gives it a new id at the end (the old one is dead).
  await store.upsert(doc('a', 'Linoleum snijden'))
  expect(await titles(engine, 'zeefdruk')).toEqual(['Zeefdruk op tassen'])
  expect(await titles(engine, 'linoleum')).toEqual(['Linoleum snijden'])
  await sqliteSearchStore(otherSql).upsert(doc('c', 'Zeefdrukatelier'))
  expect(await titles(engine, 'zeefdruk')).toEqual(['Zeefdruk op tassen', 'Zeefdrukatelier'])
  await store.remove('activities', 'b')
  expect(await titles(engine, 'zeefdruk')).toEqual(['Zeefdrukatelier'])
  // A new word of a new listing joins the vocabulary: its typo is understood.
  await store.upsert(doc('d', 'Kalligraferen'))
  expect(await titles(engine, 'kaligraferen')).toEqual(['Kalligraferen'])
})

test('a full reindex by another process, or a change log pruned past this process, means loading everything again', async () => {
  const store = sqliteSearchStore(sql)
  await store.upsert(doc('a', 'Zeefdrukken'))
  const engine = searchEngine(store, { prewarm: false })
  expect(await titles(engine, 'zeefdruk')).toEqual(['Zeefdrukken'])
  expect(engine.index.loads).toBe(1)

  const other = sqliteSearchStore(otherSql)
  await other.clear()
  await other.upsert(doc('e', 'Zeefdrukdag'))
  expect(await titles(engine, 'zeefdruk')).toEqual(['Zeefdrukdag'])
  expect(engine.index.loads).toBe(2)

  for (const id of ['f', 'g', 'h']) await other.upsert(doc(id, `Zeefdruk ${id}`))
  await other.prune(1)
  expect(await titles(engine, 'zeefdruk')).toEqual([
    'Zeefdruk f',
    'Zeefdruk g',
    'Zeefdruk h',
    'Zeefdrukdag',
  ])
  expect(engine.index.loads).toBe(3)
})

test('several words: each word gathered once, then intersected; a cached word answers a longer query', async () => {
  const store = sqliteSearchStore(sql)
  for (const [id, title] of [
    ['a', 'Zeefdruk op tassen'],
    ['b', 'Zeefdrukken'],
    ['c', 'Tassen naaien'],
  ])
    await store.upsert(doc(id!, title!))
  const engine = searchEngine(store, { prewarm: false })
  expect(await titles(engine, 'zeefdruk tassen')).toEqual(['Zeefdruk op tassen'])
  const asked = gathered.mock.calls.map(([prefixes]) => [...prefixes].join('|'))
  expect(asked).toEqual(expect.arrayContaining(['zeefdruk', 'tass']))
  gathered.mockClear()
  expect(await titles(engine, 'tassen zeefdruk')).toEqual(['Zeefdruk op tassen'])
  expect(await titles(engine, 'zeefdruk')).toEqual(['Zeefdruk op tassen', 'Zeefdrukken'])
  expect(gathered).not.toHaveBeenCalled()
})

test('common words are prewarmed as they are typed, pinned, and searching them gathers nothing', async () => {
  const store = sqliteSearchStore(sql)
  for (let i = 0; i < 6; i++)
    await store.upsert(doc(`k${i}`, `Koffieochtend ${i}`, i % 3 ? 'met muziek' : 'met taart'))
  const engine = searchEngine(store, { textCacheSize: 2, hotMinDocs: 3 })
  await engine.ready()
  expect(engine.texts.pinnedSize).toBeGreaterThan(0)
  const prewarmed = gathered.mock.calls.map(([prefixes]) => [...prefixes].join('|'))
  expect(prewarmed).toEqual(expect.arrayContaining(['kof', 'koff', 'koffieocht', 'sam', 'muziek']))
  gathered.mockClear()
  for (const text of ['kof', 'koffie', 'samen', 'muziek', 'met']) await titles(engine, text)
  expect(gathered).not.toHaveBeenCalled()
  await titles(engine, 'taart')
  expect(gathered.mock.calls.map(([prefixes]) => [...prefixes].join('|'))).toEqual(['taart'])
  expect((await engine.search({ text: 'koffie' })).total).toBe(6)
})

test('without a cache (size 0) every search gathers its words again', async () => {
  const store = sqliteSearchStore(sql)
  await store.upsert(doc('a', 'Zeefdrukken'))
  const engine = searchEngine(store, { textCacheSize: 0, prewarm: false })
  await engine.search({ text: 'zeefdruk' })
  const once = gathered.mock.calls.length
  await engine.search({ text: 'zeefdruk' })
  expect(gathered.mock.calls.length).toBe(2 * once)
  expect(engine.texts.size).toBe(0)
})

test('random writes by two processes and searches: the cached engine answers exactly what a fresh one does', async () => {
  const rnd = prng(99)
  const words = ['koffie', 'koken', 'kookcafé', 'tuin', 'tuinieren', 'taal', 'taalcafé', 'samen']
  const pick = () => words[Math.floor(rnd() * words.length)]!
  const stores = [sqliteSearchStore(sql), sqliteSearchStore(otherSql)]
  const cached = searchEngine(stores[0]!, { textCacheSize: 8, hotMinDocs: 4 })
  const uncached = searchEngine(stores[0]!, {
    index: cached.index,
    textCacheSize: 0,
    prewarm: false,
  })
  let reloads = 0
  for (let step = 0; step < 500; step++) {
    const r = rnd()
    const id = `d${Math.floor(rnd() * 25)}`
    if (r < 0.35) await stores[step % 2]!.upsert(doc(id, `${pick()} ${pick()}`, pick()))
    else if (r < 0.45) await stores[step % 2]!.remove('activities', id)
    else if (r < 0.47) await stores[0]!.clear()
    else {
      const text = rnd() < 0.3 ? `${pick()} ${pick()}` : pick().slice(0, 3 + Math.floor(rnd() * 4))
      const fresh = searchEngine(stores[1]!, { textCacheSize: 0, prewarm: false })
      const [a, b] = [
        await cached.search({ text, pageSize: 50 }),
        await fresh.search({ text, pageSize: 50 }),
      ]
      expect({ step, text, total: a.total, ids: a.hits.map((h) => h.id).sort() }).toEqual({
        step,
        text,
        total: b.total,
        ids: b.hits.map((h) => h.id).sort(),
      })
      // Pages of 5 from the kept results, in the same order as without keeping anything (on the same index, so ties break alike).
      const q = { text, pageSize: 5, page: 1 + Math.floor(rnd() * 3) }
      const [c, d] = [await cached.search(q), await uncached.search(q)]
      expect({ step, q, ids: c.hits.map((h) => h.id) }).toEqual({
        step,
        q,
        ids: d.hits.map((h) => h.id),
      })
      reloads = cached.index.loads
    }
  }
  // It caught up change by change, not by loading everything each time.
  expect(reloads).toBeLessThan(20)
})

test('relevance: more query words in the title first, then words as typed, then shorter titles, then the rest', async () => {
  const store = sqliteSearchStore(sql)
  const docs: [string, string, string][] = [
    ['body', 'Inloop', 'Samen koffie drinken in de tuinen'],
    ['one-long', 'Tuin van de buurt met veel planten', 'Ook koffie'],
    ['one-short', 'Tuinochtend', 'Met koffie'],
    ['both-stem', 'Koffie en tuin', ''],
    ['both-typed', 'Koffie in de tuinen', ''],
  ]
  for (const [id, title, body] of docs) await store.upsert(doc(id, title, body))
  for (const bm25Limit of [2000, 0]) {
    const engine = searchEngine(store, { bm25Limit, prewarm: false })
    const ids = (await engine.search({ text: 'koffie tuinen' })).hits.map((h) => h.id)
    expect(ids).toEqual(['both-typed', 'both-stem', 'one-short', 'one-long', 'body'])
  }
})

test('the cache keeps the most recently used texts, keeps pinned ones, and drops an answer computed before a clear', () => {
  const cache = new HitCache(2)
  const hits = HitSet.of([1, 2], 9, 0)
  cache.set('a', hits, cache.generation)
  cache.set('b', hits, cache.generation)
  cache.set('p', hits, cache.generation, true)
  expect(cache.get('a')).toBe(hits)
  cache.set('c', hits, cache.generation)
  expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.get('p')]).toEqual([
    hits,
    undefined,
    hits,
    hits,
  ])
  const before = cache.generation
  cache.clear()
  cache.set('d', hits, before)
  expect(cache.get('d')).toBeUndefined()
  expect(cache.size).toBe(0)
})

test('a hit set lists its ids in order, as a list when few and as a bitset when many; and, or', () => {
  const few = HitSet.of([3, 17, 40], 9999, 0)
  const manyIds = Array.from({ length: 500 }, (_, i) => i * 3 + 1)
  const many = HitSet.of(manyIds, 1999, 0)
  const other = HitSet.of(
    Array.from({ length: 700 }, (_, i) => i * 2),
    1999,
    0,
  )
  const out = new Int32Array(2000)
  expect([few.count, Array.from(out.subarray(0, few.writeIds(out, 2000)))]).toEqual([
    3,
    [3, 17, 40],
  ])
  expect(many.count).toBe(500)
  expect(Array.from(out.subarray(0, many.writeIds(out, 2000)))).toEqual(manyIds)
  expect(Array.from(few.and(many, 1).ids())).toEqual([40])
  // Two bitsets: word by word, the same as the sets say.
  const both = manyIds.filter((id) => id % 2 === 0 && id < 1400)
  expect(Array.from(many.and(other, 1).ids())).toEqual(both)
  expect(many.or(other, 1).count).toBe(500 + 700 - both.length)
  expect(HitSet.of([5, 12], 10, 0).count).toBe(1)
  expect(HitSet.of([], 100, 0).count).toBe(0)
})

test('a listing past its limit (stale or over) is left out of matches, counts and facets at once, before the nightly job', async () => {
  const store = sqliteSearchStore(sql)
  const past = new Date(Date.now() - 60_000).toISOString()
  const future = new Date(Date.now() + 3_600_000).toISOString()
  await store.upsert({ ...doc('old', 'Zeefdruk van vroeger'), visibleUntil: past, themes: ['t1'] })
  await store.upsert({
    ...doc('soon', 'Zeefdruk tot straks'),
    visibleUntil: future,
    themes: ['t1'],
  })
  await store.upsert(doc('always', 'Zeefdruk altijd'))
  const engine = searchEngine(store, { prewarm: false })
  const found = await engine.search({ text: 'zeefdruk' })
  expect(found.hits.map((h) => h.id).sort()).toEqual(['always', 'soon'])
  expect(found.total).toBe(2)
  expect(found.facets.themes).toEqual({ t1: 1 })
  expect((await engine.search({ themes: ['t1'] })).total).toBe(1)
  expect((await engine.spots({})).total).toBe(2)
})

test('a repeated search answers from its kept result until a listing in it stops being visible, or the index changes', async () => {
  const store = sqliteSearchStore(sql)
  for (let i = 0; i < 30; i++)
    await store.upsert({
      ...doc(`z${i}`, `Zeefdruk ${i}`),
      visibleUntil: i === 7 ? new Date(Date.now() + 400).toISOString() : null,
    })
  const engine = searchEngine(store, { prewarm: false })
  const first = await engine.search({ text: 'zeefdruk', pageSize: 20 })
  const second = await engine.search({ text: 'zeefdruk', pageSize: 20, page: 2 })
  expect(first.total).toBe(30)
  expect(new Set([...first.hits, ...second.hits].map((h) => h.id)).size).toBe(30)
  await new Promise((resolve) => setTimeout(resolve, 500))
  expect((await engine.search({ text: 'zeefdruk', pageSize: 20 })).total).toBe(29)
  await store.remove('activities', 'z3')
  const after = await engine.search({ text: 'zeefdruk', pageSize: 50 })
  expect(after.total).toBe(28)
  expect(after.hits.map((h) => h.id)).not.toContain('z3')
})
