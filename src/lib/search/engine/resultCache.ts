import type { FacetCounts, SearchQuery } from '../types'
import type { ListingIndex } from './listings'
import type { Matches } from './scan'

/** What a search answered, small whatever the number of matches: the counts and the order as far as a page needed it. */
export interface KeptResult {
  total: number
  facets: FacetCounts
  /** The ids in result order, the first `order.length` of them (all when `complete`). */
  order: Int32Array
  /** Their distances, when the search has a place. */
  km: Float64Array | null
  complete: boolean
  version: number
  /** When the first listing among the matches stops being visible (ms): stale from then. */
  expires: number
}

/** The query as a key, without what only picks the page. */
export const resultKey = (q: SearchQuery): string =>
  JSON.stringify({ ...q, page: undefined, pageSize: undefined })

/**
 * Recent searches' counts and order, so the next page of a search, or a search many residents
 * make ("koffie" near the same postcode), does not pass over every match again — for a word in
 * most listings that pass is most of the time. The matches themselves are not kept (at a
 * million listings keeping them made the garbage collector cost more than the passes saved).
 * An entry answers only for the index version it was made at and only until the first of its
 * listings stops being visible. Least recently used entries go first.
 */
export class ResultCache {
  private readonly entries = new Map<string, KeptResult>()

  constructor(private readonly max = 256) {}

  /** The kept answer when it is current and reaches position `end`. */
  get(key: string, index: ListingIndex, end: number): KeptResult | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key)
    if (entry.version !== index.version || entry.expires <= Date.now()) return undefined
    this.entries.set(key, entry)
    return entry.complete || entry.order.length >= end ? entry : undefined
  }

  /** Keeps a search's answer: its matches' counts, and the matches at `ordered` (positions) in that order. */
  set(key: string, index: ListingIndex, m: Matches, ordered: number[]) {
    if (this.max === 0) return
    const km = m.km
    this.entries.delete(key)
    this.entries.set(key, {
      total: m.count,
      facets: m.facets,
      order: Int32Array.from(ordered, (pos) => m.ids[pos]!),
      km: km ? Float64Array.from(ordered, (pos) => km[pos]!) : null,
      complete: ordered.length === m.count,
      version: index.version,
      expires: m.expires,
    })
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!)
  }
}
