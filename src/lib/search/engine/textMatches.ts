import { matchPrefixes, queryWords } from '../text'
import { HitCache } from './hitCache'
import { HitSet } from './hitSet'
import type { ListingIndex } from './listings'

/** Words in at least this share of the listings (and this many) get their matches prewarmed. */
const HOT_SHARE = 0.02
const HOT_MIN_DOCS = 2000
const HOT_TERMS = 48
const PREWARM_KEYS = 256

/** Any of these prefixes ("lopen" or its stem "lop"), as the start of a word. */
export type Group = readonly string[]
/** Every one of these groups (a compound's parts: "computer" and "les"). */
export type Alternative = readonly Group[]
/** Any of these alternatives: the ways one query word may match. */
export type WordMatch = readonly Alternative[]

const groupKey = (g: Group) => `(${g.join('|')})`
const alternativeKey = (a: Alternative) => a.map(groupKey).join('&')
const wordKey = (w: WordMatch) => w.map((a) => `[${alternativeKey(a)}]`).join('/')

/** A plain text as the text index reads it: every word, as typed or as its Dutch stem, as a prefix. */
const textGroups = (text: string): Group[] => queryWords(text).map((word) => matchPrefixes(word))

/** The most common plain words (in at least `hotMinDocs` listings and HOT_SHARE of them), most common first, with their listing counts. */
const hotWords = (index: ListingIndex, hotMinDocs: number): [string, number][] => {
  const min = Math.max(hotMinDocs, Math.ceil(index.size * HOT_SHARE))
  const hot: [string, number][] = []
  index.text.forEachWord((w, docs) => docs >= min && /^[a-z0-9]+$/.test(w) && hot.push([w, docs]))
  hot.sort((a, b) => b[1] - a[1])
  return hot.slice(0, HOT_TERMS)
}

/**
 * Text matches from the in-memory text index, cached per expression (stamped with the index
 * version they answer for; an older one is gathered again). A word
 * list is gathered once per prefix group and combined with set operations, so the parts of
 * "koffie gezellig" answer "koffie" too.
 */
export const textMatcher = (
  index: ListingIndex,
  {
    hotMinDocs = HOT_MIN_DOCS,
    widerKeys = () => [],
    cacheSize = 256,
  }: { hotMinDocs?: number; widerKeys?: (word: string) => WordMatch[]; cacheSize?: number } = {},
) => {
  const texts = new HitCache(cacheSize)
  const cached = (key: string, compute: () => HitSet, pin = false): HitSet => {
    const hit = texts.get(key)
    if (hit && hit.version === index.version && hit.top === index.capacity - 1) return hit
    const generation = texts.generation
    const fresh = compute()
    texts.set(key, fresh, generation, pin)
    return fresh
  }
  const top = () => index.capacity - 1
  const all = (sets: HitSet[]) => sets.reduce((a, b) => a.and(b, index.version))
  const any = (sets: HitSet[]) => sets.reduce((a, b) => a.or(b, index.version))

  const group = (g: Group, pin = false): HitSet =>
    cached(groupKey(g), () => index.text.matching(g, top(), index.version), pin)
  const alternative = (a: Alternative): HitSet =>
    a.length === 1 ? group(a[0]!) : cached(alternativeKey(a), () => all(a.map((g) => group(g))))
  const word = (w: WordMatch, pin = false): HitSet =>
    w.length === 1
      ? alternative(w[0]!)
      : w.length === 0
        ? HitSet.of([], top(), index.version)
        : cached(wordKey(w), () => any(w.map(alternative)), pin)

  return {
    /** Recent (and prewarmed, pinned) matches. */
    texts,
    word,
    /** The listings matching every word (each by any of its ways). */
    all: (words: WordMatch[]): HitSet =>
      words.length === 1
        ? word(words[0]!)
        : cached(words.map(wordKey).join(' '), () => all(words.map((w) => word(w)))),

    /** The matches of a plain text (every word as typed or its stem, as a prefix). */
    of: (text: string): HitSet => {
      const groups = textGroups(text)
      return groups.length ? all(groups.map((g) => group(g))) : HitSet.of([], top(), index.version)
    },

    /**
     * Gathers ahead of time the matches of the words in many listings (where gathering costs
     * most), as they are typed: every prefix of 3+ letters of the most common words, and what
     * they are understood to mean. Pinned in the cache.
     */
    prewarm(): number {
      texts.clear()
      const keys = new Map<string, () => void>()
      for (const [term] of hotWords(index, hotMinDocs)) {
        for (let n = 3; n <= term.length; n++) {
          const typed = matchPrefixes(term.slice(0, n))
          keys.set(groupKey(typed), () => group(typed, true))
          if (n >= 4)
            for (const w of widerKeys(term.slice(0, n))) keys.set(wordKey(w), () => word(w, true))
        }
      }
      const warm = [...keys.values()].slice(0, PREWARM_KEYS)
      for (const run of warm) run()
      return warm.length
    },
  }
}
