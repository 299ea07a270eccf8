import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Client } from '@libsql/client'

import { ColumnCache } from '../../src/lib/search/sqlite/columns'
import { sqliteSearchEngine } from '../../src/lib/search/sqlite/engine'
import { HitCache, HitSet } from '../../src/lib/search/sqlite/hitCache'
import { CREATE_SEARCH_INDEX, type SqlExecutor } from '../../src/lib/search/sqlite/schema'
import { sqliteIndexWriter } from '../../src/lib/search/sqlite/writer'
import type { IndexDoc } from '../../src/lib/search/types'
import { executorOver, openDb } from '../bench/sqliteIndex'

/**
 * The cache of recent texts' FTS5 matches, on a real SQLite file: a repeated text is not
 * asked again, and every index write — by this process or another one on the same file —
 * makes the next search ask again, so a cached answer is never stale.
 */
let dir: string
let client: Client
let other: Client
let sql: SqlExecutor
const matches: string[] = []
/** Records the FTS5 MATCH statements that produce a text's matches. */
const counting = (inner: SqlExecutor): SqlExecutor => ({
  all: async (text, args) => {
    if (text.includes('group_concat(rowid)') && text.includes('MATCH')) matches.push(String(args?.[0]))
    return inner.all(text, args)
  },
  run: inner.run,
})

const doc = (id: string, title: string): IndexDoc => ({
  collection: 'activities', id, kind: 'activity', title, summary: 'Samen bezig', body: '', slug: id, lat: null, lon: null,
  free: false, walkIn: false, ageMin: null, ageMax: null, weekdays: [], partsOfDay: [], themes: [], areas: [],
  accessibility: [], rungs: [], nextStart: null,
})

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-textcache-'))
  client = await openDb(path.join(dir, 'index.db'))
  other = await openDb(path.join(dir, 'index.db'))
  sql = executorOver(client)
  for (const statement of CREATE_SEARCH_INDEX) await sql.run(statement)
})
afterAll(() => {
  client?.close()
  other?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

test('a repeated text is answered from the cache; any index write, here or in another process, asks FTS5 again', async () => {
  const writer = sqliteIndexWriter(sql)
  await writer.upsert(doc('a', 'Zeefdrukken voor iedereen'))
  const engine = sqliteSearchEngine(counting(sql))
  const titles = async (text: string) => (await engine.search({ text })).hits.map((h) => h.title).sort()

  expect(await titles('zeefdruk')).toEqual(['Zeefdrukken voor iedereen'])
  expect(await titles('zeefdruk')).toEqual(['Zeefdrukken voor iedereen'])
  expect(matches).toHaveLength(1)
  expect(engine.cache.texts.size).toBe(1)

  await writer.upsert(doc('b', 'Zeefdruk op tassen'))
  expect(await titles('zeefdruk')).toEqual(['Zeefdruk op tassen', 'Zeefdrukken voor iedereen'])
  expect(matches).toHaveLength(2)

  await writer.remove('activities', 'a')
  expect(await titles('zeefdruk')).toEqual(['Zeefdruk op tassen'])

  // Another process (its own connection and writer) on the same file.
  await sqliteIndexWriter(executorOver(other)).upsert(doc('c', 'Zeefdrukatelier'))
  expect(await titles('zeefdruk')).toEqual(['Zeefdruk op tassen', 'Zeefdrukatelier'])
  expect(matches).toHaveLength(4)
  expect(await titles('zeefdruk')).toEqual(['Zeefdruk op tassen', 'Zeefdrukatelier'])
  expect(matches).toHaveLength(4)
})

test('without a cache (size 0) every search asks FTS5', async () => {
  matches.length = 0
  const engine = sqliteSearchEngine(counting(sql), new ColumnCache(counting(sql), { textCacheSize: 0 }))
  await engine.search({ text: 'zeefdruk' })
  await engine.search({ text: 'zeefdruk' })
  expect(matches).toHaveLength(2)
  expect(engine.cache.texts.size).toBe(0)
})

test('the cache keeps the most recently used texts, and drops an answer computed before a clear', () => {
  const cache = new HitCache(2)
  const hits = HitSet.parse('1,2', 10)
  cache.set('a', hits, cache.generation)
  cache.set('b', hits, cache.generation)
  expect(cache.get('a')).toBe(hits)
  cache.set('c', hits, cache.generation)
  expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([hits, undefined, hits])
  const before = cache.generation
  cache.clear()
  cache.set('d', hits, before)
  expect(cache.get('d')).toBeUndefined()
  expect(cache.size).toBe(0)
})

test('a hit set lists its rowids in order, as a list when few and as a bitset when many', () => {
  const few = HitSet.parse('3,17,40', 10_000)
  const many = HitSet.parse(Array.from({ length: 500 }, (_, i) => i * 3 + 1).join(','), 2000)
  const out = new Int32Array(2000)
  expect([few.count, Array.from(out.subarray(0, few.writeIds(out)))]).toEqual([3, [3, 17, 40]])
  const n = many.writeIds(out)
  expect(many.count).toBe(500)
  expect(Array.from(out.subarray(0, n))).toEqual(Array.from({ length: 500 }, (_, i) => i * 3 + 1))
  expect(HitSet.parse(null, 100).count).toBe(0)
})
