import { lowerBound } from '../lowerBound'

/**
 * The rows one text matches, as FTS5 gave them for index version `version`, among the rowids
 * up to `top`: a bitset when many, a sorted list when few (whichever is smaller), iterated in
 * rowid order either way.
 */
export class HitSet {
  /** The bm25 order of the matches (rowid → place), once a search needed it. */
  bm25: Map<number, number> | null = null

  private constructor(
    readonly count: number,
    private readonly bits: Uint32Array | null,
    private readonly list: Int32Array | null,
    readonly version: number,
    readonly top: number,
  ) {}

  /** From rowids in ascending order; those above `top` are left out. */
  static of(ids: ArrayLike<number>, top: number, version: number): HitSet {
    let n = ids.length
    while (n > 0 && ids[n - 1]! > top) n--
    // A list costs 4 bytes a match, a bitset 1 bit a row.
    if (n * 32 < top + 1) return new HitSet(n, null, Int32Array.from({ length: n }, (_, i) => ids[i]!), version, top)
    const bits = new Uint32Array((top >>> 5) + 1)
    for (let i = 0; i < n; i++) bits[ids[i]! >>> 5]! |= 1 << (ids[i]! & 31)
    return new HitSet(n, bits, null, version, top)
  }

  /** From a group_concat list of rowids in ascending order ("3,8,21"). */
  static parse(csv: string | null | undefined, top: number, version: number): HitSet {
    return HitSet.of(parseIds(csv), top, version)
  }

  /** Writes the rowids below `limit` into `out` (room for `count`), ascending; returns how many. */
  writeIds(out: Int32Array, limit: number): number {
    if (this.bits) return bitsToIds(this.bits, out, limit)
    const list = this.list!
    let n = 0
    for (let i = 0; i < list.length; i++) if (list[i]! < limit) out[n++] = list[i]!
    return n
  }

  /** The rowids, ascending. */
  ids(): Int32Array {
    if (this.list) return this.list
    const out = new Int32Array(this.count)
    bitsToIds(this.bits!, out, Infinity)
    return out
  }

  /** Whether the row is in the set (a bit test, or a binary search of the list). */
  has(id: number): boolean {
    if (this.bits) return id <= this.top && (this.bits[id >>> 5]! & (1 << (id & 31))) !== 0
    const list = this.list!
    return list[lowerBound(list, id)] === id
  }

  /** The rows in both. */
  and(other: HitSet, version: number): HitSet {
    const a = this.ids()
    const b = other.ids()
    const out: number[] = []
    for (let i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i]! < b[j]!) i++
      else if (a[i]! > b[j]!) j++
      else {
        out.push(a[i]!)
        i++
        j++
      }
    }
    return HitSet.of(out, Math.min(this.top, other.top), version)
  }

  /** The rows in either. */
  or(other: HitSet, version: number): HitSet {
    const a = this.ids()
    const b = other.ids()
    const out: number[] = []
    let i = 0
    let j = 0
    while (i < a.length || j < b.length) {
      if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out.push(a[i++]!)
      else if (i >= a.length || b[j]! < a[i]!) out.push(b[j++]!)
      else {
        out.push(a[i++]!)
        j++
      }
    }
    return HitSet.of(out, Math.max(this.top, other.top), version)
  }

  /** Brought up to `version`: without `removed`, with `added` (all above `top`, ascending), up to `top`. */
  updated(removed: Set<number>, added: number[], top: number, version: number): HitSet {
    const kept = Array.from(this.ids()).filter((id) => !removed.has(id))
    return HitSet.of(kept.concat(added), top, version)
  }
}

/** Calls `visit` for each id of a group_concat list ("1,5,9"), without building an array; returns the count. */
export const forEachId = (csv: string | null | undefined, visit: (id: number) => void): number => {
  if (!csv) return 0
  let n = 0
  let count = 0
  for (let i = 0; i < csv.length; i++) {
    const c = csv.charCodeAt(i)
    if (c === 44) {
      visit(n)
      count++
      n = 0
    } else n = n * 10 + (c - 48)
  }
  visit(n)
  return count + 1
}

/** "1,5,9" (SQLite group_concat) → numbers. */
export const parseIds = (csv: string | null | undefined): number[] => {
  const ids: number[] = []
  forEachId(csv, (id) => ids.push(id))
  return ids
}

/** Writes the set bits below `limit` of a bitset as numbers into `out`, ascending; returns how many. */
export const bitsToIds = (bits: Uint32Array, out: Int32Array, limit = out.length): number => {
  let n = 0
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w]!
    while (word) {
      const low = word & -word
      const id = w * 32 + 31 - Math.clz32(low)
      if (id < limit) out[n++] = id
      word ^= low
    }
  }
  return n
}

/**
 * Recent texts' matches, so a popular search does not ask FTS5 again (for a common word that
 * is most of its cost: FTS5 spends about 45 ns on each of tens of thousands of matches), plus
 * pinned ones (prewarmed, never evicted). An entry answers for the index version it is
 * stamped with; the engine brings it up to date after index writes (see textMatches.ts).
 * Least recently used entries go first; at 100,000 listings an entry is at most 12.5 KB.
 */
export class HitCache {
  private readonly entries = new Map<string, HitSet>()
  private readonly pinned = new Map<string, HitSet>()
  /** Bumped by every clear, so a search that started before one does not store an old answer. */
  generation = 0

  constructor(private readonly max = 256) {}

  get(key: string): HitSet | undefined {
    const pinned = this.pinned.get(key)
    if (pinned) return pinned
    const hit = this.entries.get(key)
    if (hit) {
      this.entries.delete(key)
      this.entries.set(key, hit)
    }
    return hit
  }

  set(key: string, hits: HitSet, generation: number, pin = false) {
    if (generation !== this.generation || this.max === 0) return
    if (pin || this.pinned.has(key)) {
      this.pinned.set(key, hits)
      this.entries.delete(key)
      return
    }
    this.entries.delete(key)
    this.entries.set(key, hits)
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!)
  }

  clear() {
    this.entries.clear()
    this.pinned.clear()
    this.generation++
  }

  get size(): number {
    return this.entries.size + this.pinned.size
  }

  get pinnedSize(): number {
    return this.pinned.size
  }
}
