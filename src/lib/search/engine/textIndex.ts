import { lowerBound } from '../lowerBound'
import { foldedWords, foldText } from '../text'
import { bitWords } from './bitset'
import { HitSet } from './hitSet'
import { type Postings, WordLists } from './wordLists'

/** How much a word counts in each field, for bm25 (as FTS5's bm25(10.0, 4.0, 1.0) weighed them). */
const FIELD_WEIGHTS = { title: 10, summary: 4, body: 1 } as const
const K1 = 1.2
const B = 0.75

/** A listing's folded words with their weighted counts, and its weighted length. */
const weighedWords = (
  doc: { title: string; summary: string; body: string },
  titleWords = foldedWords(foldText(doc.title)),
) => {
  const counts = new Map<string, number>()
  let length = 0
  for (const field of ['title', 'summary', 'body'] as const) {
    const weight = FIELD_WEIGHTS[field]
    for (const w of field === 'title' ? titleWords : foldedWords(foldText(doc[field]))) {
      counts.set(w, (counts.get(w) ?? 0) + weight)
      length += weight
    }
  }
  return { counts, length }
}

/**
 * The text of the public listings in memory: an inverted index from each folded word (accents
 * and case folded as the query is) to the listings that hold it, with the words in sorted order
 * so that a prefix ("koff" for koffie, koffieochtend) is a binary search and a run of words.
 * Ids are only ever added at the end (a changed listing gets a new id), so every list stays
 * sorted by appending; a removed listing's entries stay until the next full load and are
 * skipped through `dead`.
 */
export class TextIndex {
  /** Every word of title, summary and body. */
  private readonly words = new WordLists()
  /** The title's words alone (the title tier of relevance). */
  private readonly titles = new WordLists()
  private lengths = new Float32Array(1024)
  private dead = new Uint8Array(1024)
  private liveLength = 0
  live = 0
  deadCount = 0

  get size(): number {
    return this.words.lists.size
  }

  /** While loading everything, words are sorted once at the end instead of on arrival. */
  beginBulk() {
    this.words.bulk = true
    this.titles.bulk = true
  }

  endBulk() {
    this.words.endBulk()
    this.titles.endBulk()
  }

  /** Indexes listing `id` (above every id added before); returns the words that are new to the index. */
  add(
    id: number,
    doc: { title: string; summary: string; body: string },
    titleWords = foldedWords(foldText(doc.title)),
  ): string[] {
    const { counts, length } = weighedWords(doc, titleWords)
    if (id >= this.lengths.length) this.grow(id)
    this.lengths[id] = length
    this.liveLength += length
    this.live++
    const fresh: string[] = []
    const isNew = (word: string) => fresh.push(word)
    for (const [word, tf] of counts) this.words.of(word, isNew).push(id, tf)
    for (const word of new Set(titleWords)) this.titles.of(word).push(id, 1)
    return fresh
  }

  remove(id: number) {
    if (id >= this.dead.length || this.dead[id]) return
    this.dead[id] = 1
    this.deadCount++
    this.live--
    this.liveLength -= this.lengths[id]!
  }

  private grow(id: number) {
    let size = this.lengths.length
    while (size <= id) size *= 2
    const lengths = new Float32Array(size)
    lengths.set(this.lengths)
    this.lengths = lengths
    const dead = new Uint8Array(size)
    dead.set(this.dead)
    this.dead = dead
  }

  /** Every word with how many listings hold it (removed ones included until the next full load). */
  forEachWord(visit: (word: string, docs: number) => void) {
    for (const [word, p] of this.words.lists) visit(word, p.n)
  }

  /** Calls `visit` for every live listing with a title word that starts with `prefix` (once per word). */
  forTitlePrefix(prefix: string, visit: (id: number) => void) {
    for (const p of this.titles.startingWith([prefix])) {
      for (let i = 0; i < p.n; i++) if (!this.dead[p.ids[i]!]) visit(p.ids[i]!)
    }
  }

  /** The live listings with a word starting with any of `prefixes`, among ids up to `top`. */
  matching(prefixes: readonly string[], top: number, version: number): HitSet {
    const lists = this.words.startingWith(prefixes)
    if (lists.length === 1) return HitSet.of(this.liveIds(lists[0]!), top, version)
    const bits = new Uint32Array(bitWords(top))
    const dead = this.dead
    let count = 0
    for (const p of lists) {
      const { ids, n } = p
      for (let i = 0; i < n; i++) {
        const id = ids[i]!
        if (id > top || dead[id]) continue
        const w = id >>> 5
        const bit = 1 << (id & 31)
        if ((bits[w]! & bit) === 0) {
          bits[w]! |= bit
          count++
        }
      }
    }
    return HitSet.ofBits(bits, count, top, version)
  }

  private liveIds(p: Postings): Int32Array {
    const out = new Int32Array(p.n)
    let n = 0
    for (let i = 0; i < p.n; i++) if (!this.dead[p.ids[i]!]) out[n++] = p.ids[i]!
    return out.subarray(0, n)
  }

  /**
   * bm25 (BM25F over the weighted fields) of the listings in `matched` for words starting with
   * any of `prefixes`: id → score. Walks the words' lists, so it costs what they hold.
   */
  scores(prefixes: readonly string[], matched: HitSet): Map<number, number> {
    const scores = new Map<number, number>()
    const avg = this.live ? this.liveLength / this.live : 1
    let matchedIds: Int32Array | null = null
    for (const p of this.words.startingWith(prefixes)) {
      const idf = Math.log(1 + (this.live - p.n + 0.5) / (p.n + 0.5))
      const add = (i: number) => {
        const id = p.ids[i]!
        if (this.dead[id]) return
        const tf = p.tfs[i]!
        const s = (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.lengths[id]!) / avg))
        scores.set(id, (scores.get(id) ?? 0) + s)
      }
      // A long list against few matches: look each match up in the list (binary search) instead of walking it.
      if (matched.count * 16 < p.n) {
        matchedIds ??= matched.ids()
        const list = p.ids.subarray(0, p.n)
        for (let j = 0; j < matchedIds.length; j++) {
          const i = lowerBound(list, matchedIds[j]!)
          if (list[i] === matchedIds[j]) add(i)
        }
      } else for (let i = 0; i < p.n; i++) if (matched.has(p.ids[i]!)) add(i)
    }
    return scores
  }
}
