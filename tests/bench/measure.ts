/** Measuring helpers of the search benchmark: percentiles, tables, memory, timed runs, profiling. */
import fs from 'node:fs'

import type { SearchStore } from '../../src/lib/search/store/types'
import type { SearchQuery } from '../../src/lib/search/types'
import { type BenchQuery, GROUPS } from './queries'

export const MiB = 1024 * 1024
export const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d
export const log = (msg: string) => process.stdout.write(`${msg}\n`)

export interface Stats {
  n: number
  mean: number
  p50: number
  p95: number
  p99: number
  max: number
}
/** Nearest-rank percentiles. */
export const stats = (values: number[]): Stats => {
  const s = [...values].sort((a, b) => a - b)
  const at = (p: number) =>
    s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]! : NaN
  return {
    n: s.length,
    mean: round(s.reduce((a, b) => a + b, 0) / Math.max(1, s.length)),
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    max: round(at(100)),
  }
}

export const table = (head: string[], rows: (string | number)[][]) => {
  const cells = [head, ...rows.map((r) => r.map(String))]
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)))
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  log(line(cells[0]!))
  log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const r of cells.slice(1)) log(line(r))
}

/** Peak RSS and heap, sampled every 50 ms and whenever `take()` is called. */
export const memorySampler = () => {
  let rss = 0
  let heapUsed = 0
  const take = () => {
    const m = process.memoryUsage()
    rss = Math.max(rss, m.rss)
    heapUsed = Math.max(heapUsed, m.heapUsed)
  }
  take()
  const timer = setInterval(take, 50)
  return {
    take,
    stop: () => {
      clearInterval(timer)
      take()
      return { peakRssMiB: round(rss / MiB, 1), peakHeapUsedMiB: round(heapUsed / MiB, 1) }
    },
  }
}

export const fileBytes = (file: string) =>
  ['', '-wal', '-shm'].reduce(
    (sum, ext) => sum + (fs.existsSync(file + ext) ? fs.statSync(file + ext).size : 0),
    0,
  )

export interface Timed {
  ms: number
  total: number
}

export const runMix = async (
  mix: BenchQuery[],
  run: (q: SearchQuery) => Promise<number>,
  tick?: () => void,
): Promise<Timed[]> => {
  const out: Timed[] = []
  for (const { query } of mix) {
    const t = performance.now()
    const total = await run(query)
    out.push({ ms: performance.now() - t, total })
    tick?.()
  }
  return out
}

export const groupStats = (mix: BenchQuery[], timed: Timed[]) => ({
  overall: stats(timed.map((t) => t.ms)),
  groups: Object.fromEntries(
    GROUPS.map((g) => [g, stats(timed.filter((_, i) => mix[i]!.group === g).map((t) => t.ms))]),
  ) as Record<(typeof GROUPS)[number], Stats>,
})

export const STEPS = ['sync', 'page'] as const

/** The store with the time and rows of each call added to `account()`: catching up (head, changes) and reading the page. */
export const timedStore = (
  base: SearchStore,
  account: () => Record<string, { ms: number; rows: number }>,
): SearchStore => {
  const timed =
    <A extends unknown[], R>(step: (typeof STEPS)[number], fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const t = performance.now()
      const out = await fn(...args)
      const s = (account()[step] ??= { ms: 0, rows: 0 })
      s.ms += performance.now() - t
      s.rows += Array.isArray(out) ? out.length : 1
      return out
    }
  return {
    ...base,
    head: timed('sync', base.head.bind(base)),
    changes: timed('sync', base.changes.bind(base)),
    read: timed('page', base.read.bind(base)),
  }
}
