import type { ListingKind } from '../types'
import type { Phrase } from './lexicon'
import type { UnderstandContext } from './understand'
import { forms, spellings } from './wordForms'

/** What the lexicon says a word means, and phrases as the groups of prefixes they match by. */

export const single = (p: Phrase) => p.length === 1
/** A phrase as groups: every word, each as typed or as its stem, as a prefix. */
export const groupsOf = (p: Phrase): string[][] => p.map((w) => spellings(w))

/** What the lexicon holds for a word under the first of its forms it knows. */
const lookup = <T>(map: Map<string, T[]>, word: string): T[] => {
  for (const f of forms(word)) {
    const found = map.get(f)
    if (found) return found
  }
  return []
}

/** The word's meanings from the lexicon: synonyms, kinds, themes (and translations on the English site). */
export const meanings = (word: string, c: UnderstandContext) => {
  const dutch = c.locale === 'en' ? lookup(c.lexicon.english, word) : []
  const words = [word, ...dutch.filter(single).map((p) => p[0]!)]
  const phrases: Phrase[] = []
  const kinds: ListingKind[] = []
  const themes: string[] = []
  for (const w of words) {
    phrases.push(...lookup(c.lexicon.synonyms, w).filter((p) => !(single(p) && p[0] === word)))
    kinds.push(...lookup(c.lexicon.kinds, w).flat())
    themes.push(...lookup(c.lexicon.themes, w).flat())
  }
  return { translations: dutch, phrases, kinds: [...new Set(kinds)], themes: [...new Set(themes)] }
}
