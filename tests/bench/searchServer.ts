/**
 * A minimal HTTP server over the benchmark's search index, for autocannon: started as a child
 * process by tests/bench/search.ts with BENCH_DB (the SQLite file). Prints `listening <port>`.
 * GET /search?q=…&lat=…&lon=…&radius=…&kinds=…&free=1&walkIn=1&weekdays=…&themes=…&rungs=…&sort=…
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { sqliteSearchEngine } from '../../src/lib/search/sqlite/engine'
import { parseSearchParams } from './queries'
import { executorOver, openDb } from './sqliteIndex'

const file = process.env.BENCH_DB
if (!file) throw new Error('BENCH_DB is not set')

const client = await openDb(file)
const engine = sqliteSearchEngine(executorOver(client))

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost')
  if (req.method !== 'GET' || url.pathname !== '/search') {
    res.writeHead(404).end()
    return
  }
  engine
    .search(parseSearchParams(url.searchParams))
    .then((result) => {
      const body = JSON.stringify(result)
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) })
      res.end(body)
    })
    .catch((err: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err))
    })
})

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`listening ${(server.address() as AddressInfo).port}\n`)
})

const stop = () => {
  server.close()
  client.close()
  process.exit(0)
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
