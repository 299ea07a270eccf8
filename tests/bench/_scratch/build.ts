import fs from 'node:fs'
import { syntheticListings } from '../../helpers/syntheticListings'
import { buildIndex, openDb } from '../sqliteIndex'
const n = Number(process.argv[2] ?? 10000)
const file = `/tmp/bench-scratch-${n}.db`
for (const ext of ['', '-wal', '-shm']) fs.rmSync(file + ext, { force: true })
const c = await openDb(file)
console.log(await buildIndex(c, syntheticListings(n, 42)))
await c.execute('ANALYZE')
await c.execute('PRAGMA wal_checkpoint(TRUNCATE)')
c.close()
