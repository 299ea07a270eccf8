import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, expect, test } from '@jest/globals'
import type { Client } from '@libsql/client'

import { searchEngine } from '../../src/lib/search/engine/engine'
import { haversineKm } from '../../src/lib/search/geo'
import { sqliteSearchStore } from '../../src/lib/search/store/sqlite'
import { CREATE_SEARCH_DOCS, type SqlExecutor } from '../../src/lib/search/store/sqliteSchema'
import type { IndexDoc, SearchQuery } from '../../src/lib/search/types'
import { CREATE_SEARCH_CHANGES, executorOver, openDb } from '../bench/sqliteIndex'
import { prng } from '../helpers/syntheticListings'
import { indexDoc } from '../helpers/indexDoc'

/**
 * Searches near a place use a grid of cells over the listings' locations (src/lib/search/engine/grid.ts),
 * extended as listings arrive and move. Two connections (two server processes) add, move and
 * remove listings at random; every search near a place — with and without text, radii from
 * half a kilometre to larger than the grid serves — must answer exactly what a brute-force
 * haversine over the listings in the store gives, in distance order.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-places-'))
const clients: Client[] = []
afterAll(() => {
  for (const c of clients) c.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const WORDS = ['koffie', 'tuin', 'taal', 'samen']

const doc = (id: string, word: string, at: { lat: number; lon: number } | null): IndexDoc =>
  indexDoc(id, { title: `${word} ${id}`, slug: id, lat: at?.lat ?? null, lon: at?.lon ?? null })

test('random adds, moves and removals by two processes: every search near a place equals a brute-force haversine', async () => {
  const [a, b] = [
    await openDb(path.join(dir, 'index.db')),
    await openDb(path.join(dir, 'index.db')),
  ]
  clients.push(a, b)
  const sql: SqlExecutor = executorOver(a)
  for (const statement of [...CREATE_SEARCH_DOCS, ...CREATE_SEARCH_CHANGES])
    await sql.run(statement)
  const stores = [sqliteSearchStore(sql), sqliteSearchStore(executorOver(b))]
  const engine = searchEngine(stores[0]!, { prewarm: false })
  const rnd = prng(7)
  // Groningen and around: about 12 × 20 cells of the grid, so boxes cut through many cells.
  const place = () => ({ lat: 52.9 + rnd() * 0.6, lon: 6.2 + rnd() * 1 })
  const model = new Map<string, IndexDoc>()
  let searched = 0
  for (let step = 0; step < 400; step++) {
    const r = rnd()
    const id = `d${Math.floor(rnd() * 40)}`
    if (r < 0.45) {
      const d = doc(id, WORDS[Math.floor(rnd() * WORDS.length)]!, rnd() < 0.1 ? null : place())
      await stores[step % 2]!.upsert(d)
      model.set(id, d)
    } else if (r < 0.55) {
      await stores[step % 2]!.remove('activities', id)
      model.delete(id)
    } else {
      const radiusKm = rnd() < 0.1 ? 3000 : 0.5 + rnd() * 30
      const near = { ...place(), radiusKm }
      const word = rnd() < 0.4 ? WORDS[Math.floor(rnd() * WORDS.length)]! : undefined
      const q: SearchQuery = {
        near,
        sort: 'distance',
        pageSize: 50,
        ...(word ? { text: word } : {}),
      }
      const expected = [...model.values()]
        .filter((d) => d.lat !== null && d.lon !== null && (!word || d.title.startsWith(word)))
        .map((d) => ({ id: d.id, km: haversineKm(near, { lat: d.lat!, lon: d.lon! }) }))
        .filter((d) => d.km <= radiusKm)
        .sort((x, y) => x.km - y.km)
      const result = await engine.search(q)
      expect({ step, total: result.total, ids: result.hits.map((h) => h.id) }).toEqual({
        step,
        total: expected.length,
        ids: expected.map((d) => d.id),
      })
      searched++
    }
  }
  expect(searched).toBeGreaterThan(150)
})

test('searches running at once answer what each answers alone (their working arrays are shared; see scratch.ts)', async () => {
  const sql: SqlExecutor = executorOver(clients[0]!)
  const store = sqliteSearchStore(sql)
  const rnd = prng(11)
  for (let i = 0; i < 60; i++)
    await store.upsert(
      doc(`c${i}`, WORDS[i % WORDS.length]!, { lat: 53 + rnd() * 0.4, lon: 6.4 + rnd() * 0.6 }),
    )
  const queries: SearchQuery[] = Array.from({ length: 40 }, (_, i) => ({
    ...(i % 3 ? { text: WORDS[i % WORDS.length]!.slice(0, 3 + (i % 3)) } : {}),
    ...(i % 2 ? { near: { lat: 53.2, lon: 6.7, radiusKm: 5 + i }, sort: 'distance' as const } : {}),
    pageSize: 5 + (i % 7),
    page: 1 + (i % 2),
  }))
  const alone = searchEngine(store, { prewarm: false, textCacheSize: 0 })
  const expected = []
  for (const q of queries) expected.push(await alone.search(q))
  const together = await Promise.all(
    queries.map((q) =>
      searchEngine(store, { prewarm: false, textCacheSize: 0, index: alone.index }).search(q),
    ),
  )
  expect(together.map((r) => [r.total, r.hits.map((h) => h.id), r.facets])).toEqual(
    expected.map((r) => [r.total, r.hits.map((h) => h.id), r.facets]),
  )
})
