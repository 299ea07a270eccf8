import { queryWords } from '../text'
import { editDistanceWithin } from './editDistance'
import type { UnderstandContext } from './understand'

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
