import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { sqlExecutor } from '../../plugins/directory/search/sqlExecutor'
import { PAGE_SQL, PAGE_WITH_TEXT_SQL } from '../../src/lib/search/sqlite/page'
import { ftsQuery } from '../../src/lib/search/text'
import { startPayload, type TestPayload } from '../helpers/payload'

/**
 * The query plans the engine depends on (RECIPES: a plan that probes FTS once per row took
 * over a minute at 100k). If a schema change makes SQLite scan instead, this fails.
 */
let t: TestPayload
beforeAll(async () => {
  t = await startPayload()
}, 60_000)
afterAll(async () => t?.stop())

const plan = async (sql: string, args: unknown[]) =>
  (await sqlExecutor(t.payload).all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, args)).map((r) => r.detail).join('\n')

test('text goes through the FTS5 index, the radius through the R*Tree, a page by rowid', async () => {
  expect(await plan('SELECT group_concat(rowid) AS ids FROM search_fts WHERE search_fts MATCH ?', [ftsQuery('koffie')])).toMatch(/VIRTUAL TABLE INDEX/)
  expect(
    await plan('SELECT group_concat(id) AS ids FROM search_rtree WHERE max_lat >= ? AND min_lat <= ? AND max_lon >= ? AND min_lon <= ?', [53, 53.2, 6.5, 6.7]),
  ).toMatch(/VIRTUAL TABLE INDEX \d+:[A-Z]/)
  const page = await plan(PAGE_SQL, ['[1,2]'])
  expect(page).toMatch(/USING INTEGER PRIMARY KEY/)
  expect(page).not.toMatch(/^SCAN search_docs$/m)
  // With the text: each page row looked up in FTS5 by rowid (index 0 would be a full scan).
  const withText = await plan(PAGE_WITH_TEXT_SQL, ['[1,2]'])
  expect(withText).toMatch(/SEARCH d USING INTEGER PRIMARY KEY/)
  expect(withText).toMatch(/SCAN f VIRTUAL TABLE INDEX 0:=/)
})

test('the change log is read by its primary key', async () => {
  expect(await plan('SELECT DISTINCT doc FROM search_changes WHERE seq > ? AND seq <= ?', [1, 2])).toMatch(/INTEGER PRIMARY KEY/)
})

test('every word of a query must match, as typed or as its stem, without redundant prefixes', () => {
  expect(ftsQuery('fietsen koffie')).toBe('("fiets"*) AND ("koffie"*)')
  expect(ftsQuery('samen')).toBe('("sam"*)')
  // Only letters and digits reach FTS5, quoted: no input forms query syntax.
  expect(ftsQuery('"; DROP TABLE x')).toBe('("drop"*) AND ("tabl"*) AND ("x"*)')
})
