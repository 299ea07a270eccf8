import type { QueryTerm } from '../snippet'
import { matchPrefixes, stemWord } from '../text'
import type { Lexicon } from '../understand/lexicon'
import { understand, type UnderstandContext, type WordPlan } from '../understand/understand'

/** What the engine keeps of a query's understanding: recent texts' plans, and the terms to mark. */

/** How many recent texts keep their understanding. */
const PLAN_CACHE = 512

/** What to mark and to rank titles by: per query word, its prefixes and those of every one-word way it is understood. */
export const termsOf = (plans: WordPlan[]): QueryTerm[] =>
  plans.map((p) => {
    const prefixes = matchPrefixes(p.word)
    const meant = p.alternatives
      .filter((a) => a.tier > 0 && a.groups.length === 1)
      .flatMap((a) => a.groups[0]!)
    return {
      word: p.word,
      stem: stemWord(p.word),
      prefixes,
      meant: [...new Set(meant)].filter((m) => !prefixes.includes(m)),
    }
  })

/**
 * The plans of a text, understood once per vocabulary and lexicon (words only ever join the
 * vocabulary); the PLAN_CACHE most recent texts are kept.
 */
export const planCache = () => {
  const understood = new Map<string, { plans: WordPlan[]; version: number; lexicon: Lexicon }>()
  return (text: string, c: UnderstandContext): WordPlan[] => {
    const key = `${c.locale}\u0000${text}`
    const known = understood.get(key)
    if (known && known.version === c.vocabulary.version && known.lexicon === c.lexicon)
      return known.plans
    const plans = understand(text, c)
    understood.delete(key)
    understood.set(key, { plans, version: c.vocabulary.version, lexicon: c.lexicon })
    if (understood.size > PLAN_CACHE) understood.delete(understood.keys().next().value!)
    return plans
  }
}
