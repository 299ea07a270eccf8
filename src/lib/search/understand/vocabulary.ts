import { lowerBound } from '../lowerBound'
import { typoDistance } from './editDistance'

/**
 * The folded words of the index with how many listings hold each: what compounds are split
 * into, what a word may be part of, what a typo may be of. Words are only added between full
 * rebuilds (a word whose last listing went keeps its place until then: it then simply matches
 * nothing), so keeping it current costs only the new words of each write.
 */
export class Vocabulary {
  private readonly counts = new Map<string, number>()
  /** By first letter and length, for typo lookups; rebuilt when a word is added. */
  private buckets: Map<string, string[]> | null = null
  private sorted: string[] | null = null
  /** The words spelled backwards, sorted: words ending in something are a binary search. */
  private reversed: string[] | null = null
  /** Bumped when a word is added: answers derived from the vocabulary are cached per version. */
  version = 0

  add(word: string, docs = 1) {
    const before = this.counts.get(word)
    this.counts.set(word, (before ?? 0) + docs)
    if (before === undefined) {
      this.buckets = null
      this.sorted = null
      this.reversed = null
      this.version++
    }
  }

  addWords(words: Iterable<string>) {
    for (const w of new Set(words)) this.add(w)
  }

  clear() {
    this.counts.clear()
    this.buckets = null
    this.sorted = null
    this.reversed = null
    this.version++
  }

  get size(): number {
    return this.counts.size
  }

  /** How many listings hold the word (0: not in the index). */
  docs(word: string): number {
    return this.counts.get(word) ?? 0
  }

  forPrefix(prefix: string, visit: (word: string) => void) {
    const words = (this.sorted ??= [...this.counts.keys()].sort())
    for (let i = lowerBound(words, prefix); i < words.length && words[i]!.startsWith(prefix); i++)
      visit(words[i]!)
  }

  /** Whether some word starts with `prefix` (one binary search). */
  hasPrefix(prefix: string): boolean {
    const words = (this.sorted ??= [...this.counts.keys()].sort())
    return words[lowerBound(words, prefix)]?.startsWith(prefix) ?? false
  }

  /** Longer words ending in `part` plus one of `endings` ("cafe" + "s" → "taalcafes"), most common first. */
  endingIn(part: string, endings: readonly string[], limit: number): string[] {
    const reversed = (this.reversed ??= [...this.counts.keys()].map(reverse).sort())
    const found = new Set<string>()
    for (const ending of endings) {
      const key = reverse(part + ending)
      for (
        let i = lowerBound(reversed, key);
        i < reversed.length && reversed[i]!.startsWith(key);
        i++
      ) {
        if (reversed[i]!.length > key.length) found.add(reverse(reversed[i]!))
      }
    }
    return [...found]
      .sort((a, b) => this.docs(b) - this.docs(a) || a.localeCompare(b))
      .slice(0, limit)
  }

  /** Words that `word` is a typo of (see typoDistance), nearest and most common first. */
  typosOf(word: string, limit: number): string[] {
    const buckets = (this.buckets ??= this.bucket())
    const found: [string, number][] = []
    for (let len = word.length - 2; len <= word.length + 2; len++) {
      for (const key of [`${word[0]}${len}`, `*${len}`]) {
        for (const candidate of buckets.get(key) ?? []) {
          if (key[0] === '*' && candidate[0] === word[0]) continue
          const d = typoDistance(word, candidate)
          if (d !== null) found.push([candidate, d])
        }
      }
    }
    return found
      .sort((a, b) => a[1] - b[1] || this.docs(b[0]) - this.docs(a[0]) || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([w]) => w)
  }

  /**
   * Words by first letter and length; words of 9 letters or more (where a wrong first letter is
   * allowed) also under `*`.
   */
  private bucket(): Map<string, string[]> {
    const buckets = new Map<string, string[]>()
    const put = (key: string, w: string) => {
      const list = buckets.get(key)
      if (list) list.push(w)
      else buckets.set(key, [w])
    }
    for (const w of this.counts.keys()) {
      put(`${w[0]}${w.length}`, w)
      if (w.length >= 7) put(`*${w.length}`, w)
    }
    return buckets
  }
}

const reverse = (w: string) => [...w].reverse().join('')
