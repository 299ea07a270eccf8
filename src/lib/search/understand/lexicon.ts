import type { ListingKind } from '../types'
import { foldedWords, foldText, stemWord } from '../text'
import { ENGLISH_TO_DUTCH } from './data/glossary'
import { KIND_WORDS } from './data/kindWords'
import { DUTCH_SYNONYMS } from './data/synonyms'

/** A word or phrase, folded, as the words each must match. */
export type Phrase = string[]

/**
 * What search knows about words beyond the index: kinds of places by their everyday names,
 * synonym groups (editors maintain them), an English → Dutch glossary, and the themes' names.
 * Built once per change of its sources; every lookup is a map access.
 */
export interface Lexicon {
  /** Folded word → the kinds it names. */
  kinds: Map<string, ListingKind[]>
  /** Folded word (and its stem) → the phrases of its synonym groups, itself included. */
  synonyms: Map<string, Phrase[]>
  /** Folded English word (and its stem) → Dutch phrases. */
  english: Map<string, Phrase[]>
  /** Folded word of a theme's name (4+ letters) → theme ids. */
  themes: Map<string, string[]>
  /** Every word the lexicon knows, for typo corrections beyond the index ("vrijwiligerswerk"). */
  words: Set<string>
}

export interface LexiconSources {
  synonyms?: string[][]
  english?: Record<string, string[]>
  kinds?: Record<string, ListingKind[]>
  themes?: { id: string; names: string[] }[]
}

const phrase = (text: string): Phrase => foldedWords(foldText(text))

const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key)
  if (!list) map.set(key, [value])
  else if (!list.includes(value)) list.push(value)
}

/** The lexicon from its sources; the built-in Dutch lists unless others are given. */
export const buildLexicon = ({
  synonyms = DUTCH_SYNONYMS,
  english = ENGLISH_TO_DUTCH,
  kinds = KIND_WORDS,
  themes = [],
}: LexiconSources = {}): Lexicon => {
  const lexicon: Lexicon = {
    kinds: new Map(),
    synonyms: new Map(),
    english: new Map(),
    themes: new Map(),
    words: new Set(),
  }
  for (const [word, named] of Object.entries(kinds)) {
    const key = foldText(word)
    lexicon.kinds.set(key, named)
    lexicon.words.add(key)
  }
  for (const group of synonyms) {
    const phrases = group.map(phrase).filter((p) => p.length > 0)
    for (const p of phrases) {
      // A phrase is a key as a whole ("walking football"); a word also by its stem.
      const keys = p.length === 1 ? [p[0]!, stemWord(p[0]!)] : [p.join(' ')]
      for (const key of new Set(keys))
        for (const other of phrases) push(lexicon.synonyms, key, other)
      if (p.length === 1) lexicon.words.add(p[0]!)
    }
  }
  for (const [word, dutch] of Object.entries(english)) {
    const key = foldText(word)
    for (const k of new Set([key, stemWord(key)]))
      for (const d of dutch) push(lexicon.english, k, phrase(d))
    lexicon.words.add(key)
  }
  for (const theme of themes) {
    for (const name of theme.names)
      for (const w of phrase(name)) if (w.length >= 4) push(lexicon.themes, w, theme.id)
  }
  return lexicon
}
