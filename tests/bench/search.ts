/**
 * Search benchmark: our engine (src/lib/search/engine: the whole index in memory, built from
 * the SQLite store) against the nearest thing Payload offers out of the box (`payload.find`
 * with `like` and a bounding box), on the same deterministic synthetic listings.
 *
 *   npm run bench:search                              # N=100000 QUERIES=240 AUTOCANNON_SECONDS=30
 *   N=10000 AUTOCANNON_SECONDS=5 npm run bench:search
 *   npm run bench:search -- N=1000000 BASELINE=0 AUTOCANNON_SECONDS=0   # all of the Netherlands
 *
 * Prints tables and a summary line; writes tests/bench/results/search-<date>[-n<N>].json.
 * It is a measurement: it exits 0 whether the targets are met or not.
 *
 * Longer than 200 lines because it is one benchmark script run top to bottom: the build, the
 * query runs, the Payload baseline, autocannon and the report share one data set, store and set
 * of timings.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Client } from '@libsql/client'
import type { Where } from 'payload'

import { searchEngine } from '../../src/lib/search/engine/engine'
import { ListingIndex } from '../../src/lib/search/engine/listings'
import { sqliteSearchStore } from '../../src/lib/search/store/sqlite'
import type { IndexDoc, SearchQuery } from '../../src/lib/search/types'
import { syntheticListings } from '../helpers/syntheticListings'
import { GROUPS, payloadWhere, queryMix } from './queries'
import {
  fileBytes,
  groupStats,
  log,
  memorySampler,
  MiB,
  round,
  runMix,
  STEPS,
  table,
  timedStore,
} from './measure'
import { type CannonResult, runCannon } from './cannon'
import { executorOver, multiInsert, openDb } from './sqliteIndex'

const here = path.dirname(fileURLToPath(import.meta.url))

// ---------------------------------------------------------------- options (argv KEY=value or env)
const argv = Object.fromEntries(
  process.argv
    .slice(2)
    .map((a) => a.replace(/^--/, '').split('='))
    .map(([k, v]) => [k!.toUpperCase().replaceAll('-', '_'), v ?? '']),
)
const opt = (name: string, fallback: number) => {
  const raw = argv[name] ?? process.env[name]
  const n = raw === undefined || raw === '' ? fallback : Number(raw)
  if (!Number.isFinite(n) || n < 0)
    throw new Error(`${name} must be a non-negative number, got ${raw}`)
  return n
}
const N = Math.floor(opt('N', 100_000))
const QUERIES = Math.max(4, Math.floor(opt('QUERIES', 240)))
const AUTOCANNON_SECONDS = opt('AUTOCANNON_SECONDS', 30)
/** 0: skip the Payload baseline (at 1M listings loading it alone takes many minutes). */
const BASELINE = opt('BASELINE', 1) > 0
const WARMUP = 20
const PAGE_SIZE = 20
const BATCH = 5000
const TARGET_P95_MS = N > 200_000 ? 30 : 5
const TARGET_COLD_P95_MS = 10
const TARGET_BUILD_S = N > 200_000 ? 90 : 10
const TARGET_RATIO = 20

// ---------------------------------------------------------------- 1. data and our index
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-bench-'))
const oursFile = path.join(dir, 'search.db')
const baselineFile = path.join(dir, 'payload.db')
log(
  `search benchmark: N=${N} QUERIES=${QUERIES} AUTOCANNON_SECONDS=${AUTOCANNON_SECONDS} (node ${process.version}, ${os.cpus().length} cpus)`,
)
log(`temp dir ${dir}`)

let t0 = performance.now()
const rssBeforeBuildMiB = round(process.memoryUsage().rss / MiB, 1)

// The store is written by a child process: what this process measures is what a server holds, which only reads it.
const written = spawnSync(
  process.execPath,
  ['--import', 'tsx', path.join(here, 'writeStore.ts'), oursFile, String(N)],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
)
if (written.status !== 0) throw new Error('writing the store failed')
const storeMs = Number(written.stdout.trim())
const client: Client = await openDb(oursFile)
const oursBytes = fileBytes(oursFile)
log(
  `store: ${N} listings written in ${round(storeMs / 1000)} s (child process), ${round(oursBytes / MiB, 1)} MiB`,
)

// ---------------------------------------------------------------- 3. our queries
const mix = queryMix(QUERIES)
const warmup = queryMix(WARMUP, 7).slice(0, WARMUP)
/**
 * Before either side is measured, V8 compiles its code: this many queries of another mix run
 * first — for our engine through a separate engine on the same index, so none of their
 * answers or gathered words are kept for the measured one — and then a full garbage
 * collection (node --expose-gc), as a server is after its first minutes. Without it the first
 * few hundred searches of a fresh process measured half again as slow at the 95th percentile.
 */
const JIT_WARMUP = 300
const jitMix = queryMix(JIT_WARMUP, 11)
const settle = () => (globalThis as { gc?: () => void }).gc?.()
// Time spent in the store is added to `account` (see the breakdown below).
let account: Record<string, { ms: number; rows: number }> = {}
const store = timedStore(sqliteSearchStore(executorOver(client)), () => account)
// The index as the server builds it at start: every listing read from the store into memory.
const buildMemory = memorySampler()
const sampling = setInterval(buildMemory.take, 50)
const index = new ListingIndex(store)
t0 = performance.now()
await index.sync()
const buildMs = performance.now() - t0
clearInterval(sampling)
const buildMem = buildMemory.stop()
{
  const jit = searchEngine(store, { index })
  await jit.ready()
  await runMix(jitMix, async (q) => (await jit.search(q)).total)
}
settle()
const engine = searchEngine(store, { index })
t0 = performance.now()
await engine.ready()
const prewarmMs = performance.now() - t0
const prewarmed = engine.texts.pinnedSize
log(
  `index built in memory in ${round(buildMs / 1000)} s (peak RSS ${buildMem.peakRssMiB} MiB); ${prewarmed} common-word prefixes prewarmed in ${round(prewarmMs)} ms`,
)
const searchOurs = async (q: SearchQuery) => (await engine.search(q)).total

await runMix(warmup, searchOurs)
settle()
const queryMemory = memorySampler()
const ours = await runMix(mix, searchOurs, queryMemory.take)
const queryMem = queryMemory.stop()
const oursStats = groupStats(mix, ours)

// The same mix with no text cache and no prewarming (every text gathered anew, as for a word
// nobody searched before), on the same index; the store's share of each query is accounted per group.
const cold = searchEngine(store, { index, textCacheSize: 0, prewarm: false })
const profile = Object.fromEntries(GROUPS.map((g): [string, typeof account] => [g, {}]))
const profileTotal = Object.fromEntries(GROUPS.map((g) => [g, 0]))
await runMix(warmup, async (q) => (await cold.search(q)).total)
settle()
const coldTimed = await runMix(mix, async (q) => {
  const group = mix.find((m) => m.query === q)!.group
  account = profile[group]!
  const t = performance.now()
  const total = (await cold.search(q)).total
  profileTotal[group]! += performance.now() - t
  account = {}
  return total
})
const coldStats = groupStats(mix, coldTimed)
const perGroupCount = mix.length / GROUPS.length
const breakdown = Object.fromEntries(
  GROUPS.map((g) => {
    const steps = profile[g]!
    const storeMs = Object.values(steps).reduce((a, s) => a + s.ms, 0)
    return [
      g,
      {
        meanMs: round(profileTotal[g]! / perGroupCount),
        ...Object.fromEntries(
          STEPS.map((s) => [
            s,
            {
              meanMs: round((steps[s]?.ms ?? 0) / perGroupCount),
              meanRows: round((steps[s]?.rows ?? 0) / perGroupCount, 0),
            },
          ]),
        ),
        jsMeanMs: round((profileTotal[g]! - storeMs) / perGroupCount),
      },
    ]
  }),
) as Record<string, Record<string, number | { meanMs: number; meanRows: number }>>
client.close()

// Only the Payload baseline and autocannon need the listings in this process: made after our
// side is measured, so they do not weigh on its heap (a server does not hold them either).
t0 = performance.now()
const docs: IndexDoc[] = BASELINE || AUTOCANNON_SECONDS > 0 ? syntheticListings(N, 42) : []
const generateMs = performance.now() - t0
if (docs.length) log(`generated ${N} listings in ${round(generateMs / 1000)} s for the baseline`)

// ---------------------------------------------------------------- 2 + 4. Payload baseline
const runBaseline = async () => {
  log('booting the Payload baseline …')
  const { getPayload } = await import('payload')
  const { baselineConfig } = await import('./baselineConfig')
  const payload = await getPayload({ config: await baselineConfig(baselineFile) })
  const pclient = (payload.db as unknown as { client: Client }).client
  t0 = performance.now()
  const created = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString()
  for (let i = 0; i < docs.length; i += BATCH) {
    const chunk = docs.slice(i, i + BATCH)
    const main = chunk.map((d, j) => [
      i + j + 1,
      d.title,
      d.summary,
      d.body,
      d.kind,
      d.lat,
      d.lon,
      d.free ? 1 : 0,
      d.walkIn ? 1 : 0,
      d.ageMin,
      d.ageMax,
      d.nextStart,
      created(i + j),
      created(i + j),
    ])
    const many = (values: (d: IndexDoc) => (string | number)[]) =>
      chunk.flatMap((d, j) => values(d).map((v, k) => [k + 1, i + j + 1, String(v)]))
    await pclient.batch(
      [
        ...multiInsert(
          'INSERT INTO bench_listings (id, title, summary, body, kind, lat, lon, free, walk_in, age_min, age_max, next_start, updated_at, created_at)',
          14,
          main,
        ),
        ...multiInsert(
          'INSERT INTO bench_listings_weekdays ("order", parent_id, value)',
          3,
          many((d) => d.weekdays),
        ),
        ...multiInsert(
          'INSERT INTO bench_listings_themes ("order", parent_id, value)',
          3,
          many((d) => d.themes),
        ),
        ...multiInsert(
          'INSERT INTO bench_listings_rungs ("order", parent_id, value)',
          3,
          many((d) => d.rungs),
        ),
        ...multiInsert(
          'INSERT INTO bench_listings_accessibility ("order", parent_id, value)',
          3,
          many((d) => d.accessibility),
        ),
      ],
      'write',
    )
  }
  const baselineLoadMs = performance.now() - t0
  t0 = performance.now()
  await pclient.execute('ANALYZE')
  const baselineAnalyzeMs = performance.now() - t0
  const baselineBytes = fileBytes(baselineFile)
  log(
    `payload baseline: loaded in ${round(baselineLoadMs / 1000)} s (raw multi-row INSERTs), ANALYZE ${round(baselineAnalyzeMs)} ms, ${round(baselineBytes / MiB, 1)} MiB`,
  )

  // The app's generated types only know the app's collections: call find loosely typed.
  type LooseFind = (args: {
    collection: string
    where: Where
    limit: number
    page: number
    depth: number
  }) => Promise<{ totalDocs: number }>
  const find = payload.find.bind(payload) as unknown as LooseFind
  const searchPayload = async (q: SearchQuery) =>
    (
      await find({
        collection: 'bench-listings',
        where: payloadWhere(q),
        limit: PAGE_SIZE,
        page: 1,
        depth: 0,
      })
    ).totalDocs
  await runMix(jitMix, searchPayload)
  await runMix(warmup, searchPayload)
  settle()
  const base = await runMix(mix, searchPayload)
  await payload.destroy()
  return { base, loadMs: baselineLoadMs, analyzeMs: baselineAnalyzeMs, bytes: baselineBytes }
}
const baseline = BASELINE ? await runBaseline() : null
if (!baseline) log('Payload baseline skipped (BASELINE=0)')
const base = baseline?.base ?? mix.map(() => ({ ms: NaN, total: NaN }))
const baseStats = groupStats(mix, base)

// ---------------------------------------------------------------- 6. autocannon
const cannon: CannonResult | null =
  AUTOCANNON_SECONDS > 0
    ? await runCannon(
        dir,
        docs,
        mix.slice(0, 52).map((m) => m.query),
        AUTOCANNON_SECONDS,
      )
    : null

// ---------------------------------------------------------------- report
const ratio = (a: number, b: number) => round(a / b, 1)
log('')
log(
  `Latency per query (ms), ${mix.length} queries in 4 groups, page size ${PAGE_SIZE}, ${WARMUP} warm-up queries each:`,
)
table(
  [
    'group',
    'n',
    'ours p50',
    'p95',
    'p99',
    'max',
    'payload p50',
    'p95',
    'p99',
    'ratio p50',
    'ratio p95',
  ],
  [
    ...GROUPS.map((g) => [g, oursStats.groups[g]] as const),
    ['ALL', oursStats.overall] as const,
  ].map(([g, o]) => {
    const b = g === 'ALL' ? baseStats.overall : baseStats.groups[g]
    return [
      g,
      o.n,
      o.p50,
      o.p95,
      o.p99,
      o.max,
      b.p50,
      b.p95,
      b.p99,
      `${ratio(b.p50, o.p50)}×`,
      `${ratio(b.p95, o.p95)}×`,
    ]
  }),
)
log(
  'Payload baseline = payload.find (Local API, depth 0, limit 20) after ANALYZE (docs/payload-sqlite-notes.md: without table statistics',
)
log(
  "Payload's times are about twice these. Its radius is a lat/lon bounding box and its page of 20 is the newest",
)
log(
  '20 in the box, NOT the nearest 20 (correct would need pagination: false + a sort in JS); no distance sort.',
)
log('')
log(
  'Without the text cache and prewarming (every text gathered anew, as for a word nobody searched before):',
)
table(
  ['group', 'n', 'cold p50', 'p95', 'p99', 'max', 'ratio p50', 'ratio p95'],
  [
    ...GROUPS.map((g) => [g, coldStats.groups[g]] as const),
    ['ALL', coldStats.overall] as const,
  ].map(([g, o]) => {
    const b = g === 'ALL' ? baseStats.overall : baseStats.groups[g]
    return [
      g,
      o.n,
      o.p50,
      o.p95,
      o.p99,
      o.max,
      `${ratio(b.p50, o.p50)}×`,
      `${ratio(b.p95, o.p95)}×`,
    ]
  }),
)
log('')
log(
  'Our engine without the text cache, where the time goes (mean ms per query; in the store: catching up with the change log, reading the page; the rest is in memory):',
)
table(
  ['group', 'total', ...STEPS.map((s) => `${s} ms/rows`), 'in memory ms'],
  GROUPS.map((g) => {
    const b = breakdown[g]!
    return [
      g,
      b.meanMs as number,
      ...STEPS.map((s) => {
        const x = b[s] as { meanMs: number; meanRows: number }
        return `${x.meanMs}/${x.meanRows}`
      }),
      b.jsMeanMs as number,
    ]
  }),
)
log('')

const ratioP50 = ratio(baseStats.overall.p50, oursStats.overall.p50)
const ratioP95 = ratio(baseStats.overall.p95, oursStats.overall.p95)
const peakRssMiB = Math.max(buildMem.peakRssMiB, queryMem.peakRssMiB)
const targets = {
  warmP95Ms: {
    target: TARGET_P95_MS,
    value: oursStats.overall.p95,
    pass: oursStats.overall.p95 <= TARGET_P95_MS,
  },
  ...(N <= 200_000
    ? {
        coldP95Ms: {
          target: TARGET_COLD_P95_MS,
          value: coldStats.overall.p95,
          pass: coldStats.overall.p95 <= TARGET_COLD_P95_MS,
        },
      }
    : {}),
  ...(baseline
    ? {
        ratioP50: { target: TARGET_RATIO, value: ratioP50, pass: ratioP50 >= TARGET_RATIO },
        ratioP95: { target: TARGET_RATIO, value: ratioP95, pass: ratioP95 >= TARGET_RATIO },
      }
    : {}),
  buildS: {
    target: TARGET_BUILD_S,
    value: round(buildMs / 1000),
    pass: buildMs / 1000 <= TARGET_BUILD_S,
  },
  ...(N > 200_000
    ? { peakRssMiB: { target: 2048, value: peakRssMiB, pass: peakRssMiB <= 2048 } }
    : {}),
}
const label = (ok: boolean) => (ok ? 'PASS' : 'FAIL')
const summary =
  `ours p50 ${oursStats.overall.p50} ms p95 ${oursStats.overall.p95} ms p99 ${oursStats.overall.p99} ms | ` +
  (baseline
    ? `payload find p50 ${baseStats.overall.p50} ms p95 ${baseStats.overall.p95} ms p99 ${baseStats.overall.p99} ms | ratio p50 ${ratioP50}× p95 ${ratioP95}× | `
    : '') +
  `no text cache p50 ${coldStats.overall.p50} ms p95 ${coldStats.overall.p95} ms | ` +
  `index build ${round(buildMs / 1000)} s, store ${round(oursBytes / MiB, 1)} MiB, ` +
  `peak RSS build ${buildMem.peakRssMiB} MiB / queries ${queryMem.peakRssMiB} MiB (heapUsed ${buildMem.peakHeapUsedMiB} / ${queryMem.peakHeapUsedMiB} MiB) | ` +
  (cannon
    ? `autocannon ${cannon.requestsPerSecond} req/s p99 ${cannon.latencyP99Ms} ms`
    : 'autocannon skipped')
log(summary)
for (const [name, t] of Object.entries(targets))
  log(
    `target ${name}: ${label(t.pass)} (${t.value}, target ${name.startsWith('ratio') ? '>=' : '<='} ${t.target})`,
  )
if (cannon) {
  log(
    `autocannon: ${cannon.requests} requests, ${cannon.errors} errors, ${cannon.non2xx} non-2xx; ${cannon.target}`,
  )
}

const date = new Date().toISOString().slice(0, 10)
const resultsDir = path.join(here, 'results')
fs.mkdirSync(resultsDir, { recursive: true })
const outFile = path.join(resultsDir, `search-${date}${N === 100_000 ? '' : `-n${N}`}.json`)
fs.writeFileSync(
  outFile,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: {
        node: process.version,
        platform: `${os.platform()} ${os.arch()}`,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        memGiB: round(os.totalmem() / 1024 ** 3, 1),
      },
      options: {
        N,
        queries: mix.length,
        warmup: WARMUP,
        pageSize: PAGE_SIZE,
        batch: BATCH,
        autocannonSeconds: AUTOCANNON_SECONDS,
        dataSeed: 42,
      },
      targets,
      ours: {
        generateMs: round(generateMs),
        buildMs: round(buildMs),
        storeWriteMs: round(storeMs),
        storeBytes: oursBytes,
        memory: { rssBeforeBuildMiB, build: buildMem, queries: queryMem },
        prewarm: { keys: prewarmed, ms: round(prewarmMs) },
        latencyMs: oursStats,
        coldLatencyMs: coldStats,
        breakdown,
      },
      payload: baseline
        ? {
            note: 'payload.find Local API, depth 0, limit 20, after ANALYZE; radius = bounding box, page = newest 20 in the box (not nearest)',
            loadMs: round(baseline.loadMs),
            analyzeMs: round(baseline.analyzeMs),
            dbBytes: baseline.bytes,
            latencyMs: baseStats,
          }
        : null,
      ratio: { p50: ratioP50, p95: ratioP95 },
      autocannon: cannon,
      queries: mix.map((m, i) => ({
        group: m.group,
        query: m.query,
        ours: { ms: round(ours[i]!.ms), total: ours[i]!.total },
        payload: { ms: round(base[i]!.ms), total: base[i]!.total },
      })),
    },
    null,
    2,
  )}\n`,
)
log(`results written to ${path.relative(process.cwd(), outFile)}`)
fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
