import { ftsPrefixGroup } from '../text'
import type { ListingKind, SearchQuery } from '../types'
import type { Tier, WordPlan } from '../understand/understand'
import type { ColumnCache } from './columns'
import { filterIds } from './filter'
import { HitSet } from './hitCache'
import type { textMatcher } from './textMatches'

/** The matches of a query's words, with for each matching row the best tier it matched at. */
export interface TieredHits {
  all: HitSet
  /** A matching row's tier, 0–3 (asked only for the rows a page is ordered from). */
  tierOf: (rowid: number) => Tier
  /** The FTS5 expression of every alternative (for bm25 ordering of the rest). */
  match: string
}

const TIERS: Tier[] = [0, 1, 2, 3]

/** Whether a word has a way to match that starts at this tier (text, kinds or themes). */
const addsAt = (p: WordPlan, tier: Tier) => [...p.alternatives, ...p.kinds, ...p.themes].some((a) => a.tier === tier)

/** Whether a word matches at tier 0 only as typed (its first alternative), as the plain text query does. */
const typedOnly = (p: WordPlan) => p.alternatives.filter((a) => a.tier === 0).length === 1 && p.alternatives[0]?.tier === 0

/** FTS5 for one word's alternatives up to a tier: any alternative, each all of its groups. */
export const ftsOfPlan = (plan: WordPlan, upTo: Tier): string =>
  plan.alternatives
    .filter((a) => a.tier <= upTo)
    // One group alone is written as the plain text query writes it, so both share cached answers.
    .map((a) => (a.groups.length === 1 ? ftsPrefixGroup(a.groups[0]!) : `(${a.groups.map(ftsPrefixGroup).join(' AND ')})`))
    .join(' OR ')

const facetRows = new WeakMap<ColumnCache, Map<string, HitSet>>()

/** The rows of these kinds or themes, from the column cache (a pass over it, no SQL; kept per index version). */
const rowsWith = (cache: ColumnCache, q: Pick<SearchQuery, 'kinds' | 'themes'>): HitSet => {
  let known = facetRows.get(cache)
  if (!known) facetRows.set(cache, (known = new Map()))
  const key = JSON.stringify([q.kinds ?? [], q.themes ?? []])
  const hit = known.get(key)
  if (hit && hit.version === cache.version && hit.top === cache.capacity - 1) return hit
  const ids = new Int32Array(cache.capacity)
  for (let id = 0; id < ids.length; id++) ids[id] = id
  const n = filterIds(q, cache, ids, ids.length)
  const rows = HitSet.of(ids.subarray(0, n), cache.capacity - 1, cache.version)
  if (known.size > 64) known.clear()
  known.set(key, rows)
  return rows
}

/**
 * A query's matches: each word must match by one of its alternatives; a row's tier is the
 * worst over the words of the best way each matched (a row where every word matched as typed
 * is tier 0, one that needed a synonym for some word tier 1, … a typo's correction tier 3).
 */
export const tieredMatches = async (texts: ReturnType<typeof textMatcher>, cache: ColumnCache, plans: WordPlan[]): Promise<TieredHits> => {
  const widens = (tier: Tier) => plans.some((p) => addsAt(p, tier) || p.optionalFrom === tier)
  const facets = plans.some((p) => p.kinds.length || p.themes.length || p.optionalFrom !== undefined)
  const sets: HitSet[] = []
  for (const tier of TIERS) {
    if (tier > 0 && !widens(tier)) sets.push(sets[tier - 1]!)
    // As typed: the plain text query (one FTS5 query, or the cached words intersected).
    else if (tier === 0 && !facets && plans.every(typedOnly)) sets.push(await texts.of(plans.map((p) => p.word).join(' ')))
    else if (tier === 0 && !facets) sets.push(await texts.match(plans.map((p) => wrap(ftsOfPlan(p, 0))).join(' AND ')))
    // Text alone: one FTS5 query for all words.
    else if (!facets) sets.push(await texts.match(plans.map((p) => wrap(ftsOfPlan(p, tier))).join(' AND ')))
    else sets.push(await perWord(texts, cache, plans, tier))
  }
  const [t0, t1, t2, all] = sets as [HitSet, HitSet, HitSet, HitSet]
  // Sets that did not widen are the same object: one test answers for them.
  const tierOf = (id: number): Tier => (t0 === all || t0.has(id) ? 0 : t1 === all || t1.has(id) ? 1 : t2 === all || t2.has(id) ? 2 : 3)
  return { all, tierOf, match: plans.map((p) => wrap(ftsOfPlan(p, 3))).join(' AND ') }
}

/** The FTS5 expressions a search for this word alone asks beyond the word as typed (for prewarming). */
export const widerKeys = (plan: WordPlan): string[] => {
  const facets = plan.kinds.length > 0 || plan.themes.length > 0
  return ([1, 2, 3] as const)
    .filter((tier) => addsAt(plan, tier))
    .map((tier) => (facets ? ftsOfPlan(plan, tier) : wrap(ftsOfPlan(plan, tier))))
}

const wrap = (expression: string) => (expression.includes(' OR ') ? `(${expression})` : expression)

/** Words whose meaning includes kinds or themes: each word's rows (text or facet), intersected. */
const perWord = async (texts: ReturnType<typeof textMatcher>, cache: ColumnCache, plans: WordPlan[], tier: Tier): Promise<HitSet> => {
  const version = cache.version
  let result: HitSet | null = null
  for (const plan of plans) {
    // A word that may be left out matches every row from its tier on.
    if (plan.optionalFrom !== undefined && plan.optionalFrom <= tier) continue
    const expression = ftsOfPlan(plan, tier)
    let hits = expression ? await texts.match(expression) : HitSet.of([], cache.capacity - 1, version)
    const kinds = plan.kinds.filter((k) => k.tier <= tier).flatMap((k) => k.kinds) as ListingKind[]
    if (kinds.length) hits = hits.or(rowsWith(cache, { kinds }), version)
    const themes = plan.themes.filter((t) => t.tier <= tier).flatMap((t) => t.ids)
    if (themes.length) hits = hits.or(rowsWith(cache, { themes }), version)
    result = result ? result.and(hits, version) : hits
  }
  return result ?? rowsWith(cache, {})
}
