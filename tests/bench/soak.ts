/**
 * npm run bench:soak — 60 s at 50 connections on the real server (express + Next + Payload,
 * demo data): 25 on the results page and 25 on the search API at the same time. Prints errors,
 * latency and throughput per target, /healthz polled every second during the soak (it must
 * stay 200), and the server's RSS before, at its peak and during the minute after.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import autocannon from 'autocannon'

import { startServer } from '../helpers/server'
import { log, MiB, round, table } from './measure'

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60)
const CONNECTIONS = 50
const TARGETS: [string, string[]][] = [
  [
    'results page',
    [
      '/zoeken?postcode=9751AB&radius=10',
      '/zoeken?q=koffie',
      '/zoeken?page=2',
      '/en/search?q=taal&day=2',
      '/zoeken?free=true&walkIn=true',
    ],
  ],
  [
    'search API',
    [
      '/api/directory/search?q=koffie&postcode=9751AB&radius=5',
      '/api/directory/search?q=taal',
      '/api/directory/search?lat=53.17&lon=6.6&radius=10&sort=distance',
      '/api/directory/search?kind=activity&day=3',
    ],
  ],
]

const rssMiB = (pid: number): number => {
  const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
  return kb ? round((Number(kb[1]) * 1024) / MiB, 1) : NaN
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const soak = async (before: number, round_: number) => {
  let peak = before
  const health: { status: number; ms: number }[] = []
  let soaking = true
  const poll = (async () => {
    while (soaking) {
      const started = performance.now()
      const status = await fetch(`${server.url}/healthz`).then(
        (r) => r.status,
        () => 0,
      )
      health.push({ status, ms: performance.now() - started })
      peak = Math.max(peak, rssMiB(server.pid))
      await sleep(1_000)
    }
  })()
  const runs = await Promise.all(
    TARGETS.map(([, paths]) => {
      let next = 0
      return autocannon({
        url: server.url,
        connections: CONNECTIONS / 2,
        duration: SECONDS,
        requests: [
          {
            method: 'GET',
            setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length]! }),
          },
        ],
      })
    }),
  )
  soaking = false
  await poll

  const after: [number, number][] = []
  for (let s = 0; s <= 60; s += 5) {
    after.push([s, rssMiB(server.pid)])
    if (s < 60) await sleep(5_000)
  }
  const settled = after.at(-1)![1]
  const rows = runs.map((r, i) => [
    TARGETS[i]![0],
    r.requests.total,
    round(r.requests.average, 1),
    r.latency.p50,
    r.latency.p97_5,
    r.latency.p99,
    r.latency.max,
    r.errors,
    r.timeouts,
    r.non2xx,
  ])
  table(
    [
      'target',
      'requests',
      'req/s',
      'p50 ms',
      'p97.5 ms',
      'p99 ms',
      'max ms',
      'errors',
      'timeouts',
      'non-2xx',
    ],
    rows,
  )
  const healthBad = health.filter((h) => h.status !== 200).length
  log(
    `/healthz: ${health.length} polls, ${healthBad} not 200, slowest ${round(Math.max(...health.map((h) => h.ms)), 1)} ms`,
  )
  log(
    `RSS: before ${before} MiB, peak ${peak} MiB, after ${after.map(([s, mb]) => `+${s}s ${mb}`).join(', ')} MiB`,
  )
  const back = settled <= before * 1.1 + 20
  log(`memory back to its level within a minute (≤ before + 10% + 20 MiB): ${back ? 'yes' : 'no'}`)

  const out = path.join(
    path.dirname(fileURLToPath(import.meta.url)),
    'results',
    `soak-${new Date().toISOString().slice(0, 10)}${round_ > 1 ? `-round${round_}` : ''}.json`,
  )
  const result = {
    seconds: SECONDS,
    connections: CONNECTIONS,
    node: process.version,
    targets: Object.fromEntries(
      runs.map((r, i) => [
        TARGETS[i]![0],
        {
          requests: r.requests.total,
          rps: round(r.requests.average, 1),
          p50: r.latency.p50,
          p99: r.latency.p99,
          max: r.latency.max,
          errors: r.errors,
          timeouts: r.timeouts,
          non2xx: r.non2xx,
        },
      ]),
    ),
    health: { polls: health.length, not200: healthBad },
    rssMiB: { before, peak, after },
    memoryBack: back,
  }
  fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`)
  log(`written to ${path.relative(process.cwd(), out)}`)
  if (healthBad > 0 || runs.some((r) => r.errors > 0 || r.non2xx > 0)) process.exitCode = 1
  return back
}

const server = await startServer({ LOG_LEVEL: 'error', GEOCODER: 'off' })
try {
  for (const [, paths] of TARGETS)
    for (const p of paths)
      for (let i = 0; i < 10; i++) await (await fetch(server.url + p)).arrayBuffer()
  await sleep(5_000)
  const before = rssMiB(server.pid)
  log(
    `soak: ${SECONDS} s, ${CONNECTIONS} connections (${CONNECTIONS / 2} per target) on ${server.url}, node ${process.version}; RSS before ${before} MiB`,
  )

  // Several rounds on one server tell retained heap (a plateau) from a leak (growth every round).
  const rounds = Number(process.env.SOAK_ROUNDS ?? 1)
  let level = before
  for (let r = 1; r <= rounds; r++) {
    if (rounds > 1) log(`round ${r} of ${rounds}, RSS at start ${level} MiB`)
    await soak(level, r)
    level = rssMiB(server.pid)
  }
} finally {
  await server.stop()
}
