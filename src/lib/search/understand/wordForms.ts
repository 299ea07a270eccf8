import { matchPrefixes, stemWord } from '../text'
import { SOFT_WORDS } from './data/queryWords'
import type { UnderstandContext } from './understand'
import type { Vocabulary } from './vocabulary'

/**
 * The Dutch word forms a query word is matched by: its spellings (a verb's stem with a long
 * vowel), its -en stem, the compounds that end in it and the two words a compound is made of.
 */

const LINKS = ['', 's', 'e', 'en']
const PART_LIMIT = 40

/**
 * A word's prefixes (as typed, its stem), and for a verb with a long vowel its stem's other
 * spelling: "bewegen" → also "beweeg" (Beweegochtend), "koken" → "kook" (kookcafé).
 */
export const spellings = (w: string): string[] => {
  const prefixes = matchPrefixes(w)
  const long = /[^aeiou]([aeou])([^aeiou])en$/.exec(w)
  if (!long) return prefixes
  const other = doubled(w.slice(0, -2))
  return other.length >= 4 && !prefixes.some((p) => other.startsWith(p))
    ? [...prefixes, other]
    : prefixes
}

/** Inflections a compound may carry after the part it ends in ("taalmaatjes", "koffieochtenden"). */
const ENDINGS = ['', 's', 'e', 'en', 'es', 'er', 'tje', 'je']

/** Longer words ending in `word` (or in `word` and an inflection), after a head of 3+ letters: "cafe" → "taalcafe". */
export const compoundsEndingIn = (word: string, v: Vocabulary): string[] =>
  v
    .endingIn(word, ENDINGS, PART_LIMIT * 2)
    .filter((w) => w.lastIndexOf(word) >= 3)
    .slice(0, PART_LIMIT)

/** Whether a piece of a compound is a word of the index or the lexicon (as a word, or the start of one). */
const known = (piece: string, c: UnderstandContext) =>
  piece.length >= 3 &&
  (c.vocabulary.hasPrefix(piece) || c.lexicon.words.has(piece) || SOFT_WORDS.has(piece))

/** Ways to read a word as two known words, with a linking letter or not: "computerles" → computer + les. */
export const splitCompound = (word: string, c: UnderstandContext): [string, string][] => {
  const splits: { parts: [string, string]; score: number }[] = []
  for (let i = 3; i <= word.length - 3; i++) {
    const head = word.slice(0, i)
    const verbStem = undoubled(head)
    const headKnown =
      c.vocabulary.docs(head) > 0 ||
      c.lexicon.words.has(head) ||
      (i >= 4 &&
        (c.vocabulary.hasPrefix(head) || (verbStem !== head && c.vocabulary.hasPrefix(verbStem))))
    if (!headKnown) continue
    for (const link of LINKS) {
      const rest = word.slice(i)
      if (!rest.startsWith(link)) continue
      const tail = rest.slice(link.length)
      if (tail.length >= 3 && known(tail, c))
        splits.push({
          parts: [head, tail],
          score: Math.min(head.length, tail.length) * 10 + head.length,
        })
    }
  }
  return splits
    .sort((a, b) => b.score - a.score)
    .slice(0, 2)
    .map((s) => s.parts)
}

/** "kook" → "kok", "beweeg" → "beweg": the stem a Dutch verb has before an -en ending (koken, bewegen). */
const undoubled = (word: string): string => word.replace(/([aeou])\1([^aeiou])$/, '$1$2')

/** "beweg" → "beweeg", "kok" → "kook": the closed-syllable spelling of a stem ("Beweegochtend" for "bewegen"). */
const doubled = (stem: string): string =>
  stem.replace(/([^aeiou])([aeou])([^aeiouwy])$/, '$1$2$2$3')

/** The forms a word is looked up by: as typed, its stem, its -en stem. */
export const forms = (word: string): string[] =>
  [...new Set([word, stemWord(word), undoubled(word)])].filter((f) => f.length >= 3)
