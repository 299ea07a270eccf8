/**
 * Whether two organisations are probably the same one: their names compared after what people
 * vary when they type a name — case, accents, punctuation, "&" for "en", a legal form
 * ("Stichting", "Vereniging", "B.V.", …) before or after it, an article, and word order.
 * "Stichting Welzijn Haren", "Welzijn Haren" and "welzijn-haren (stg.)" share one key.
 */

/** Legal forms and their abbreviations, as words once dots are gone ("B.V." is "bv"). */
const LEGAL_FORMS = new Set([
  'stichting',
  'stg',
  'st',
  'vereniging',
  'ver',
  'vzw',
  'cooperatie',
  'cooperatieve',
  'coop',
  'ua',
  'bv',
  'nv',
  'vof',
  'cv',
  'eenmanszaak',
  'maatschap',
])

/** Articles say nothing about which organisation it is ("De Buurtkamer" is "Buurtkamer"). */
const ARTICLES = new Set(['de', 'het', 't', 'een', 'the'])

/** The words of a name that identify it: lower case, no accents, no legal form or article. */
export const nameWords = (name: string): string[] =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    // "B.V." and "U.A." are one word each; a dot elsewhere separates ("stg.Welzijn").
    .replace(/\b([a-z])\.(?=[a-z]\.?\b)/g, '$1')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !LEGAL_FORMS.has(word) && !ARTICLES.has(word))

/**
 * The key two names share when they are probably one organisation: the identifying words,
 * sorted. Empty when the name is only a legal form (then nothing is compared).
 */
export const orgNameKey = (name: string): string => [...nameWords(name)].sort().join(' ')

export interface OrgCandidate {
  id: number
  name: string
  kvkNumber?: string | null
  notDuplicateOf?: number[]
}

export interface DuplicatePair {
  /** The older of the two (the lower id): the one to keep by default. */
  keep: number
  other: number
  reason: 'kvk' | 'name'
}

const dismissed = (a: OrgCandidate, b: OrgCandidate) =>
  Boolean(a.notDuplicateOf?.includes(b.id) || b.notDuplicateOf?.includes(a.id))

/**
 * Every pair of organisations that share a KvK number or a name key, older first, except pairs
 * an editor said are two organisations. Grouping by key keeps it linear in the number of names.
 */
export const duplicatePairs = (organisations: OrgCandidate[]): DuplicatePair[] => {
  const groups = new Map<string, OrgCandidate[]>()
  const add = (key: string, o: OrgCandidate) => groups.set(key, [...(groups.get(key) ?? []), o])
  for (const o of organisations) {
    const key = orgNameKey(o.name)
    if (key) add(`name:${key}`, o)
    if (o.kvkNumber) add(`kvk:${o.kvkNumber}`, o)
  }
  const pairs = new Map<string, DuplicatePair>()
  for (const [key, members] of groups) {
    const sorted = [...members].sort((a, b) => a.id - b.id)
    sorted.forEach((a, i) =>
      sorted.slice(i + 1).forEach((b) => {
        const id = `${a.id}-${b.id}`
        if (dismissed(a, b) || pairs.get(id)?.reason === 'kvk') return
        pairs.set(id, { keep: a.id, other: b.id, reason: key.startsWith('kvk:') ? 'kvk' : 'name' })
      }),
    )
  }
  return [...pairs.values()].sort((a, b) => a.keep - b.keep || a.other - b.other)
}
