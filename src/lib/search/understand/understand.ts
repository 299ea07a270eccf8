import type { ListingKind } from '../types'
import { matchPrefixes, queryWords } from '../text'
import { typoDistance } from './editDistance'
import { SOFT_WORDS, STOPWORDS } from './data/queryWords'
import type { Lexicon } from './lexicon'
import { groupsOf, meanings, single } from './meanings'
import type { Vocabulary } from './vocabulary'
import { compoundsEndingIn, forms, spellings, splitCompound } from './wordForms'

/**
 * How directly a listing answers a word, best first: 0 the word as typed (or its stem), or the
 * kind of place it names; 1 what it means (a synonym, a translation, a compound it ends, a
 * compound's parts, a theme — and the typed text of a word that names a kind); 2 half of a
 * compound, or without a word that only narrows; 3 a typo's correction.
 */
export type Tier = 0 | 1 | 2 | 3

/** One way to match a query word: every group must match, each by any of its prefixes. */
interface Alternative {
  tier: Tier
  groups: string[][]
}

/** A query word and all the ways it may be matched; listings of these kinds or themes match too. */
export interface WordPlan {
  word: string
  alternatives: Alternative[]
  kinds: { tier: Tier; kinds: ListingKind[] }[]
  themes: { tier: Tier; ids: string[] }[]
  /** From this tier on, listings without the word match too (a word that only narrows). */
  optionalFrom?: Tier
}

export interface UnderstandContext {
  locale: 'nl' | 'en'
  vocabulary: Vocabulary
  lexicon: Lexicon
}

const TYPO_LIMIT = 4

/** Every way to match one word; typos only when nothing in the index starts with it. */
const planWord = (word: string, c: UnderstandContext, typos = true): WordPlan => {
  const m = meanings(word, c)
  // A word that names a kind of place means those places first, its mere mention after.
  const typedTier: Tier = m.kinds.length ? 1 : 0
  const plan: WordPlan = {
    word,
    alternatives: [{ tier: typedTier, groups: [matchPrefixes(word)] }],
    kinds: [],
    themes: [],
  }
  const respelled = spellings(word).filter((p) => !matchPrefixes(word).includes(p))
  if (respelled.length) plan.alternatives.push({ tier: 1, groups: [respelled] })
  if (m.kinds.length) plan.kinds.push({ tier: 0, kinds: m.kinds })
  // On the English site an English word means its Dutch translation as much as itself.
  for (const p of m.translations) plan.alternatives.push({ tier: 0, groups: groupsOf(p) })
  for (const p of m.phrases) plan.alternatives.push({ tier: 1, groups: groupsOf(p) })
  if (m.themes.length) plan.themes.push({ tier: 1, ids: m.themes })
  // Compounds ending in the word, a translation or a longer synonym ("buddy" → "schuldhulpmaatje";
  // a short synonym such as "thee" would find "gastheer").
  const ends = [
    ...[word, ...m.translations.filter(single).map((p) => p[0]!)].filter((w) => w.length >= 4),
    ...m.phrases
      .filter(single)
      .map((p) => p[0]!)
      .filter((w) => w.length >= 5),
  ]
  const compounds = [...new Set(ends.flatMap((w) => compoundsEndingIn(w, c.vocabulary)))]
  if (compounds.length) plan.alternatives.push({ tier: 1, groups: [compounds] })
  // A word the lexicon knows is taken as a whole ("vrijwilligerswerk" is no "werk").
  if (word.length >= 6 && !m.kinds.length && !c.lexicon.words.has(word)) {
    const widen = (piece: string) => {
      const pm = meanings(piece, c)
      return [
        ...new Set([
          ...matchPrefixes(piece),
          ...forms(piece),
          ...[...pm.translations, ...pm.phrases].filter(single).map((p) => p[0]!),
        ]),
      ]
    }
    for (const [headWord, tailWord] of splitCompound(word, c)) {
      const [head, tail] = [widen(headWord), widen(tailWord)]
      plan.alternatives.push({ tier: 1, groups: [head, tail] })
      // "kookgroep": the cooking groups whatever they call themselves; "kledingreparatie": repairs too.
      plan.alternatives.push({ tier: SOFT_WORDS.has(tailWord) ? 1 : 2, groups: [head] })
      if (!SOFT_WORDS.has(tailWord)) plan.alternatives.push({ tier: 2, groups: [tail] })
    }
  }
  const unknown =
    !c.vocabulary.hasPrefix(word) &&
    !c.lexicon.words.has(word) &&
    m.phrases.length === 0 &&
    m.translations.length === 0 &&
    m.kinds.length === 0
  if (typos && unknown) {
    for (const fix of corrections(word, c)) {
      const fixed = planWord(fix, c, false)
      const demoted = (tier: Tier): Tier => (tier === 0 ? 2 : 3)
      for (const a of fixed.alternatives) plan.alternatives.push({ ...a, tier: demoted(a.tier) })
      for (const k of fixed.kinds) plan.kinds.push({ ...k, tier: demoted(k.tier) })
      for (const t of fixed.themes) plan.themes.push({ ...t, tier: demoted(t.tier) })
    }
  }
  return plan
}

/** The words of the index or the lexicon a word is a typo of (Meilisearch's limits). */
const corrections = (word: string, c: UnderstandContext): string[] => {
  const fromLexicon = [...c.lexicon.words].filter((w) => typoDistance(word, w) !== null)
  return [...new Set([...fromLexicon, ...c.vocabulary.typosOf(word, TYPO_LIMIT)])].slice(
    0,
    TYPO_LIMIT,
  )
}

/** A two-word phrase the lexicon knows as one ("work experience", "betaald werk", "young people"). */
const phraseKey = (a: string, b: string, c: UnderstandContext): string | null => {
  const key = `${a} ${b}`
  return c.lexicon.kinds.has(key) ||
    c.lexicon.synonyms.has(key) ||
    (c.locale === 'en' && c.lexicon.english.has(key))
    ? key
    : null
}

/**
 * A query, word by word, with every way each word may match: words a query can do without are
 * dropped ("vrijwilligers gezocht"), known two-word phrases are one word, and words that only
 * narrow ("computer hulp") may be missing from a listing at a lower tier.
 */
export const understand = (text: string, c: UnderstandContext): WordPlan[] => {
  const all = queryWords(text)
  const kept = all.filter((w) => !STOPWORDS[c.locale].has(w))
  const words = kept.length ? kept : all
  const joined: string[] = []
  for (let i = 0; i < words.length; i++) {
    const key = i + 1 < words.length ? phraseKey(words[i]!, words[i + 1]!, c) : null
    joined.push(key ?? words[i]!)
    if (key) i++
  }
  const plans = joined.map((w) => (w.includes(' ') ? planPhrase(w, c) : planWord(w, c)))
  if (plans.length > 1)
    for (const p of plans)
      if (SOFT_WORDS.has(p.word) && plans.some((o) => !SOFT_WORDS.has(o.word))) p.optionalFrom = 2
  return plans
}

/** A known phrase: both words as typed, or what the phrase means. */
const planPhrase = (phrase: string, c: UnderstandContext): WordPlan => {
  const m = meanings(phrase, c)
  const typed = phrase.split(' ').map((w) => matchPrefixes(w))
  const plan: WordPlan = {
    word: phrase,
    alternatives: [{ tier: m.kinds.length ? 1 : 0, groups: typed }],
    kinds: [],
    themes: [],
  }
  if (m.kinds.length) plan.kinds.push({ tier: 0, kinds: m.kinds })
  for (const p of m.translations) plan.alternatives.push({ tier: 0, groups: groupsOf(p) })
  for (const p of m.phrases) plan.alternatives.push({ tier: 1, groups: groupsOf(p) })
  const ends = [...m.translations, ...m.phrases]
    .filter(single)
    .map((p) => p[0]!)
    .filter((w) => w.length >= 5)
  const compounds = [...new Set(ends.flatMap((w) => compoundsEndingIn(w, c.vocabulary)))]
  if (compounds.length) plan.alternatives.push({ tier: 1, groups: [compounds] })
  return plan
}
