import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { sqlExecutor } from '../../src/db/sqlExecutor'
import { startPayload, type TestPayload } from '../helpers/payload'

/**
 * The query plans the SQLite store depends on: each search reads the change log's head and
 * the page's listings by key. If a schema change makes SQLite scan instead, this fails.
 */
let t: TestPayload
beforeAll(async () => {
  t = await startPayload()
}, 60_000)
afterAll(async () => t?.stop())

const plan = async (sql: string, args: unknown[]) =>
  (await sqlExecutor(t.payload).all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, args))
    .map((r) => r.detail)
    .join('\n')

test('a page is read by key, a scan walks the keys in order', async () => {
  const page = await plan(
    'SELECT doc FROM search_docs WHERE key IN (SELECT value FROM json_each(?))',
    ['["activities/1"]'],
  )
  expect(page).toMatch(/SEARCH search_docs USING PRIMARY KEY \(key=\?\)/)
  const scan = await plan('SELECT doc FROM search_docs WHERE key > ? ORDER BY key LIMIT ?', [
    'activities/1',
    10,
  ])
  expect(scan).toMatch(/SEARCH search_docs USING PRIMARY KEY \(key>\?\)/)
  expect(scan).not.toMatch(/TEMP B-TREE/)
})

test('the change log: its head and the changes since are read through the seq index', async () => {
  expect(
    await plan('SELECT MAX(seq) AS latest, MIN(seq) AS oldest FROM search_changes', []),
  ).toMatch(/search_changes_seq_idx/)
  const since = await plan(
    'SELECT seq, listing, created_at FROM search_changes WHERE seq > ? AND seq <= ? ORDER BY seq',
    [1, 2],
  )
  expect(since).toMatch(/USING INDEX search_changes_seq_idx \(seq>\? AND seq<\?\)/)
  expect(since).not.toMatch(/TEMP B-TREE/)
})
