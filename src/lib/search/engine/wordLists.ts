import { lowerBound } from '../lowerBound'

/**
 * The text index's inverted lists: for each folded word the listings that hold it (with the
 * word's weighted count in each), and the words in sorted order for prefix lookups.
 */

/** One word's listings, ascending by id, with its weighted count in each (grown by half). */
export class Postings {
  ids = new Int32Array(2)
  tfs = new Uint16Array(2)
  n = 0

  push(id: number, tf: number) {
    if (this.n === this.ids.length) {
      const size = this.n + (this.n >>> 1) + 2
      const ids = new Int32Array(size)
      ids.set(this.ids)
      this.ids = ids
      const tfs = new Uint16Array(size)
      tfs.set(this.tfs)
      this.tfs = tfs
    }
    this.ids[this.n] = id
    this.tfs[this.n++] = Math.min(tf, 65535)
  }
}

/** Words in sorted order beside their lists, so a prefix is a binary search and a run. */
export class WordLists {
  readonly lists = new Map<string, Postings>()
  sorted: string[] = []
  bulk = false

  /** The list of a word, made (and placed in order) when new; `fresh` learns whether it was. */
  of(word: string, fresh?: (word: string) => void): Postings {
    let p = this.lists.get(word)
    if (!p) {
      this.lists.set(word, (p = new Postings()))
      fresh?.(word)
      if (!this.bulk) this.sorted.splice(lowerBound(this.sorted, word), 0, word)
    }
    return p
  }

  endBulk() {
    this.bulk = false
    this.sorted = [...this.lists.keys()].sort()
  }

  /** The distinct lists of the words starting with any of `prefixes`. */
  startingWith(prefixes: readonly string[]): Postings[] {
    const out = new Set<Postings>()
    for (const prefix of prefixes) {
      for (
        let i = lowerBound(this.sorted, prefix);
        i < this.sorted.length && this.sorted[i]!.startsWith(prefix);
        i++
      )
        out.add(this.lists.get(this.sorted[i]!)!)
    }
    return [...out]
  }
}
