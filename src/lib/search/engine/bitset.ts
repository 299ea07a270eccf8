/** Bitsets of listing ids as Uint32Array words (bit `id & 31` of word `id >>> 5`). */

/** How many bits are set. */
export const popcount = (bits: Uint32Array): number => {
  let count = 0
  for (let w = 0; w < bits.length; w++) {
    let x = bits[w]!
    x -= (x >>> 1) & 0x55555555
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
    count += (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
  }
  return count
}

/** The 32-bit words a bitset of the ids 0 … top needs (none for top −1, an empty index). */
export const bitWords = (top: number): number => (top < 0 ? 0 : (top >>> 5) + 1)

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
