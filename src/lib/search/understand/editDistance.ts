/**
 * Edit distance with adjacent swaps counted once (optimal string alignment: "fietsn" → "fietsen"
 * is 1, "wandlen" → "wandelen" 1, "vrjiwilliger" → "vrijwilliger" 1), or `max + 1` as soon as
 * it is certain to exceed `max` — typo tolerance only ever asks "within 1 or 2?".
 */
export const editDistanceWithin = (a: string, b: string, max: number): number => {
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (a === b) return 0
  const n = b.length
  let before = new Array<number>(n + 1)
  let previous = Array.from({ length: n + 1 }, (_, j) => j)
  let current = new Array<number>(n + 1)
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let best = i
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1)
      current[j] = d
      if (d < best) best = d
    }
    if (best > max) return max + 1
    ;[before, previous, current] = [previous, current, before]
  }
  return Math.min(previous[n]!, max + 1)
}

/**
 * How many typos a word of this length may have, as Meilisearch and Typesense allow by default:
 * none below 5 letters, one from 5, two from 9.
 */
const typosAllowed = (word: string): number => (word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0)

/**
 * Whether `candidate` is a typo of `word` within what its length allows. A wrong first letter
 * counts twice (Meilisearch's rule): people rarely mistype the first letter, and allowing it
 * makes short words match unrelated ones ("koken" ↔ "boken").
 */
export const typoDistance = (word: string, candidate: string): number | null => {
  const allowed = typosAllowed(word)
  if (allowed === 0) return null
  const firstPenalty = word[0] === candidate[0] ? 0 : 1
  if (firstPenalty > allowed - 1) return null
  const d = editDistanceWithin(word, candidate, allowed - firstPenalty)
  const total = d + firstPenalty
  return d > 0 && total <= allowed ? total : null
}
