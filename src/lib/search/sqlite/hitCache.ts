/**
 * The rows one text matches, as FTS5 gave them: a bitset when many, a sorted list when few
 * (whichever is smaller), iterated in rowid order either way.
 */
export class HitSet {
  /** The bm25 order of the matches (rowid → place), once a search needed it. */
  bm25: Map<number, number> | null = null

  private constructor(
    readonly count: number,
    private readonly bits: Uint32Array | null,
    private readonly list: Int32Array | null,
  ) {}

  /** From a group_concat list of rowids in ascending order ("3,8,21"). */
  static parse(csv: string | null | undefined, capacity: number): HitSet {
    const ids: number[] = []
    if (csv) {
      let n = 0
      for (let i = 0; i < csv.length; i++) {
        const c = csv.charCodeAt(i)
        if (c === 44) {
          ids.push(n)
          n = 0
        } else n = n * 10 + (c - 48)
      }
      ids.push(n)
    }
    // A list costs 4 bytes a match, a bitset 1 bit a row.
    if (ids.length * 32 < capacity) return new HitSet(ids.length, null, Int32Array.from(ids))
    const bits = new Uint32Array((capacity >>> 5) + 1)
    let count = 0
    for (const id of ids) {
      if (id >= capacity) continue
      bits[id >>> 5]! |= 1 << (id & 31)
      count++
    }
    return new HitSet(count, bits, null)
  }

  /** Writes the rowids below `out.length` into `out`, ascending; returns how many. */
  writeIds(out: Int32Array): number {
    if (this.bits) return bitsToIds(this.bits, out)
    const list = this.list!
    let n = 0
    for (let i = 0; i < list.length; i++) if (list[i]! < out.length) out[n++] = list[i]!
    return n
  }
}

/** Writes the set bits of a bitset as numbers into `out`, ascending; returns how many. */
export const bitsToIds = (bits: Uint32Array, out: Int32Array): number => {
  let n = 0
  const limit = out.length
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
 * Recent texts' matches, so a popular search does not ask FTS5 again (for a common word
 * that is most of its cost: FTS5 spends about 45 ns on each of tens of thousands of
 * matches). Exact: the column cache empties it whenever it applies an index write, so a
 * cached answer is what FTS5 would say now. Least recently used entries go first; at 100,000
 * listings an entry is at most 12.5 KB.
 */
export class HitCache {
  private readonly entries = new Map<string, HitSet>()
  /** Bumped by every clear, so a search that started before one does not store an old answer. */
  generation = 0

  constructor(private readonly max = 256) {}

  get(key: string): HitSet | undefined {
    const hit = this.entries.get(key)
    if (hit) {
      this.entries.delete(key)
      this.entries.set(key, hit)
    }
    return hit
  }

  set(key: string, hits: HitSet, generation: number) {
    if (generation !== this.generation || this.max === 0) return
    this.entries.delete(key)
    this.entries.set(key, hits)
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!)
  }

  clear() {
    this.entries.clear()
    this.generation++
  }

  get size(): number {
    return this.entries.size
  }
}
