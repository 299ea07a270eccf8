import { createClient } from '@libsql/client'

/**
 * A second process that takes SQLite's write lock (BEGIN IMMEDIATE) on a database file and
 * holds it for a while, as a long import or a stuck tool would: `holdWriteLock.ts <file> <ms>`.
 * Prints "locked" once it holds the lock and "released" when it lets go.
 */
const [file, ms] = process.argv.slice(2)
const client = createClient({ url: `file:${file}` })
await client.execute('PRAGMA busy_timeout = 5000')
const transaction = await client.transaction('write')
console.log('locked')
await new Promise((resolve) => setTimeout(resolve, Number(ms)))
await transaction.commit()
console.log('released')
client.close()
