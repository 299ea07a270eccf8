import { foldedWords, foldText, MARK_END, MARK_START, snippetHtml } from './text'

/** One query word: as typed (folded), its Dutch stem, and the prefixes a document word may start with. */
export interface QueryTerm {
  word: string
  stem: string
  /** The word and (when at least 3 letters) its stem, minus any form another form is a prefix of. */
  prefixes: string[]
  /** Prefixes of what the word is understood to mean (a synonym, a compound, a correction): ranked after the word itself. */
  meant?: string[]
}

const wordMatches = (word: string, t: QueryTerm) =>
  t.prefixes.some((p) => word.startsWith(p)) || (t.meant?.some((p) => word.startsWith(p)) ?? false)

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff
const SNIPPET_CONTEXT = 60

/**
 * Safe HTML around the first matching word of the first field (in the order given) that has
 * one: ±60 characters cut at spaces, every matching word in <mark>, everything else escaped.
 * Null when no field has a match.
 */
export const buildSnippet = (sources: string[], terms: QueryTerm[]): string | null => {
  if (!terms.length) return null
  // Around the words as typed when a field has them; else around what they were understood as.
  const typed = terms.map((t) => ({ ...t, meant: [] }))
  return snippetAround(sources, terms, typed) ?? snippetAround(sources, terms, terms)
}

const snippetAround = (
  sources: string[],
  terms: QueryTerm[],
  anchors: QueryTerm[],
): string | null => {
  for (const source of sources) {
    // Marker characters in the text itself must not turn into <mark> tags.
    // eslint-disable-next-line no-control-regex -- \u0002/\u0003 are the match markers (MARK_START/MARK_END), stripped on purpose
    const text = (source ?? '').replace(/[\u0002\u0003]/g, '')
    const tokens = [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((m) => {
      const start = m.index ?? 0
      const parts = foldedWords(foldText(m[0]))
      const hit = parts.some((part) => terms.some((t) => wordMatches(part, t)))
      const anchor = hit && parts.some((part) => anchors.some((t) => wordMatches(part, t)))
      return { start, end: start + m[0].length, hit, anchor }
    })
    const first = tokens.find((t) => t.anchor)
    if (!first) continue

    let start = Math.max(0, first.start - SNIPPET_CONTEXT)
    if (start > 0) {
      const space = text.slice(start, first.start).search(/\s/)
      if (space >= 0) start += space + 1
      if (isLowSurrogate(text.charCodeAt(start))) start++
    }
    let end = Math.min(text.length, first.end + SNIPPET_CONTEXT)
    if (end < text.length) {
      const space = text.slice(first.end, end).search(/\s\S*$/)
      if (space >= 0) end = first.end + space
      if (isLowSurrogate(text.charCodeAt(end))) end--
    }

    let raw = start > 0 ? '…' : ''
    let pos = start
    for (const t of tokens) {
      if (!t.hit || t.start < start || t.end > end) continue
      raw += text.slice(pos, t.start) + MARK_START + text.slice(t.start, t.end) + MARK_END
      pos = t.end
    }
    raw += text.slice(pos, end) + (end < text.length ? '…' : '')
    return snippetHtml(raw.trim())
  }
  return null
}
