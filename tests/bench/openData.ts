/**
 * npm run bench:open-data — the open-data APIs at scale: an HSDS page of 100 services
 * (`/api/hsds/services?per_page=100`) and an RPDE page of 500 items
 * (`/api/feeds/session-series`), each p95 over pages spread through the whole list, on the
 * demo data grown to N activities (default 100,000). Targets (issue 16): HSDS ≤ 50 ms,
 * RPDE ≤ 100 ms. Time is the server's own (Payload's REST handler in this process, no network).
 *
 *   npm run bench:open-data               # N=100000 RUNS=100
 *   N=10000 RUNS=50 npm run bench:open-data
 *
 * A measurement: it prints the numbers and their ratio to the target and exits 0 either way.
 */
import path from 'node:path'

import { handleEndpoints } from 'payload'

import { seedDemoData } from '../../src/seed/seedDemoData'
import { seedReferenceData } from '../../src/seed/seedReferenceData'
import { startPayload } from '../helpers/payload'
import { log, stats, table } from './measure'
import { cloneActivities } from './openDataClone'

const N = Number(process.env.N ?? 100_000)
const RUNS = Number(process.env.RUNS ?? 100)
const TARGETS = { hsds: 50, rpde: 100 }

const t = await startPayload()
await seedReferenceData(t.payload)
await seedDemoData(t.payload)
const started = performance.now()
const total = await cloneActivities(path.join(t.dir, 'test.db'), N)
log(
  `Meedoen open data: ${total} activities (grown in ${Math.round(performance.now() - started)} ms), ${RUNS} pages each, node ${process.version}`,
)

const get = async (p: string) => {
  const begin = performance.now()
  const res = await handleEndpoints({
    config: t.payload.config,
    request: new Request(`http://localhost/api${p}`),
  })
  const body = (await res.json()) as Record<string, unknown>
  if (res.status !== 200) throw new Error(`${p}: ${res.status} ${JSON.stringify(body)}`)
  return { ms: performance.now() - begin, body }
}

/** Times RUNS pages after 10 warm-up reads; `pathFor(i)` picks the i-th page asked. */
const measure = async (pathFor: (i: number) => string) => {
  for (let i = 0; i < 10; i++) await get(pathFor(i))
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) times.push((await get(pathFor(i))).ms)
  return stats(times)
}

const first = await get('/hsds/services?per_page=100')
const pages = Number(first.body.total_pages)
const hsds = await measure((i) => `/hsds/services?per_page=100&page=${1 + ((i * 7919) % pages)}`)

const numbers = (
  await t.payload.find({
    collection: 'feed-items',
    sort: 'changeNumber',
    limit: 0,
    pagination: false,
    overrideAccess: true,
    depth: 0,
    select: { changeNumber: true },
  })
).docs.map((d) => d.changeNumber)
const items = (await get('/feeds/session-series')).body.items as unknown[]
if (items.length !== 500) throw new Error(`an RPDE page holds 500 items, this one ${items.length}`)
const rpde = await measure(
  (i) =>
    `/feeds/session-series?afterChangeNumber=${numbers[(i * 7919) % Math.max(1, numbers.length - 500)]}`,
)

table(
  ['page', 'items', 'p50 ms', 'p95 ms', 'max ms', 'target ms', 'p95 / target'],
  [
    [
      'HSDS services, 100 a page',
      100,
      hsds.p50,
      hsds.p95,
      hsds.max,
      TARGETS.hsds,
      (hsds.p95 / TARGETS.hsds).toFixed(2),
    ],
    [
      'RPDE session series, 500 a page',
      items.length,
      rpde.p50,
      rpde.p95,
      rpde.max,
      TARGETS.rpde,
      (rpde.p95 / TARGETS.rpde).toFixed(2),
    ],
  ],
)
log(`feed rows: ${numbers.length}; HSDS total_items: ${String(first.body.total_items)}`)
await t.stop()
process.exit(0)
