import { StemmerNl } from '@nlpjs/lang-nl'

import { escapeHtml } from '../html'

const stemmer = new StemmerNl()

/** Lower case without accents: "Coördinator Café" → "coordinator cafe". */
export const foldText = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()

/** The words of an already folded text: anything that is not a letter or digit separates them. */
export const foldedWords = (folded: string): string[] =>
  folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0)

/** The words of a query, folded (at most 12). */
export const queryWords = (text: string): string[] => foldedWords(foldText(text)).slice(0, 12)

/** Dutch stem of a folded word ("fietsen" → "fiets", "wandeling" → "wandel"). */
export const stemWord = (word: string): string => stemmer.stemWord(word)

/**
 * The prefixes a document word may start with to match a query word: the word and (when at
 * least 3 letters) its stem, minus a form that another form is a prefix of ("samen" is inside
 * "sam").
 */
export const matchPrefixes = (word: string, stem = stemWord(word)): string[] => {
  const forms = stem.length >= 3 && stem !== word ? [word, stem] : [word]
  return forms.filter((f) => !forms.some((g) => g !== f && f.startsWith(g)))
}

export const MARK_START = '\u0002'
export const MARK_END = '\u0003'

/** A snippet with marker characters around matches → safe HTML with <mark>. */
export const snippetHtml = (raw: string): string =>
  // eslint-disable-next-line no-control-regex -- control characters are dropped on purpose, all but the markers \u0002/\u0003 (they become <mark>)
  escapeHtml(raw.replace(/[\u0000-\u0001\u0004-\u0008]/g, ''))
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_END, '</mark>')
