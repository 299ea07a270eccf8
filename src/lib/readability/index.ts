import { syllables } from './syllables'

/**
 * A readability hint for Dutch text: the Flesch-Douma score (Douma 1960, Flesch's formula
 * re-weighed for Dutch), 206.835 − 0.93 × words per sentence − 77 × syllables per word.
 * Higher is easier; 60 and up reads as plain language (about B1). It counts lengths only: a
 * hint for the writer, not a verdict on the text.
 */

interface Sentence {
  text: string
  words: number
  score: number
  /** Words of four syllables or more, the first few. */
  longWords: string[]
}

export interface Readability {
  score: number
  level: Level
  sentences: number
  words: number
  /** The hardest sentences (lowest score, below the goal), hardest first, at most three. */
  hardest: Sentence[]
}

export type Level =
  'very_hard' | 'hard' | 'fairly_hard' | 'plain' | 'fairly_easy' | 'easy' | 'very_easy'

/** The score from which a text counts as plain language. */
export const READABILITY_GOAL = 60
/** A sentence longer than this is long for B1 readers. */
const LONG_SENTENCE = 15

const LEVELS: [number, Level][] = [
  [90, 'very_easy'],
  [80, 'easy'],
  [70, 'fairly_easy'],
  [60, 'plain'],
  [50, 'fairly_hard'],
  [30, 'hard'],
]
export const levelOf = (score: number): Level =>
  LEVELS.find(([from]) => score >= from)?.[1] ?? 'very_hard'

export const fleschDouma = (words: number, sentences: number, syllableCount: number): number =>
  206.835 - 0.93 * (words / sentences) - 77 * (syllableCount / words)

/** Sentences: ended by . ! ? or a line break (a list item is a sentence too). */
export const splitSentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s))

/** Words: runs of letters and digits; "B.V." and "e-mail" stay one word each. */
export const splitWords = (sentence: string): string[] =>
  sentence.match(/[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*/gu) ?? []

/** Shown on the 0–100 scale the formula is read on (very long sentences go below zero). */
const round = (n: number) => Math.min(100, Math.max(0, Math.round(n * 10) / 10))

const measure = (text: string): Sentence & { syllables: number } => {
  const words = splitWords(text)
  const counts = words.map(syllables)
  const total = counts.reduce((a, b) => a + b, 0)
  return {
    text,
    words: words.length,
    syllables: total,
    score: round(fleschDouma(words.length, 1, total)),
    longWords: words.filter((_, i) => counts[i]! >= 4).slice(0, 5),
  }
}

/** The hint for a text, or null when there is too little to say anything (under ten words). */
export const readability = (text: string): Readability | null => {
  const sentences = splitSentences(text).map(measure)
  const words = sentences.reduce((a, s) => a + s.words, 0)
  if (words < 10) return null
  const total = sentences.reduce((a, s) => a + s.syllables, 0)
  const score = round(fleschDouma(words, sentences.length, total))
  const hardest = sentences
    .filter((s) => s.score < READABILITY_GOAL || s.words > LONG_SENTENCE)
    .sort((a, b) => a.score - b.score)
    .slice(0, 3)
    .map(({ syllables: _, ...s }) => s)
  return { score, level: levelOf(score), sentences: sentences.length, words, hardest }
}
