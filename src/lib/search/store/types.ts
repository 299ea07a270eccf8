import type { IndexDoc, SearchIndexWriter } from '../types'

/** A listing's name in the index and its change log: `activities/12`. */
export const listingKey = (collection: IndexDoc['collection'], id: string): string =>
  `${collection}/${id}`

/** The change-log entry that means "everything changed" (a rebuild). */
export const EVERYTHING = '*'

export interface ListingChange {
  /** Only goes up, in the order writes are committed (see `settleMs`). */
  seq: number
  /** The listing written (see listingKey), or EVERYTHING. */
  listing: string
  /** When the change was appended (ms since 1970). */
  at: number
}

/**
 * What the search needs of a database, and all it needs: the public listings (read them all,
 * read some, write one) and the change log (append, read since). Everything else — text,
 * filters, facets, radius, ranking — runs in the process (src/lib/search/engine), so every
 * database runs the same search code. One contract test (tests/helpers/storeContract.ts) holds
 * every store to these rules.
 *
 * Writes take the save's transaction handle, so a listing and its change commit or roll back
 * together; each write appends to the change log itself.
 */
export interface SearchStore<Tx = unknown> extends SearchIndexWriter<Tx> {
  readonly name: string
  /**
   * How long after its seq was taken a change may still become visible (its transaction still
   * open). SQLite serialises writers, so commits come in seq order: 0. A reader re-reads
   * changes younger than this until they are settled.
   */
  readonly settleMs: number
  /** Listings in key order, the first `limit` after `after` (null: from the start). */
  scan(after: string | null, limit: number): Promise<IndexDoc[]>
  /** These listings (keys without a listing are left out; any order). */
  read(keys: string[]): Promise<IndexDoc[]>
  count(): Promise<number>
  /** The newest seq in the change log and the oldest one still kept (0 and 0 when empty). */
  head(): Promise<{ latest: number; oldest: number }>
  /** The changes with after < seq ≤ upTo, ascending. */
  changes(after: number, upTo: number): Promise<ListingChange[]>
  /** Drops all but the newest `keep` changes (a process older than that reloads in full). */
  prune(keep: number): Promise<void>
}
