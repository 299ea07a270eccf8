import type { HitSet } from './hitSet'
import type { TieredHits } from './tieredMatches'
import type { ListingIndex } from './listings'
import type { Matches } from './scan'
import { scratchInt32, scratchUint8 } from './scratch'
import { topK } from './topK'

/** Up to this many text matches, the rest is ordered by bm25 (cheap for small sets). */
export const BM25_LIMIT = 2000

/**
 * Relevance: listings with more of the query words in their title come first (each word as
 * typed or as its stem, as the start of a title word) — so a title with every word leads;
 * then words as typed before stem-only matches ("breien" in "Breien bij …" above "Breicafé",
 * which only shares the stem "brei"); then shorter titles. The rest (no query word in the
 * title) follows by bm25 (title 10, summary 4, description 1) when the text matched few
 * enough rows for that to be cheap, else in index order — and only when the page reaches
 * past the title matches. Only as much is ordered as the page needs. Returns positions.
 */
export const rankedPage = (
  index: ListingIndex,
  tiered: TieredHits,
  m: Matches,
  lengths: Uint8Array,
  end: number,
  bm25Limit: number,
): number[] => {
  const { ids, titled, words, typed, meant } = m
  const { all: text, prefixes, single } = tiered
  // Each match's tier (by position), unless all are of tier 0.
  const tierAt = single ? null : tiered.tiersOf(ids.subarray(0, m.count))
  // bm25 costs what the whole text match costs, whatever the filters leave: only for few matches.
  const small = text.count <= bm25Limit
  const bm25 = (): Map<number, number> => (text.bm25 ??= bm25Order(index, prefixes, text))
  const titledTier = scratchUint8('rank.titledTier', titled.length).fill(0)
  if (tierAt) for (let i = 0; i < titled.length; i++) titledTier[i] = tierAt[titled[i]!]!
  const rest = restByTier(m, end, small ? bm25() : null, tierAt)
  // Tier by tier (as typed, understood, half a compound, corrected): the title matches first, then the rest.
  const out: number[] = []
  const inTier = scratchInt32('rank.inTier', titled.length)
  for (const tier of [0, 1, 2, 3]) {
    let n = 0
    for (let i = 0; i < titled.length; i++) if (titledTier[i] === tier) inTier[n++] = i
    // Beyond the words as typed, a title word that is only a synonym says less than bm25 over all fields.
    const order = tier > 0 && small && n > 1 ? bm25() : null
    const rankOf = (i: number) => order?.get(ids[titled[i]!]!) ?? Infinity
    const sorted = topK(n, end - out.length, (x, y) => {
      const a = inTier[x]!
      const b = inTier[y]!
      return (
        words[b]! - words[a]! ||
        typed[b]! - typed[a]! ||
        rankOf(a) - rankOf(b) ||
        meant[b]! - meant[a]! ||
        lengths[ids[titled[a]!]!]! - lengths[ids[titled[b]!]!]! ||
        a - b
      )
    })
    for (const i of sorted) out.push(titled[inTier[i]!]!)
    if (out.length >= end) return out
    out.push(...rest[tier]!.slice(0, end - out.length))
    if (out.length >= end) return out
  }
  return out
}

/** The bm25 order (title 10, summary 4, description 1) of a text's matches: id → place. */
const bm25Order = (
  index: ListingIndex,
  prefixes: string[],
  matched: HitSet,
): Map<number, number> => {
  const scores = index.text.scores(prefixes, matched)
  const ids = [...scores.keys()].sort((a, b) => scores.get(b)! - scores.get(a)! || a - b)
  return new Map(ids.map((id, place) => [id, place]))
}

/**
 * The matches without a query word in the title, per tier: by bm25 when known (all of them,
 * few), else in index order and only as many as a page can take — one pass, which stops once
 * the words as typed alone fill the page.
 */
const restByTier = (
  m: Matches,
  want: number,
  order: Map<number, number> | null,
  tierAt: Uint8Array | null,
): number[][] => {
  const { ids, titled } = m
  const rest: number[][] = [[], [], [], []]
  for (let pos = 0, t = 0; pos < m.count; pos++) {
    if (titled[t] === pos) {
      t++
      continue
    }
    const bucket = rest[tierAt ? tierAt[pos]! : 0]!
    if (order || bucket.length < want) bucket.push(pos)
    if (!order && rest[0]!.length >= want) break
  }
  if (order)
    for (const r of rest)
      if (r.length > 1)
        r.sort(
          (a, b) => (order.get(ids[a]!) ?? Infinity) - (order.get(ids[b]!) ?? Infinity) || a - b,
        )
  return rest
}
