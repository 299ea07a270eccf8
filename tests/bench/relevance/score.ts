/** Scoring for the relevance benchmark: recall@k and MRR per query and class, and the MiniSearch baseline. */
import MiniSearch from 'minisearch'

import type { IndexDoc } from '../../../src/lib/search/types'
import { fold } from './synthetic'
import { type JudgedQuery, QUERY_CLASSES, type QueryClass, TARGETS } from './types'

export const K = 20

/** A full-text engine as far as this benchmark cares: a text in, slugs out, best first. */
export type Searcher = (text: string, locale: 'nl' | 'en') => Promise<string[]>

interface Score {
  recall: number
  mrr: number
  /** 1-based rank of the first relevant hit in the top K, or null. */
  firstRank: number | null
  missing: string[]
  top: string[]
}

const score = (relevant: readonly string[], hits: readonly string[]): Score => {
  const top = hits.slice(0, K)
  const found = relevant.filter((s) => top.includes(s))
  const first = top.findIndex((s) => relevant.includes(s))
  return {
    recall: relevant.length ? found.length / relevant.length : 0,
    mrr: first >= 0 ? 1 / (first + 1) : 0,
    firstRank: first >= 0 ? first + 1 : null,
    missing: relevant.filter((s) => !top.includes(s)),
    top: top.slice(0, 5),
  }
}

export interface Mean {
  n: number
  recall: number
  mrr: number
}
const round = (x: number) => Math.round(x * 1000) / 1000
const mean = (scores: Score[]): Mean => ({
  n: scores.length,
  recall: round(scores.reduce((a, s) => a + s.recall, 0) / Math.max(1, scores.length)),
  mrr: round(scores.reduce((a, s) => a + s.mrr, 0) / Math.max(1, scores.length)),
})
export const passes = (m: Mean) => m.recall >= TARGETS.recall && m.mrr >= TARGETS.mrr

export interface Evaluated {
  query: JudgedQuery
  scores: Record<string, Score>
}

/** Runs every query through every searcher (one at a time: engines share the two cores). */
export const evaluate = async (
  queries: JudgedQuery[],
  searchers: Record<string, Searcher>,
): Promise<Evaluated[]> => {
  const out: Evaluated[] = []
  for (const query of queries) {
    const scores: Record<string, Score> = {}
    for (const [name, search] of Object.entries(searchers))
      scores[name] = score(query.relevant, await search(query.text, query.locale))
    out.push({ query, scores })
  }
  return out
}

/** Means per class (in QUERY_CLASSES order, classes without queries left out) and overall (over all queries). */
export const byClass = (
  rows: Evaluated[],
  engine: string,
): { cls: QueryClass | 'all'; mean: Mean }[] => [
  ...QUERY_CLASSES.map((cls) => ({
    cls,
    mean: mean(rows.filter((r) => r.query.class === cls).map((r) => r.scores[engine]!)),
  })).filter((c) => c.mean.n > 0),
  { cls: 'all' as const, mean: mean(rows.map((r) => r.scores[engine]!)) },
]

/**
 * MiniSearch as a developer would set it up: title (boost 3), summary (boost 2) and body, terms
 * lower-cased and without accents, fuzzy 0.2, prefix search, all words required (`AND`); the
 * `OR` variant searches the same index with any word.
 */
export const miniSearchers = (docs: IndexDoc[]): { and: Searcher; or: Searcher } => {
  const index = new MiniSearch<IndexDoc & { key: string }>({
    idField: 'key',
    fields: ['title', 'summary', 'body'],
    storeFields: ['slug'],
    processTerm: (term) => fold(term),
    searchOptions: {
      boost: { title: 3, summary: 2 },
      fuzzy: 0.2,
      prefix: true,
      combineWith: 'AND',
    },
  })
  index.addAll(docs.map((d) => ({ ...d, key: `${d.collection}:${d.id}` })))
  const run =
    (combineWith: 'AND' | 'OR'): Searcher =>
    (text) =>
      Promise.resolve(
        index
          .search(text, { combineWith })
          .slice(0, K)
          .map((r) => String(r.slug)),
      )
  return { and: run('AND'), or: run('OR') }
}
