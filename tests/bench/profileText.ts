import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ftsQuery } from '../../src/lib/search/text'
import { ColumnCache } from '../../src/lib/search/sqlite/columns'
import { sqliteSearchEngine } from '../../src/lib/search/sqlite/engine'
import { syntheticListings } from '../helpers/syntheticListings'
import { buildIndex, executorOver, openDb } from './sqliteIndex'

/** Times each step of a few text queries on N synthetic listings (a development aid). */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-profile-'))
const client = await openDb(path.join(dir, 'p.db'))
const n = Number(process.env.N ?? 100000)
await buildIndex(client, syntheticListings(n, 42))
const sql = executorOver(client)
const engine = sqliteSearchEngine(sql, new ColumnCache(sql, { textCacheSize: 0 }), { prewarm: false })
const warm = sqliteSearchEngine(sql)
let t = performance.now()
await engine.cache.sync()
console.log(`cache load ${(performance.now() - t).toFixed(1)} ms, rows ${engine.cache.size}`)
t = performance.now()
await warm.ready() // its own cache: loads again, then prewarms
console.log(`prewarm ${(performance.now() - t).toFixed(1)} ms, ${warm.cache.texts.pinnedSize} texts`)
for (const text of ['samen', 'gezellig', 'koff', 'koffie thee', 'breicafe', 'fietsen']) {
  const match = ftsQuery(text)
  t = performance.now()
  const [found] = await sql.all<{ ids: string }>('SELECT group_concat(rowid) AS ids FROM search_fts WHERE search_fts MATCH ?', [match])
  const a = performance.now() - t
  t = performance.now()
  const [c] = await sql.all<{ n: number }>('SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH ?', [match])
  const b = performance.now() - t
  t = performance.now()
  await sql.all(`SELECT group_concat(r) AS s FROM (SELECT rowid AS r FROM search_fts WHERE search_fts MATCH ? AND rank MATCH 'bm25(10.0, 4.0, 1.0)' ORDER BY rank, rowid)`, [`{title} : (${match})`])
  const r1 = performance.now() - t
  t = performance.now()
  await sql.all(`SELECT group_concat(r) AS s FROM (SELECT rowid AS r FROM search_fts WHERE search_fts MATCH ? AND rank MATCH 'bm25(10.0, 4.0, 1.0)' ORDER BY rank, rowid)`, [`{title summary} : (${match})`])
  const r2 = performance.now() - t
  const best = async (e: typeof engine) => {
    let total = Infinity
    await e.search({ text })
    for (let i = 0; i < 5; i++) {
      t = performance.now()
      await e.search({ text })
      total = Math.min(total, performance.now() - t)
    }
    return total.toFixed(1)
  }
  const [cold, cached] = [await best(engine), await best(warm)]
  console.log(`${text.padEnd(12)} hits ${c!.n} ids ${a.toFixed(1)} count ${b.toFixed(1)} rankTitle ${r1.toFixed(1)} rankTitleSummary ${r2.toFixed(1)} engine best of 5: no text cache ${cold}, cached ${cached} (len ${found!.ids?.length ?? 0})`)
}
fs.rmSync(dir, { recursive: true, force: true })
