import { boundingBox } from '../geo'
import type { QueryTerm } from '../snippet'
import type { FacetCounts, SearchQuery } from '../types'
import { facetTally } from './facets'
import { filterIds } from './filter'
import { gridOf } from './grid'
import { keepInBox, keepInRadius } from './radius'
import { scratchFloat64, scratchInt32, scratchUint8 } from './scratch'
import type { HitSet } from './hitSet'
import type { ListingIndex } from './listings'

const popcount = (x: number) => {
  let bits = x
  let n = 0
  while (bits) {
    bits &= bits - 1
    n++
  }
  return n
}

/**
 * Per-id marks of the title tiers, reused by every search (only while it runs synchronously).
 * A mark counts only when stamped with the current search's epoch, so nothing is cleared
 * between searches (clearing three arrays of a million ids cost more than the marking).
 */
let scratch = {
  any: new Uint32Array(0),
  typed: new Uint32Array(0),
  meant: new Uint32Array(0),
  epochOf: new Uint32Array(0),
}
let epoch = 0

/**
 * The title tiers of relevance for the rows `ids[0 … count−1]`: the positions whose title has
 * a query word — as typed or its stem, or another way the word is understood (a synonym, a
 * compound), at the start of a title word — with per such position how many query words its
 * title has as typed or stem, how many of those as typed, and how many only as understood.
 * Marked through the title lists, so only rows with matching title words are touched.
 */
const titleTiers = (
  queryTerms: QueryTerm[],
  cache: ListingIndex,
  ids: Int32Array,
  count: number,
) => {
  const terms = queryTerms.slice(0, 30)
  const size = cache.capacity
  if (scratch.any.length < size)
    scratch = {
      any: new Uint32Array(size),
      typed: new Uint32Array(size),
      meant: new Uint32Array(size),
      epochOf: new Uint32Array(size),
    }
  const { any, typed, meant, epochOf } = scratch
  if (++epoch === 0xffffffff) {
    epochOf.fill(0)
    epoch = 1
  }
  const mark = (marks: Uint32Array, bit: number) => (id: number) => {
    if (epochOf[id] !== epoch) {
      epochOf[id] = epoch
      any[id] = typed[id] = meant[id] = 0
    }
    marks[id]! |= bit
  }
  terms.forEach((t, i) => {
    const bit = 1 << i
    for (const p of t.prefixes) cache.text.forTitlePrefix(p, mark(any, bit))
    cache.text.forTitlePrefix(t.word, mark(typed, bit))
    for (const p of (t.meant ?? []).slice(0, 64)) cache.text.forTitlePrefix(p, mark(meant, bit))
  })
  // Typed arrays filled in plain loops: at half a million titled rows `Array.from` with a callback cost several times more.
  const buffer = scratchInt32('titled', count)
  let n = 0
  for (let i = 0; i < count; i++) {
    const id = ids[i]!
    if (epochOf[id] === epoch && (any[id]! | meant[id]!) !== 0) buffer[n++] = i
  }
  const titled = buffer.subarray(0, n)
  const words = scratchUint8('titled.words', n)
  const typedWords = scratchUint8('titled.typed', n)
  const meantWords = scratchUint8('titled.meant', n)
  for (let k = 0; k < n; k++) {
    const id = ids[titled[k]!]!
    const a = any[id]!
    words[k] = popcount(a)
    typedWords[k] = popcount(typed[id]!)
    meantWords[k] = popcount(meant[id]! & ~a)
  }
  return { titled, words, typed: typedWords, meant: meantWords }
}

/** A search's matches. Its arrays are scratch (see scratch.ts): valid until the search's next `await`. */
export interface Matches {
  /** The matching rowids in ascending order (the first `count`); positions below index these. */
  ids: Int32Array
  count: number
  /** Kilometres from `near` per position, when the query has one. */
  km: Float64Array | null
  /** Positions (ascending) whose title has a query word, when ordering by relevance. */
  titled: Int32Array
  /** Per entry of `titled`: how many query words its title has, how many of them as typed, how many only as understood. */
  words: Uint8Array
  typed: Uint8Array
  meant: Uint8Array
  facets: FacetCounts
  /** When the first match stops being visible (ms; perhaps a little early, never late). */
  expires: number
}

/**
 * The matching rows of a query: the candidates (the text's matches, the radius's box, or every
 * row), then the attribute filters, the exact radius, the title tier and the facet counts,
 * each a tight loop over typed arrays (row objects are not touched).
 */
export const collectMatches = (
  cache: ListingIndex,
  q: SearchQuery,
  text: HitSet | null,
  relevance: boolean,
  terms: QueryTerm[] = [],
): Matches => {
  const { lat, lon } = cache.columns
  const capacity = cache.capacity
  const near = q.near
  const box = near ? boundingBox(near) : null
  const grid = box ? gridOf(cache.columns) : null
  // The candidates' ids, ascending; each step below then compacts them in place. Near a place
  // the grid gives the listings in the radius's box — unless the text's matches are fewer.
  const inBox = grid?.cellsIn(box!, capacity) ?? null
  const fromGrid = inBox !== null && inBox.listings < (text ? text.count : Infinity)
  const ids = scratchInt32(
    'ids',
    fromGrid ? inBox.listings : text ? Math.min(capacity, text.count) : capacity,
  )
  let count = 0
  if (fromGrid) count = grid!.collect(inBox, capacity, ids, text ? (id) => text.has(id) : undefined)
  else {
    if (text) count = text.writeIds(ids, capacity)
    else for (let id = 0; id < capacity; id++) ids[count++] = id
    if (box) count = keepInBox(box, lat, lon, ids, count)
  }

  const expiry = { at: Infinity }
  count = filterIds(q, cache, ids, count, expiry)

  let km: Float64Array | null = null
  if (near) {
    km = scratchFloat64('km', count)
    count = keepInRadius(near, lat, lon, ids, count, km)
  }

  const tiers =
    text && relevance
      ? titleTiers(terms, cache, ids, count)
      : {
          titled: new Int32Array(0),
          words: new Uint8Array(0),
          typed: new Uint8Array(0),
          meant: new Uint8Array(0),
        }

  const tally = facetTally(cache)
  tally.addAll(ids, count)
  return { ids, count, km, ...tiers, facets: tally.result(), expires: expiry.at }
}
