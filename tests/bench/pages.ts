/**
 * npm run bench:pages — the public site's budgets on the demo data:
 * server render time per page type (the Server-Timing the page reports: data loading plus
 * React rendering; the full loopback round trip is shown beside it), and the bytes a phone
 * downloads (gzip) for the results page.
 * Budgets (issue 5): JS ≤ 15 KB and HTML ≤ 40 KB gzipped on the results page; render p95 ≤ 20 ms.
 */
import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { startWebServer } from '../helpers/webServer'
import { log, round, stats, table } from './measure'

const RUNS = Number(process.env.BENCH_RUNS ?? 200)
const PAGES: [string, string][] = [
  ['home', '/'],
  ['results: near a postcode', '/zoeken?postcode=9751AB&radius=10'],
  ['results: free + walk-in nearby', '/zoeken?postcode=9751AB&free=true&walkIn=true'],
  ['results: text', '/zoeken?q=koffie'],
  ['results: browse all (page 2)', '/zoeken?page=2'],
  ['results: English', '/en/search?q=taal&day=2'],
  ['activity', '/activiteit/koffieochtend-in-de-dilgt'],
  ['opening', '/plek/participatieplek-in-de-werkplaats'],
  ['venue', '/locatie/huis-van-de-wijk-de-dilgt'],
  ['organisation', '/organisatie/welzijn-haren'],
]
/** Downloads, not pages: measured and shown, but outside the page render budget. */
const FILES: [string, string][] = [
  ['activity .ics (a year of dates)', '/activiteit/koffieochtend-in-de-dilgt.ics'],
  ['organisation .ics feed', '/organisatie/welzijn-haren.ics'],
  ['sitemap.xml', '/sitemap.xml'],
]

const server = await startWebServer()
const get = async (p: string) => {
  const res = await fetch(`${server.url}${p}`, { headers: { 'accept-encoding': 'identity' } })
  return Buffer.from(await res.arrayBuffer())
}
/** The server's own time for a page (Server-Timing: data + render), and the whole round trip. */
const timed = async (p: string): Promise<{ server: number | null; roundTrip: number }> => {
  const t = performance.now()
  const res = await fetch(`${server.url}${p}`, { headers: { 'accept-encoding': 'identity' } })
  await res.arrayBuffer()
  const roundTrip = performance.now() - t
  const dur = /dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')
  return { server: dur ? Number(dur[1]) : null, roundTrip }
}

log(`Meedoen public pages, ${RUNS} requests per page, demo data, node ${process.version}`)
const rows: (string | number)[][] = []
const all: number[] = []
const perPage: Record<string, ReturnType<typeof stats>> = {}
const measure = async (name: string, p: string) => {
  for (let i = 0; i < 20; i++) await get(p) // warm-up: JIT, SQLite page cache, asset build
  const server: number[] = []
  const trips: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const { server: s, roundTrip } = await timed(p)
    if (s !== null) server.push(s)
    trips.push(roundTrip)
  }
  const s = stats(server.length ? server : trips)
  const r = stats(trips)
  perPage[name] = s
  rows.push([name, s.p50, s.p95, s.p99, r.p50, r.p95])
  return server.length ? server : trips
}
for (const [name, p] of PAGES) all.push(...(await measure(name, p)))
const overall = stats(all)
rows.push(['ALL PAGES', overall.p50, overall.p95, overall.p99, '', ''])
for (const [name, p] of FILES) await measure(name, p)
table(
  ['page (ms)', 'server p50', 'server p95', 'server p99', 'round trip p50', 'round trip p95'],
  rows,
)
log(
  'server = Server-Timing (data + React render); round trip = fetch in the same process, loopback, no gzip',
)

const resultsHtml = await get('/zoeken?postcode=9751AB&radius=25')
const scripts = [...resultsHtml.toString().matchAll(/<script type="module" src="([^"]+)"/g)].map(
  (m) => m[1]!,
)
const css = [
  ...resultsHtml.toString().matchAll(/<link rel="stylesheet" href="(\/assets\/[^"]+)"/g),
].map((m) => m[1]!)
const gz = async (urls: string[]) => {
  let n = 0
  for (const u of urls) n += gzipSync(await get(u)).length
  return n
}
const jsBytes = await gz(scripts)
const htmlBytes = gzipSync(resultsHtml).length
const cssBytes = await gz(css)
const leafletChunk = (await import('../../src/web/assets/buildAssets')).getAssets()
const assets = await leafletChunk
const mapOnly =
  [...assets.files.entries()]
    .filter(([u]) => /chunk-.*\.js$/.test(u))
    .reduce((n, [, a]) => n + a.gzipBytes, 0) + assets.files.get(assets.urls.leafletCss)!.gzipBytes

const KB = 1024
log('')
table(
  ['results page, gzipped', 'KB', 'budget', 'ok'],
  [
    ['JavaScript (3 islands)', round(jsBytes / KB, 1), 15, jsBytes <= 15 * KB ? 'yes' : 'NO'],
    ['HTML (20 results)', round(htmlBytes / KB, 1), 40, htmlBytes <= 40 * KB ? 'yes' : 'NO'],
    ['CSS', round(cssBytes / KB, 1), '-', '-'],
    ['Leaflet + its CSS (only when the map opens)', round(mapOnly / KB, 1), '-', '-'],
  ],
)
log(
  `\nserver render p95 over all pages: ${overall.p95} ms (budget 20 ms): ${overall.p95 <= 20 ? 'ok' : 'OVER BUDGET'}`,
)

const out = path.resolve(
  'tests/bench/results',
  `pages-${new Date().toISOString().slice(0, 10)}.json`,
)
fs.writeFileSync(
  out,
  JSON.stringify(
    {
      runs: RUNS,
      perPage,
      overall,
      bytes: { js: jsBytes, html: htmlBytes, css: cssBytes, mapOnly },
    },
    null,
    2,
  ),
)
log(`written to ${path.relative(process.cwd(), out)}`)
await server.stop()
process.exit(0)
