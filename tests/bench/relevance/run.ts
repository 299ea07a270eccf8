/**
 * npm run bench:relevance — how well search finds what residents mean, on judged queries.
 *
 *   npm run bench:relevance                  # demo data + 5,000 synthetic listings
 *   npm run bench:relevance -- N=20000       # a larger synthetic set
 *   npm run bench:relevance -- --check       # exit 1 when a class misses a target
 *
 * Demo: Payload on a temporary SQLite database with the demo seed, indexed as in production
 * (the plugin's save hooks, then ensureSearchIndex), searched through the engine the plugin
 * registered (searchEngineFor). Synthetic: the same engine after its index is rebuilt with
 * generated listings through the plugin's rebuild writer. Each query asks for the first 20 by
 * relevance; recall@20 and MRR per class, against MiniSearch (AND and OR) on the same texts.
 * Writes tests/bench/results/relevance-<date>.json. A measurement: exit 0 unless --check.
 *
 * Longer than 200 lines because it is one benchmark script run top to bottom: the demo and
 * synthetic runs share one started Payload and engine, and the report compares them.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import type { IndexDoc, SearchEngine } from '../../../src/lib/search/types'
import type { Activity, Opening } from '../../../src/payload-types'
import { startPayload } from '../../helpers/payload'
import { log, table } from '../measure'
import {
  checkSynthetic,
  DEMO_QUERIES,
  type JudgedQuery,
  syntheticRelevanceSet,
  TARGETS,
} from './queries'
import { byClass, type Evaluated, evaluate, K, miniSearchers, passes, type Searcher } from './score'

const argv = Object.fromEntries(
  process.argv
    .slice(2)
    .map((a) => a.replace(/^--/, '').split('='))
    .map(([k, v]) => [k!.toUpperCase(), v ?? '']),
)
const CHECK = 'CHECK' in argv
const N = Number(argv.N ?? process.env.N ?? 5000)
const WORST = Number(argv.WORST ?? process.env.WORST ?? 60)
const ENGINES = { ours: 'ours', and: 'MiniSearch', or: 'MiniSearch OR' } as const
const started = performance.now()
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`

log(
  `relevance benchmark: ${DEMO_QUERIES.length} judged demo queries, synthetic N=${N}, top ${K} (node ${process.version}, ${os.cpus().length} cpus)`,
)

// ---------------------------------------------------------------- demo data, as production indexes it
const t = await startPayload()
const payload: Payload = t.payload
const { seedReferenceData } = await import('../../../src/seed/seedReferenceData')
const { seedDemoData } = await import('../../../src/seed/seedDemoData')
const { ensureSearchIndex, publicSchoolHolidays } =
  await import('../../../plugins/directory/search/indexListings')
const { countIndexed, searchStoreFor, searchEngineFor } =
  await import('../../../plugins/directory/search/backend')
const { sqlExecutor } = await import('../../../src/db/sqlExecutor')
const { activityToIndexDoc, openingToIndexDoc } = await import('../../../src/lib/search/toIndexDoc')
await seedReferenceData(payload)
await seedDemoData(payload)
await ensureSearchIndex(payload)
const engine: SearchEngine | null = searchEngineFor(payload)
if (!engine) throw new Error('no search engine registered for this database')
await engine.ready?.()

/** What the index holds, for MiniSearch: the public listings as an anonymous reader gets them, as reindexAll reads them. */
const demoDocs = async (): Promise<IndexDoc[]> => {
  const holidays = await publicSchoolHolidays(payload)
  const now = new Date()
  const read = async (collection: 'activities' | 'openings') =>
    (
      await payload.find({
        collection,
        depth: 1,
        pagination: false,
        overrideAccess: false,
        user: null,
        sort: 'id',
      })
    ).docs
  return [
    ...(await read('activities')).map((a) => activityToIndexDoc(a as Activity, now, holidays)),
    ...(await read('openings')).map((o) => openingToIndexDoc(o as Opening)),
  ]
}
const demo = await demoDocs()
const indexed = await countIndexed(payload)
if (indexed !== demo.length)
  throw new Error(`the index holds ${indexed} listings, the public ${demo.length}`)
log(`demo: ${demo.length} public listings indexed (${elapsed()})`)

const ours: Searcher = async (text, locale) =>
  (await engine.search({ text, locale, pageSize: K, sort: 'relevance' })).hits.map(
    (h) => h.slug ?? `${h.collection}:${h.id}`,
  )
const searchersFor = (docs: IndexDoc[]) => {
  const ms = miniSearchers(docs)
  return { ours, and: ms.and, or: ms.or }
}
const demoRows = await evaluate(DEMO_QUERIES, searchersFor(demo))

// ---------------------------------------------------------------- synthetic, through the plugin's rebuild writer
const synthetic = syntheticRelevanceSet(N)
const problems = checkSynthetic(synthetic)
if (problems.length) throw new Error(`synthetic set is not clean:\n${problems.join('\n')}`)
const writer = searchStoreFor(payload)!
const sql = sqlExecutor(payload)
await writer.clear()
for (let i = 0; i < synthetic.docs.length; i += 1000) {
  await sql.run('BEGIN')
  for (const doc of synthetic.docs.slice(i, i + 1000)) await writer.upsert(doc)
  await sql.run('COMMIT')
}
await engine.ready?.()
log(
  `synthetic: ${synthetic.docs.length} listings indexed, ${synthetic.queries.length} queries (${elapsed()})`,
)
const syntheticRows = await evaluate(synthetic.queries, searchersFor(synthetic.docs))

// ---------------------------------------------------------------- report
const fmt = (x: number) => x.toFixed(2)
const report = (
  name: string,
  rows: Evaluated[],
  docs: IndexDoc[],
  labels: Record<string, string> = {},
) => {
  const title = new Map(docs.map((d) => [d.slug, labels[d.slug!] ?? d.title]))
  const per = Object.fromEntries(Object.keys(ENGINES).map((e) => [e, byClass(rows, e)]))
  log(
    `\n${name}: ${docs.length} listings, ${rows.length} queries; targets per class: recall@${K} ≥ ${TARGETS.recall}, MRR ≥ ${TARGETS.mrr} (ours)`,
  )
  table(
    [
      'class',
      'n',
      'ours R@20',
      'ours MRR',
      'MiniSearch R@20',
      'MiniSearch MRR',
      'MS OR R@20',
      'MS OR MRR',
      'target',
    ],
    per.ours!.map((c, i) => [
      c.cls,
      c.mean.n,
      fmt(c.mean.recall),
      fmt(c.mean.mrr),
      fmt(per.and![i]!.mean.recall),
      fmt(per.and![i]!.mean.mrr),
      fmt(per.or![i]!.mean.recall),
      fmt(per.or![i]!.mean.mrr),
      passes(c.mean) ? 'PASS' : 'FAIL',
    ]),
  )
  const worst = rows
    .filter((r) => r.scores.ours!.recall < 1)
    .sort(
      (a, b) =>
        a.scores.ours!.recall - b.scores.ours!.recall || a.scores.ours!.mrr - b.scores.ours!.mrr,
    )
  log(
    `\n${name}, worst queries (ours recall < 1: ${worst.length} of ${rows.length}${worst.length > WORST ? `, first ${WORST} shown` : ''}):`,
  )
  for (const r of worst.slice(0, WORST)) {
    const s = r.scores.ours!
    const missing =
      s.missing
        .slice(0, 4)
        .map((m) => title.get(m) ?? m)
        .join('; ') + (s.missing.length > 4 ? `; +${s.missing.length - 4}` : '')
    log(
      `  [${r.query.class}] "${r.query.text}"${r.query.locale === 'en' ? ' (en)' : ''}: recall ${fmt(s.recall)}, first relevant ${s.firstRank ?? '-'}; missing ${s.missing.length}/${r.query.relevant.length}: ${missing}`,
    )
  }
  return {
    listings: docs.length,
    classes: Object.fromEntries(
      per.ours!.map((c, i) => [
        c.cls,
        {
          n: c.mean.n,
          pass: passes(c.mean),
          ...Object.fromEntries(
            Object.keys(ENGINES).map((e) => [
              e,
              { recall: per[e]![i]!.mean.recall, mrr: per[e]![i]!.mean.mrr },
            ]),
          ),
        },
      ]),
    ),
    queries: rows.map((r) => ({
      ...(r.query satisfies JudgedQuery),
      relevant: r.query.relevant.length,
      ...Object.fromEntries(
        Object.entries(r.scores).map(([e, s]) => [
          e,
          e === 'ours' ? s : { recall: s.recall, mrr: s.mrr, firstRank: s.firstRank },
        ]),
      ),
    })),
  }
}
const results = {
  demo: report('demo', demoRows, demo),
  synthetic: report(`synthetic (N=${N})`, syntheticRows, synthetic.docs, synthetic.labels),
}
const failed = Object.entries(results).flatMap(([set, r]) =>
  Object.entries(r.classes)
    .filter(([cls, c]) => cls !== 'all' && !c.pass)
    .map(([cls]) => `${set}/${cls}`),
)
log(
  `\n${failed.length ? `targets missed: ${failed.join(', ')}` : 'all targets met'} (${elapsed()})`,
)

/** Which engine was measured: the commit, and the engine files changed in the working tree (BENCH_COMMIT when not in a git checkout). */
const git = (...args: string[]) => {
  try {
    return execFileSync('git', args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    return null
  }
}
const commit = process.env.BENCH_COMMIT ?? git('rev-parse', '--short', 'HEAD')
const engineChanges =
  git('status', '--porcelain', '--', 'src/lib/search', 'plugins/directory/search')
    ?.split('\n')
    .filter(Boolean) ?? null
const out = path.resolve(
  'tests/bench/results',
  `relevance-${new Date().toISOString().slice(0, 10)}.json`,
)
fs.writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), commit, engineChanges, node: process.version, engine: engine.name, k: K, targets: TARGETS, syntheticN: N, engines: ENGINES, ...results }, null, 1)}\n`,
)
log(
  `engine '${engine.name}' at ${commit ?? 'unknown commit'}${engineChanges?.length ? ` + ${engineChanges.length} uncommitted engine files` : ''}; written to ${path.relative(process.cwd(), out)}`,
)
await t.stop()
process.exit(CHECK && failed.length ? 1 : 0)
