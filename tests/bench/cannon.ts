/**
 * autocannon against the real server (src/server.ts: express + Next + Payload) answering
 * GET /api/directory/search over the benchmark's listings: a migrated app database whose
 * search tables are bulk-loaded with the same synthetic index.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { IndexDoc, SearchQuery } from '../../src/lib/search/types'
import { ensureAdminBuilt } from '../helpers/server'
import { log, round } from './measure'
import { buildStore, openDb } from './sqliteIndex'

export interface CannonResult {
  target: string
  seconds: number
  connections: number
  paths: number
  requestsPerSecond: number
  latencyP50Ms: number
  latencyP99Ms: number
  latencyMaxMs: number
  requests: number
  errors: number
  non2xx: number
}

/** A SearchQuery as the public API's query string. */
export const apiPath = (q: SearchQuery): string => {
  const p = new URLSearchParams()
  if (q.text) p.set('q', q.text)
  if (q.near) {
    p.set('lat', String(q.near.lat))
    p.set('lon', String(q.near.lon))
    p.set('radius', String(Math.max(0.1, Math.min(250, q.near.radiusKm))))
  }
  q.kinds?.forEach((k) => p.append('kind', k))
  if (q.free) p.set('free', 'true')
  if (q.walkIn) p.set('walkIn', 'true')
  q.weekdays?.forEach((d) => p.append('day', String(d)))
  q.themes?.forEach((t) => p.append('theme', t))
  q.rungs?.forEach((r) => p.append('rung', String(r)))
  if (q.sort) p.set('sort', q.sort)
  p.set('pageSize', String(q.pageSize ?? 20))
  return `/api/directory/search?${p.toString()}`
}

const waitForPort = (child: ChildProcess) =>
  new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the server did not start within 120 s')),
      120_000,
    )
    let out = ''
    const read = (b: Buffer) => {
      out += b.toString()
      const m = /listening on port (\d+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve(Number(m[1]))
      }
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}:\n${out}`)))
  })

export const runCannon = async (
  dir: string,
  docs: IndexDoc[],
  queries: SearchQuery[],
  seconds: number,
): Promise<CannonResult> => {
  const dataDir = path.join(dir, 'app')
  fs.mkdirSync(dataDir, { recursive: true })
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATA_DIR: dataDir,
    MEDIA_DIR: path.join(dataDir, 'media'),
    PAYLOAD_SECRET: 'bench-secret-0123456789-0123456789-0123456789',
    SEED_DEMO_DATA: 'false',
    GEOCODER: 'off',
    LOG_LEVEL: 'warn',
    NODE_OPTIONS: '--no-deprecation',
    PORT: '0',
    HOST: '127.0.0.1',
  } as unknown as NodeJS.ProcessEnv
  // Migrate the app database (this also creates the search tables), then fill them.
  const migrate = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/reindexSearch.ts'], {
    env,
    stdio: 'inherit',
  })
  if (migrate.status !== 0) throw new Error('could not migrate the app database')
  const client = await openDb(path.join(dataDir, 'meedoen.db'))
  await buildStore(client, docs)
  await client.execute('ANALYZE')
  client.close()
  ensureAdminBuilt()

  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  try {
    const port = await waitForPort(child)
    const paths = queries.map(apiPath)
    const base = `http://127.0.0.1:${port}`
    const first = await fetch(base + paths[0]) // the index is loaded, as a warm server has it
    if (first.status !== 200)
      throw new Error(`the search API answered ${first.status}: ${await first.text()}`)
    // The server prewarms common words in the background after loading; a warm server is done.
    await new Promise((resolve) => setTimeout(resolve, 5000))
    const { default: autocannon } = await import('autocannon')
    let next = 0
    log(
      `autocannon: ${seconds} s, 10 connections, ${paths.length} rotating queries on ${base}/api/directory/search …`,
    )
    const r = await autocannon({
      url: base,
      connections: 10,
      duration: seconds,
      requests: [
        { method: 'GET', setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length]! }) },
      ],
    })
    return {
      target: 'GET /api/directory/search on the real server (express + Next + Payload)',
      seconds,
      connections: 10,
      paths: paths.length,
      requestsPerSecond: round(r.requests.average, 1),
      latencyP50Ms: r.latency.p50,
      latencyP99Ms: r.latency.p99,
      latencyMaxMs: r.latency.max,
      requests: r.requests.total,
      errors: r.errors,
      non2xx: r.non2xx,
    }
  } finally {
    child.kill('SIGTERM')
  }
}
