/**
 * Writes `N` synthetic listings (seed 42) into a SQLite store file, as its own process:
 *   node --import tsx tests/bench/writeStore.ts <file> <N>
 * The search benchmark runs this in a child so that the bulk writing (the driver keeps a lot
 * of native memory afterwards) does not count in the memory of the process it measures, which
 * — like the server — only reads the store. Prints the milliseconds taken.
 */
import { syntheticListingStream } from '../helpers/syntheticListings'
import { buildStore, openDb } from './sqliteIndex'

const [file, n] = process.argv.slice(2)
if (!file || !n) throw new Error('usage: writeStore.ts <file> <N>')
const client = await openDb(file)
const ms = await buildStore(client, syntheticListingStream(Number(n), 42))
await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
client.close()
process.stdout.write(`${Math.round(ms)}\n`)
