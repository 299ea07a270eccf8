import type { SearchQuery } from '../types'
import type { Tier, WordPlan } from '../understand/understand'
import { filterIds } from './filter'
import { HitSet } from './hitSet'
import { scratchUint8 } from './scratch'
import type { ListingIndex } from './listings'
import type { textMatcher, WordMatch } from './textMatches'

/** The matches of a query's words, with for each matching listing the best tier it matched at. */
export interface TieredHits {
  all: HitSet
  /** The tier of each of these matching listings (ids ascending): one merge per tier, not a search per listing. */
  tiersOf: (sorted: Int32Array) => Uint8Array
  /** Whether every match is of tier 0 (no word widened). */
  single: boolean
  /** Every prefix any word may match by (for bm25 of the rest). */
  prefixes: string[]
}

const TIERS: Tier[] = [0, 1, 2, 3]

/** Whether a word has a way to match that starts at this tier (text, kinds or themes). */
const addsAt = (p: WordPlan, tier: Tier) =>
  [...p.alternatives, ...p.kinds, ...p.themes].some((a) => a.tier === tier)

/** One word's text alternatives up to a tier. */
const wordMatchOf = (plan: WordPlan, upTo: Tier): WordMatch =>
  plan.alternatives.filter((a) => a.tier <= upTo).map((a) => a.groups)

const facetRows = new WeakMap<ListingIndex, Map<string, HitSet>>()

/** The listings of these kinds or themes, from the columns (a pass over them; kept per index version). */
const rowsWith = (index: ListingIndex, q: Pick<SearchQuery, 'kinds' | 'themes'>): HitSet => {
  let known = facetRows.get(index)
  if (!known) facetRows.set(index, (known = new Map<string, HitSet>()))
  const key = JSON.stringify([q.kinds ?? [], q.themes ?? []])
  const hit = known.get(key)
  if (hit && hit.version === index.version && hit.top === index.capacity - 1) return hit
  const ids = new Int32Array(index.capacity)
  for (let id = 0; id < ids.length; id++) ids[id] = id
  const n = filterIds(q, index, ids, ids.length)
  const rows = HitSet.of(ids.subarray(0, n), index.capacity - 1, index.version)
  if (known.size > 64) known.clear()
  known.set(key, rows)
  return rows
}

/**
 * A query's matches: each word must match by one of its ways; a listing's tier is the worst
 * over the words of the best way each matched (a listing where every word matched as typed is
 * tier 0, one that needed a synonym for some word tier 1, … a typo's correction tier 3).
 */
export const tieredMatches = (
  texts: ReturnType<typeof textMatcher>,
  index: ListingIndex,
  plans: WordPlan[],
): TieredHits => {
  const widens = (tier: Tier) => plans.some((p) => addsAt(p, tier) || p.optionalFrom === tier)
  const sets: HitSet[] = []
  for (const tier of TIERS) {
    if (tier > 0 && !widens(tier)) sets.push(sets[tier - 1]!)
    else sets.push(matchesAt(texts, index, plans, tier))
  }
  const [t0, t1, t2, all] = sets as [HitSet, HitSet, HitSet, HitSet]
  const tiersOf = (sorted: Int32Array): Uint8Array => {
    const out = scratchUint8('tiers', sorted.length).fill(3)
    // From the widest tier down, so each listing ends at the best tier it is in; sets that did
    // not widen are the same object as `all`, which holds every match.
    for (const [tier, set] of [
      [2, t2],
      [1, t1],
      [0, t0],
    ] as const) {
      if (set === all) out.fill(tier)
      else set.markMembers(sorted, out, tier)
    }
    return out
  }
  const prefixes = new Set(plans.flatMap((p) => wordMatchOf(p, 3).flat(2)))
  return { all, tiersOf, single: t0 === all, prefixes: [...prefixes] }
}

/** What a search for this word alone gathers beyond the word as typed (for prewarming). */
export const widerKeys = (plan: WordPlan): WordMatch[] =>
  ([1, 2, 3] as const).filter((tier) => addsAt(plan, tier)).map((tier) => wordMatchOf(plan, tier))

/** The listings every word matches at this tier: by text, or by the kinds and themes it names. */
const matchesAt = (
  texts: ReturnType<typeof textMatcher>,
  index: ListingIndex,
  plans: WordPlan[],
  tier: Tier,
): HitSet => {
  const version = index.version
  const words: HitSet[] = []
  for (const plan of plans) {
    // A word that may be left out matches every listing from its tier on.
    if (plan.optionalFrom !== undefined && plan.optionalFrom <= tier) continue
    let hits = texts.word(wordMatchOf(plan, tier))
    const kinds = plan.kinds.filter((k) => k.tier <= tier).flatMap((k) => k.kinds)
    if (kinds.length) hits = hits.or(rowsWith(index, { kinds }), version)
    const themes = plan.themes.filter((t) => t.tier <= tier).flatMap((t) => t.ids)
    if (themes.length) hits = hits.or(rowsWith(index, { themes }), version)
    words.push(hits)
  }
  if (!words.length) return rowsWith(index, {})
  // Smallest first: each intersection is then at most that small.
  return words.sort((a, b) => a.count - b.count).reduce((a, b) => a.and(b, version))
}
