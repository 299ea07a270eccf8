import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeEach, expect, test } from '@jest/globals'
import type { Client } from '@libsql/client'

import { ColumnCache } from '../../src/lib/search/sqlite/columns'
import { sqliteSearchEngine } from '../../src/lib/search/sqlite/engine'
import { HitCache, HitSet } from '../../src/lib/search/sqlite/hitCache'
import { CREATE_SEARCH_INDEX, DROP_SEARCH_INDEX, type SqlExecutor } from '../../src/lib/search/sqlite/schema'
import { sqliteIndexWriter } from '../../src/lib/search/sqlite/writer'
import type { IndexDoc, SearchEngine } from '../../src/lib/search/types'
import { executorOver, openDb } from '../bench/sqliteIndex'
import { prng } from '../helpers/syntheticListings'

/**
 * The SQLite engine's text side on a real SQLite file. The cache of texts' FTS5 matches: a
 * repeated text is not asked again in full, and after index writes — by this process or
 * another one on the same file — a cached answer is brought up to date (or asked again), so
 * it is never stale. And the relevance order among title matches.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-textcache-'))
const clients: Client[] = []
let sql: SqlExecutor
let otherSql: SqlExecutor
/** The MATCH statements that produce a text's matches: asked in full, or only past the cached top. */
const asked = { full: [] as string[], topUps: 0 }
const counting = (inner: SqlExecutor): SqlExecutor => ({
  all: async (text, args) => {
    if (text.includes('group_concat(rowid)') && text.includes('MATCH')) {
      if (text.includes('rowid >')) asked.topUps++
      else asked.full.push(String(args?.[0]))
    }
    return inner.all(text, args)
  },
  run: inner.run,
})

const doc = (id: string, title: string, body = ''): IndexDoc => ({
  collection: 'activities', id, kind: 'activity', title, summary: 'Samen bezig', body, slug: id, lat: null, lon: null,
  free: false, walkIn: false, ageMin: null, ageMax: null, weekdays: [], partsOfDay: [], themes: [], areas: [],
  accessibility: [], rungs: [], nextStart: null,
})
const titles = async (engine: SearchEngine, text: string) => (await engine.search({ text, pageSize: 50 })).hits.map((h) => h.title).sort()

beforeEach(async () => {
  if (!sql) {
    const [a, b] = [await openDb(path.join(dir, 'index.db')), await openDb(path.join(dir, 'index.db'))]
    clients.push(a, b)
    sql = executorOver(a)
    otherSql = executorOver(b)
  }
  for (const statement of [...DROP_SEARCH_INDEX, ...CREATE_SEARCH_INDEX]) await sql.run(statement)
  asked.full = []
  asked.topUps = 0
})
afterAll(() => {
  for (const c of clients) c.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

test('a repeated text is not asked again; rows added or removed since, here or by another process, are caught up', async () => {
  const writer = sqliteIndexWriter(sql)
  await writer.upsert(doc('a', 'Zeefdrukken voor iedereen'))
  const engine = sqliteSearchEngine(counting(sql))

  expect(await titles(engine, 'zeefdruk')).toEqual(['Zeefdrukken voor iedereen'])
  expect(await titles(engine, 'zeefdruk')).toEqual(['Zeefdrukken voor iedereen'])
  expect(asked).toEqual({ full: ['("zeefdruk"*)'], topUps: 0 })

  await writer.upsert(doc('b', 'Zeefdruk op tassen'))
  expect(await titles(engine, 'zeefdruk')).toEqual(['Zeefdruk op tassen', 'Zeefdrukken voor iedereen'])
  // Changing a listing writes it as a new row at the end (and drops the old one).
  await writer.upsert(doc('a', 'Linoleum snijden'))
  expect(await titles(engine, 'zeefdruk')).toEqual(['Zeefdruk op tassen'])
  await sqliteIndexWriter(otherSql).upsert(doc('c', 'Zeefdrukatelier'))
  expect(await titles(engine, 'zeefdruk')).toEqual(['Zeefdruk op tassen', 'Zeefdrukatelier'])
  await writer.remove('activities', 'b')
  expect(await titles(engine, 'zeefdruk')).toEqual(['Zeefdrukatelier'])
  expect(asked.full).toHaveLength(1)
  expect(asked.topUps).toBe(4)
})

test('a row written in place (its rowid reused) or a full reindex means asking again', async () => {
  const writer = sqliteIndexWriter(sql)
  await writer.upsert(doc('a', 'Zeefdrukken'))
  await writer.upsert(doc('b', 'Breicafé'))
  const engine = sqliteSearchEngine(counting(sql))
  expect(await titles(engine, 'zeefdruk')).toEqual(['Zeefdrukken'])
  // The last row removed, so the next one gets its rowid.
  await writer.remove('activities', 'b')
  await writer.upsert(doc('d', 'Zeefdruk voor kinderen'))
  expect(await titles(engine, 'zeefdruk')).toEqual(['Zeefdruk voor kinderen', 'Zeefdrukken'])
  expect(asked.full).toHaveLength(2)

  await writer.clear()
  await writer.upsert(doc('e', 'Zeefdrukdag'))
  expect(await titles(engine, 'zeefdruk')).toEqual(['Zeefdrukdag'])
  expect(asked.full).toHaveLength(3)
})

test('several words: one FTS5 query, or the intersection of the words when each is cached', async () => {
  const writer = sqliteIndexWriter(sql)
  for (const [id, title] of [['a', 'Zeefdruk op tassen'], ['b', 'Zeefdrukken'], ['c', 'Tassen naaien']]) await writer.upsert(doc(id!, title!))
  const engine = sqliteSearchEngine(counting(sql))
  expect(await titles(engine, 'zeefdruk tassen')).toEqual(['Zeefdruk op tassen'])
  expect(asked.full).toEqual(['("zeefdruk"*) AND ("tass"*)'])
  await titles(engine, 'zeefdruk')
  await titles(engine, 'tassen')
  expect(await titles(engine, 'tassen zeefdruk')).toEqual(['Zeefdruk op tassen'])
  expect(asked.full).toHaveLength(3)
})

test('common words are prewarmed as they are typed, pinned, and searching them asks nothing', async () => {
  const writer = sqliteIndexWriter(sql)
  for (let i = 0; i < 6; i++) await writer.upsert(doc(`k${i}`, `Koffieochtend ${i}`, i % 3 ? 'met muziek' : 'met taart'))
  const engine = sqliteSearchEngine(counting(sql), new ColumnCache(counting(sql), { textCacheSize: 2 }), { hotMinDocs: 3 })
  await engine.ready()
  expect(engine.cache.texts.pinnedSize).toBeGreaterThan(0)
  const prewarmed = asked.full.length
  expect(asked.full).toEqual(expect.arrayContaining(['("kof"*)', '("koff"*)', '("koffieocht"*)', '("sam"*)', '("muziek"*)']))
  for (const text of ['kof', 'koffie', 'samen', 'muziek', 'taart', 'met']) await titles(engine, text)
  expect(asked.full.slice(prewarmed)).toEqual(['("taart"*)'])
  expect((await engine.search({ text: 'koffie' })).total).toBe(6)
})

test('without a cache (size 0) every search asks FTS5', async () => {
  await sqliteIndexWriter(sql).upsert(doc('a', 'Zeefdrukken'))
  const engine = sqliteSearchEngine(counting(sql), new ColumnCache(counting(sql), { textCacheSize: 0 }), { prewarm: false })
  await engine.search({ text: 'zeefdruk' })
  await engine.search({ text: 'zeefdruk' })
  expect(asked.full).toHaveLength(2)
  expect(engine.cache.texts.size).toBe(0)
})

test('random writes and searches: the cached engine answers exactly what an uncached one does', async () => {
  const rnd = prng(99)
  const words = ['koffie', 'koken', 'kookcafé', 'tuin', 'tuinieren', 'taal', 'taalcafé', 'samen']
  const pick = () => words[Math.floor(rnd() * words.length)]!
  const writer = sqliteIndexWriter(sql)
  const cached = sqliteSearchEngine(counting(sql), new ColumnCache(sql, { textCacheSize: 8 }), { hotMinDocs: 4 })
  const writers = [writer, sqliteIndexWriter(otherSql)]
  for (let step = 0; step < 500; step++) {
    const r = rnd()
    const id = `d${Math.floor(rnd() * 25)}`
    if (r < 0.35) await writers[step % 2]!.upsert(doc(id, `${pick()} ${pick()}`, pick()))
    else if (r < 0.45) await writers[step % 2]!.remove('activities', id)
    else if (r < 0.47) await writer.clear()
    else {
      const text = rnd() < 0.3 ? `${pick()} ${pick()}` : pick().slice(0, 3 + Math.floor(rnd() * 4))
      const fresh = sqliteSearchEngine(sql, new ColumnCache(sql, { textCacheSize: 0 }), { prewarm: false })
      const [a, b] = [await cached.search({ text, pageSize: 50 }), await fresh.search({ text, pageSize: 50 })]
      expect({ step, text, total: a.total, ids: a.hits.map((h) => h.id) }).toEqual({ step, text, total: b.total, ids: b.hits.map((h) => h.id) })
    }
  }
  await cached.ready()
  // Both ways of catching up were taken, not only asking again.
  expect(asked.topUps).toBeGreaterThan(20)
})

test('relevance: more query words in the title first, then words as typed, then shorter titles, then the rest', async () => {
  const writer = sqliteIndexWriter(sql)
  const docs: [string, string, string][] = [
    ['body', 'Inloop', 'Samen koffie drinken in de tuinen'],
    ['one-long', 'Tuin van de buurt met veel planten', 'Ook koffie'],
    ['one-short', 'Tuinochtend', 'Met koffie'],
    ['both-stem', 'Koffie en tuin', ''],
    ['both-typed', 'Koffie in de tuinen', ''],
  ]
  for (const [id, title, body] of docs) await writer.upsert(doc(id, title, body))
  for (const bm25Limit of [2000, 0]) {
    const engine = sqliteSearchEngine(sql, undefined, { bm25Limit, prewarm: false })
    const ids = (await engine.search({ text: 'koffie tuinen' })).hits.map((h) => h.id)
    expect(ids).toEqual(['both-typed', 'both-stem', 'one-short', 'one-long', 'body'])
  }
})

test('the cache keeps the most recently used texts, keeps pinned ones, and drops an answer computed before a clear', () => {
  const cache = new HitCache(2)
  const hits = HitSet.parse('1,2', 9, 0)
  cache.set('a', hits, cache.generation)
  cache.set('b', hits, cache.generation)
  cache.set('p', hits, cache.generation, true)
  expect(cache.get('a')).toBe(hits)
  cache.set('c', hits, cache.generation)
  expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.get('p')]).toEqual([hits, undefined, hits, hits])
  const before = cache.generation
  cache.clear()
  cache.set('d', hits, before)
  expect(cache.get('d')).toBeUndefined()
  expect(cache.size).toBe(0)
})

test('a hit set lists its rowids in order, as a list when few and as a bitset when many; and, updated', () => {
  const few = HitSet.parse('3,17,40', 9999, 0)
  const many = HitSet.parse(Array.from({ length: 500 }, (_, i) => i * 3 + 1).join(','), 1999, 0)
  const out = new Int32Array(2000)
  expect([few.count, Array.from(out.subarray(0, few.writeIds(out, 2000)))]).toEqual([3, [3, 17, 40]])
  expect(many.count).toBe(500)
  expect(Array.from(out.subarray(0, many.writeIds(out, 2000)))).toEqual(Array.from({ length: 500 }, (_, i) => i * 3 + 1))
  expect(Array.from(few.and(many, 1).ids())).toEqual([40])
  expect(Array.from(few.updated(new Set([17]), [10_000, 10_001], 10_000, 2).ids())).toEqual([3, 40, 10_000])
  expect(HitSet.parse('5,12', 10, 0).count).toBe(1)
  expect(HitSet.parse(null, 100, 0).count).toBe(0)
})
