import type { ListingKind } from '../types'
import { matchPrefixes, queryWords, stemWord } from '../text'
import { editDistanceWithin, typoDistance } from './editDistance'
import { SOFT_WORDS, STOPWORDS } from './data/queryWords'
import type { Lexicon, Phrase } from './lexicon'
import type { Vocabulary } from './vocabulary'

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

const LINKS = ['', 's', 'e', 'en']
const PART_LIMIT = 40
const TYPO_LIMIT = 4

const single = (p: Phrase) => p.length === 1
/** A phrase as groups: every word, each as typed or as its stem, as a prefix. */
const groupsOf = (p: Phrase): string[][] => p.map((w) => spellings(w))

/**
 * A word's prefixes (as typed, its stem), and for a verb with a long vowel its stem's other
 * spelling: "bewegen" → also "beweeg" (Beweegochtend), "koken" → "kook" (kookcafé).
 */
const spellings = (w: string): string[] => {
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
const compoundsEndingIn = (word: string, v: Vocabulary): string[] =>
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
const forms = (word: string): string[] =>
  [...new Set([word, stemWord(word), undoubled(word)])].filter((f) => f.length >= 3)

/** The word's meanings from the lexicon: synonyms, kinds, themes (and translations on the English site). */
/** What the lexicon holds for a word under the first of its forms it knows. */
const lookup = <T>(map: Map<string, T[]>, word: string): T[] => {
  for (const f of forms(word)) {
    const found = map.get(f)
    if (found) return found
  }
  return []
}

const meanings = (word: string, c: UnderstandContext) => {
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

/**
 * "Bedoelde je …?": the query with each word nothing starts with replaced by the nearest known
 * word (two edits at most, any letter), or null when there is nothing better to offer.
 */
export const suggestQuery = (text: string, c: UnderstandContext): string | null => {
  let changed = false
  const words = queryWords(text).map((word) => {
    if (word.length < 4 || c.vocabulary.hasPrefix(word) || c.lexicon.words.has(word)) return word
    let best: [string, number] | null = null
    const consider = (w: string) => {
      const d = editDistanceWithin(word, w, 2)
      if (
        d <= 2 &&
        (!best ||
          d < best[1] ||
          (d === best[1] && c.vocabulary.docs(w) > c.vocabulary.docs(best[0])))
      )
        best = [w, d]
    }
    c.lexicon.words.forEach(consider)
    c.vocabulary.forPrefix(word.slice(0, 1), consider)
    if (!best) return word
    changed = true
    return (best as [string, number])[0]
  })
  return changed ? words.join(' ') : null
}
