import { openDb } from '../sqliteIndex'
const c = await openDb(process.argv[2]!)
const ids = JSON.stringify(Array.from({length: Number(process.argv[3] ?? 2000)}, (_, i) => i * 5 + 1))
const qs: [string, any[]][] = [
 ['SELECT d.rowid, d.title FROM search_docs d WHERE d.rowid IN (SELECT value FROM json_each(?))', [ids]],
 ['SELECT d.rowid, d.title FROM search_docs d WHERE d.rowid IN (SELECT value FROM json_each(?)) AND d.kind IN (?, ?)', [ids, 'activity', 'volunteer']],
 ['SELECT facet, value, COUNT(*) AS n FROM search_terms WHERE doc IN (SELECT value FROM json_each(?)) GROUP BY facet, value', [ids]],
 ["SELECT rowid AS r, bm25(search_fts, 10.0, 4.0, 1.0) AS score FROM search_fts WHERE search_fts MATCH ?", ['("samen"* OR "sam"*)']],
 ["SELECT d.rowid FROM search_docs d WHERE d.rowid IN (SELECT value FROM json_each(?)) AND d.rowid IN (SELECT doc FROM search_terms WHERE facet = ? AND value IN (?))", [ids, 'theme', 't1']],
]
for (const [sql, args] of qs) {
  const plan = await c.execute({ sql: 'EXPLAIN QUERY PLAN ' + sql, args })
  console.log(sql.slice(0, 110)); for (const r of plan.rows) console.log('   ', r.detail)
  let t = performance.now(); const r = await c.execute({ sql, args }); console.log('   rows', r.rows.length, 'ms', (performance.now() - t).toFixed(2))
  t = performance.now(); await c.execute({ sql, args }); console.log('   again ms', (performance.now() - t).toFixed(2))
}
