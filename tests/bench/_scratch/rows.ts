import { openDb, executorOver } from '../sqliteIndex'
const c = await openDb(process.argv[2]!)
const n = Number(process.argv[3] ?? 2000)
const ids = JSON.stringify(Array.from({length: n}, (_, i) => i * 2 + 1))
const cols = 'd.rowid, d.collection, d.doc_id, d.kind, d.title, d.summary, d.slug, d.lat, d.lon, d.free, d.walk_in, d.weekdays, d.parts, d.access, d.rungs, d.next_start'
const time = async (label: string, f: () => Promise<unknown>) => { await f(); const ts: number[] = []; for (let i = 0; i < 5; i++) { const t = performance.now(); await f(); ts.push(performance.now() - t) } ts.sort((a,b)=>a-b); console.log(label.padEnd(50), ts[2]!.toFixed(2), 'ms') }
const ex = executorOver(c)
await time('count(*) json_each IN', () => c.execute({ sql: 'SELECT count(*) FROM search_docs d WHERE d.rowid IN (SELECT value FROM json_each(?))', args: [ids] }))
await time('rowid only json_each IN', () => c.execute({ sql: 'SELECT d.rowid FROM search_docs d WHERE d.rowid IN (SELECT value FROM json_each(?))', args: [ids] }))
await time('all cols client.execute', () => c.execute({ sql: `SELECT ${cols} FROM search_docs d WHERE d.rowid IN (SELECT value FROM json_each(?))`, args: [ids] }))
await time('all cols executor (plain objects)', () => ex.all(`SELECT ${cols} FROM search_docs d WHERE d.rowid IN (SELECT value FROM json_each(?))`, [ids]))
await time('all cols, rowid BETWEEN (no json)', () => c.execute({ sql: `SELECT ${cols} FROM search_docs d WHERE d.rowid <= ?`, args: [n*2] }))
await time('group_concat-free: json_group_array of cols', () => c.execute({ sql: `SELECT json_group_array(json_array(${cols})) FROM search_docs d WHERE d.rowid IN (SELECT value FROM json_each(?))`, args: [ids] }))
await time('rowid IN carray-like literal list', () => c.execute({ sql: `SELECT ${cols} FROM search_docs d WHERE d.rowid IN (${JSON.parse(ids).join(',')})` }))
await time('fts bm25 samen', () => c.execute({ sql: "SELECT rowid AS r, bm25(search_fts, 10.0, 4.0, 1.0) AS score FROM search_fts WHERE search_fts MATCH ?", args: ['("samen"* OR "sam"*)'] }))
await time('fts rowid only samen', () => c.execute({ sql: "SELECT rowid FROM search_fts WHERE search_fts MATCH ?", args: ['("samen"* OR "sam"*)'] }))
await time('fts count samen', () => c.execute({ sql: "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", args: ['("samen"* OR "sam"*)'] }))
await time('fts count samen exact', () => c.execute({ sql: "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", args: ['"samen"'] }))
await time('fts bm25 order limit 20', () => c.execute({ sql: "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY bm25(search_fts, 10.0, 4.0, 1.0) LIMIT 20", args: ['("samen"* OR "sam"*)'] }))
