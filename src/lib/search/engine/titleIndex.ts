import { lowerBound } from '../lowerBound'

/**
 * Which cached rows have a title word starting with a given prefix: folded title words → rowids,
 * plus the distinct words in sorted order (rebuilt only after a word appears or disappears) so
 * a prefix is a binary search and a short scan. Finding the title matches of a query this way
 * touches only the matching rows, where checking every text hit's title touched them all.
 */
export class TitleIndex {
  private readonly postings = new Map<string, Set<number>>()
  private sorted: string[] | null = null

  add(rowid: number, words: readonly string[]) {
    for (const w of new Set(words)) {
      let rows = this.postings.get(w)
      if (!rows) {
        this.postings.set(w, (rows = new Set()))
        this.sorted = null
      }
      rows.add(rowid)
    }
  }

  remove(rowid: number, words: readonly string[]) {
    for (const w of new Set(words)) {
      const rows = this.postings.get(w)
      if (!rows) continue
      rows.delete(rowid)
      if (rows.size === 0) {
        this.postings.delete(w)
        this.sorted = null
      }
    }
  }

  /** Calls `visit` for every row with a title word that starts with `prefix` (once per word). */
  forPrefix(prefix: string, visit: (rowid: number) => void) {
    const words = (this.sorted ??= [...this.postings.keys()].sort())
    for (let i = lowerBound(words, prefix); i < words.length && words[i]!.startsWith(prefix); i++) for (const id of this.postings.get(words[i]!)!) visit(id)
  }
}
