import type { SearchQuery } from '../types'
import type { ListingIndex } from './listings'
import type { Matches } from './scan'

interface Entry {
  m: Matches
  version: number
  /** When the first listing among the matches stops being visible (ms): the entry is stale from then. */
  expires: number
  /** The positions in result order, as far as a page has needed them (`ordered.length` ≥ end, or all). */
  ordered: number[]
}

/** The query as a key, without what only picks the page. */
export const resultKey = (q: SearchQuery): string => JSON.stringify({ ...q, page: undefined, pageSize: undefined })

/**
 * Recent queries' matches, facet counts and order, so the next page of a search, or a search
 * many residents make ("koffie" near the same postcode), does not pass over every match again
 * — for a word in most listings that pass is most of the time. An entry answers only for the
 * index version it was made at and only until the first of its listings stops being visible.
 * Bounded by the ids it holds (least recently used first; 4 MB at the default), and a result
 * of more than `maxEntryIds` is not kept. Only the matches are kept, not the buffer they were
 * gathered in (for a search without words that is as long as the index). At a million
 * listings, keeping those buffers, or results of 780,000 ids, made the garbage collector cost
 * more than the passes saved (p95 38–66 ms instead of 33).
 */
export class ResultCache {
  private readonly entries = new Map<string, Entry>()
  private held = 0

  constructor(
    private readonly maxIds = 1_000_000,
    private readonly maxEntryIds = 100_000,
  ) {}

  get(key: string, index: ListingIndex): Entry | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key)
    if (entry.version !== index.version || entry.expires <= Date.now()) {
      this.held -= entry.m.count
      return undefined
    }
    this.entries.set(key, entry)
    return entry
  }

  set(key: string, index: ListingIndex, m: Matches, ordered: number[]) {
    if (this.maxIds === 0 || m.count > this.maxEntryIds) return
    const { until } = index.columns
    let expires = Infinity
    for (let i = 0; i < m.count; i++) expires = Math.min(expires, until[m.ids[i]!]!)
    const old = this.entries.get(key)
    if (old) {
      this.entries.delete(key)
      this.held -= old.m.count
    }
    // The matches' buffer may be as long as the index (a search without words): keep only the matches.
    const kept = m.ids.length > m.count ? { ...m, ids: m.ids.slice(0, m.count) } : m
    this.entries.set(key, { m: kept, version: index.version, expires, ordered })
    this.held += m.count
    for (const [k, e] of this.entries) {
      if (this.held <= this.maxIds) break
      this.entries.delete(k)
      this.held -= e.m.count
    }
  }
}
