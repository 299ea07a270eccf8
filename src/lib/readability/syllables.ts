import hyphenNl from 'hyphen/nl/index.js'

/**
 * Dutch syllables, two ways, the higher count wins: vowel sounds (aa, ee, oe, ui, ieu, … are one;
 * other vowels side by side are two, as in "the-a-ter"; a diaeresis starts a new one, as in
 * "geïnteresseerd") miss an "eu" spoken apart ("mu-se-um"); hyphenation patterns (TeX's Dutch patterns, the
 * `hyphen` package) miss short words and some compounds. On hand-counted words each alone is
 * right 26–29 times in 30, the higher of the two 30 in 30 (docs/readability.md).
 */

const VOWEL = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/
const DIAERESIS = /[äëïöü]/
/** Vowel letters spoken as one sound; any other pair is two ("the-a-ter", "i-de-aal"). */
const SOUNDS = [
  'aai',
  'ooi',
  'oei',
  'eeu',
  'ieu',
  'eau',
  'aa',
  'ee',
  'oo',
  'uu',
  'ie',
  'oe',
  'eu',
  'ei',
  'ui',
  'ou',
  'au',
  'ai',
  'oi',
  'ay',
  'ey',
  'oy',
  'uy',
]

/** The number of vowel sounds in a lower-case word: the longest known sound at each vowel. */
export const vowelGroups = (word: string): number => {
  let groups = 0
  let i = 0
  while (i < word.length) {
    const char = word[i]!
    if (!VOWEL.test(char)) {
      i++
      continue
    }
    groups++
    const sound = DIAERESIS.test(char) ? null : SOUNDS.find((s) => word.startsWith(s, i))
    i += sound?.length ?? 1
  }
  return groups
}

/** The number of parts Dutch hyphenation splits a word into. */
export const hyphenParts = (word: string): number =>
  hyphenNl.hyphenateSync(word, { minWordLength: 2 }).split('\u00AD').length

/** A word's syllables (at least one: "'s", "2026" and "b.v." are spoken). */
export const syllables = (word: string): number => {
  const lower = word.toLowerCase()
  return Math.max(1, vowelGroups(lower), /\p{L}/u.test(lower) ? hyphenParts(lower) : 1)
}
