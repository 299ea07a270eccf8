import { lowerBound } from '../lowerBound'
import { bitsToIds, bitWords, popcount } from './bitset'

/**
 * The listings a text matches, as the text index answered for index version `version`, among
 * the ids up to `top`: a bitset when many, a sorted list when few (whichever is smaller),
 * iterated in id order either way.
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
    // A list costs 4 bytes a match, a bitset 1 bit a row (an empty index has top −1: a list).
    if (n * 32 < top + 1 || top < 0)
      return new HitSet(
        n,
        null,
        ids instanceof Int32Array ? ids.slice(0, n) : Int32Array.from(ids).subarray(0, n),
        version,
        top,
      )
    const bits = new Uint32Array(bitWords(top))
    for (let i = 0; i < n; i++) bits[ids[i]! >>> 5]! |= 1 << (ids[i]! & 31)
    return new HitSet(n, bits, null, version, top)
  }

  /** From a bitset of ids up to `top` with `count` bits set (kept as a list when that is smaller). */
  static ofBits(bits: Uint32Array, count: number, top: number, version: number): HitSet {
    if (count * 32 >= top + 1) return new HitSet(count, bits, null, version, top)
    const list = new Int32Array(count)
    bitsToIds(bits, list, Infinity)
    return new HitSet(count, null, list, version, top)
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

  /** Sets `out[i]` to `value` for each id `sorted[i]` (ascending) in the set: bit tests, or one merge with the list. */
  markMembers(sorted: Int32Array, out: Uint8Array, value: number) {
    const { bits, top } = this
    if (bits) {
      for (let i = 0; i < sorted.length; i++) {
        const id = sorted[i]!
        if (id <= top && (bits[id >>> 5]! & (1 << (id & 31))) !== 0) out[i] = value
      }
      return
    }
    const list = this.list!
    for (let i = 0, j = 0; i < sorted.length && j < list.length;) {
      if (sorted[i]! < list[j]!) i++
      else if (sorted[i]! > list[j]!) j++
      else {
        out[i++] = value
        j++
      }
    }
  }

  /** The rows in both. */
  and(other: HitSet, version: number): HitSet {
    if (this.bits && other.bits)
      return HitSet.wordwise(
        this.bits,
        other.bits,
        Math.min(this.top, other.top),
        version,
        (x, y) => x & y,
      )
    // A short list against a bitset: test each entry.
    const [list, set] = this.list
      ? [this.list, other]
      : other.list
        ? [other.list, this as HitSet]
        : [null, null]
    if (list && set) {
      const kept = new Int32Array(list.length)
      let n = 0
      for (let i = 0; i < list.length; i++) if (set.has(list[i]!)) kept[n++] = list[i]!
      return HitSet.of(kept.subarray(0, n), Math.min(this.top, other.top), version)
    }
    const a = this.ids()
    const b = other.ids()
    const out = new Int32Array(Math.min(a.length, b.length))
    let n = 0
    for (let i = 0, j = 0; i < a.length && j < b.length;) {
      if (a[i]! < b[j]!) i++
      else if (a[i]! > b[j]!) j++
      else {
        out[n++] = a[i]!
        i++
        j++
      }
    }
    return HitSet.of(out.subarray(0, n), Math.min(this.top, other.top), version)
  }

  /** The rows in either (into a bitset when the two together are many). */
  or(other: HitSet, version: number): HitSet {
    const top = Math.max(this.top, other.top)
    if (this.bits && other.bits)
      return HitSet.wordwise(this.bits, other.bits, top, version, (x, y) => x | y)
    if ((this.count + other.count) * 32 >= top + 1) {
      const bits = new Uint32Array(bitWords(top))
      this.setInto(bits)
      other.setInto(bits)
      return HitSet.ofBits(bits, popcount(bits), top, version)
    }
    const a = this.ids()
    const b = other.ids()
    const out = new Int32Array(a.length + b.length)
    let n = 0
    let i = 0
    let j = 0
    while (i < a.length || j < b.length) {
      if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out[n++] = a[i++]!
      else if (i >= a.length || b[j]! < a[i]!) out[n++] = b[j++]!
      else {
        out[n++] = a[i++]!
        j++
      }
    }
    return HitSet.of(out.subarray(0, n), top, version)
  }

  /** Sets this set's bits in `bits` (which is at least as long). */
  private setInto(bits: Uint32Array) {
    if (this.bits) for (let w = 0; w < this.bits.length; w++) bits[w]! |= this.bits[w]!
    else for (const id of this.list!) bits[id >>> 5]! |= 1 << (id & 31)
  }

  private static wordwise(
    a: Uint32Array,
    b: Uint32Array,
    top: number,
    version: number,
    op: (x: number, y: number) => number,
  ): HitSet {
    const bits = new Uint32Array(bitWords(top))
    for (let w = 0; w < bits.length; w++) {
      let word = op(a[w] ?? 0, b[w] ?? 0) >>> 0
      // Bits above `top` in the last word are dropped.
      if (w === bits.length - 1 && (top & 31) !== 31) word &= (2 ** ((top & 31) + 1) - 1) >>> 0
      bits[w] = word
    }
    return HitSet.ofBits(bits, popcount(bits), top, version)
  }
}
