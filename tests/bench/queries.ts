import type { Where } from 'payload'

import { boundingBox } from '../../src/lib/search/geo'
import { LISTING_KINDS, type SearchQuery } from '../../src/lib/search/types'
import { pc4Centroids, prng } from '../helpers/syntheticListings'

/** The four groups of the mix, in this order. */
export const GROUPS = ['text', 'text+facets', 'radius', 'text+radius+filters'] as const
export type Group = (typeof GROUPS)[number]

export interface BenchQuery {
  group: Group
  query: SearchQuery
}

// Words from the generator's vocabulary (tests/helpers/syntheticListings.ts).
const COMMON = [
  'koffie',
  'samen',
  'gezellig',
  'leren',
  'mensen',
  'helpen',
  'buurthuis',
  'bibliotheek',
  'creatief',
  'Nederlands',
]
const RARE = [
  'naaicafé',
  'hovenier',
  'receptionist',
  'zangkoor',
  'fietsenmaker',
  'huiswerkklas',
  'spelletjesmiddag',
  'coördinator',
  'fietsen',
  'zorgboerderij',
]
const PREFIXES = ['koff', 'fiet', 'taal', 'wand', 'bre', 'moes', 'vrijw', 'kring', 'sport', 'begel']
// What residents type beyond the words of the listings: typos, compounds, kinds, synonyms (issue 14).
const TYPOS = ['vrijwiligerswerk', 'computr', 'fietsn', 'wandlen', 'koffe', 'bibliotheeek']
const COMPOUNDS = ['computerles', 'kookles', 'taalles', 'huiswerkhulp', 'café', 'kookgroep']
const MEANINGS = [
  'vrijwilligerswerk',
  'sporten',
  'bejaarden',
  'lunch',
  'stageplek',
  'werkervaringsplek',
]
const PAIRS = [
  'samen koken',
  'repair café',
  'koffie gezellig',
  'taalcafé nederlands',
  'yoga stoel',
  'fietsen repareren',
  'wandelgroep park',
  'maatje begeleiding',
  'buurtmaaltijd samen',
  'computercursus leren',
]

const pick = <T>(rnd: () => number, items: readonly T[]): T =>
  items[Math.floor(rnd() * items.length)]!
const some = <T>(rnd: () => number, items: readonly T[], p: number): T[] =>
  items.filter(() => rnd() < p)

/** The longest word of a PC4 place name: a rare word (a town appears in few titles). */
const placeWord = (rnd: () => number) => {
  const place = pick(rnd, pc4Centroids()).place
  return place.split(/[\s'-]+/).sort((a, b) => b.length - a.length)[0] ?? place
}

const text = (rnd: () => number): string => {
  const r = rnd()
  if (r < 0.22) return pick(rnd, COMMON)
  if (r < 0.34) return pick(rnd, RARE)
  if (r < 0.42) return placeWord(rnd)
  if (r < 0.57) return pick(rnd, PREFIXES)
  if (r < 0.72) return pick(rnd, PAIRS)
  if (r < 0.8) return pick(rnd, TYPOS)
  if (r < 0.9) return pick(rnd, COMPOUNDS)
  return pick(rnd, MEANINGS)
}

/** One to three attribute filters (kinds, free, walk-in, weekdays, themes, rungs). */
const facets = (rnd: () => number): SearchQuery => {
  const q: SearchQuery = {}
  const n = 1 + Math.floor(rnd() * 3)
  const dims = ['kinds', 'free', 'walkIn', 'weekdays', 'themes', 'rungs'] as const
  const chosen = new Set<string>()
  while (chosen.size < n) chosen.add(pick(rnd, dims))
  for (const d of chosen) {
    if (d === 'kinds')
      q.kinds = [pick(rnd, LISTING_KINDS), ...some(rnd, LISTING_KINDS, 0.15)].filter(
        (k, i, a) => a.indexOf(k) === i,
      )
    if (d === 'free') q.free = true
    if (d === 'walkIn') q.walkIn = true
    if (d === 'weekdays')
      q.weekdays = [...new Set([1 + Math.floor(rnd() * 7), 1 + Math.floor(rnd() * 7)])].sort()
    if (d === 'themes') q.themes = [`t${1 + Math.floor(rnd() * 8)}`]
    if (d === 'rungs') q.rungs = [1 + Math.floor(rnd() * 6)]
  }
  return q
}

const near = (rnd: () => number): NonNullable<SearchQuery['near']> => {
  const p = pick(rnd, pc4Centroids())
  return { lat: p.lat, lon: p.lon, radiusKm: Math.round((2 + rnd() * 23) * 10) / 10 }
}

/**
 * A fixed mix of `total` queries (rounded up to a multiple of four), the four groups
 * interleaved so that any drift over the run hits every group alike. Same seed, same mix.
 */
export const queryMix = (total: number, seed = 20261123): BenchQuery[] => {
  const rnd = prng(seed)
  const perGroup = Math.ceil(total / GROUPS.length)
  const out: BenchQuery[] = []
  for (let i = 0; i < perGroup; i++) {
    out.push({ group: 'text', query: { text: text(rnd), pageSize: 20 } })
    out.push({ group: 'text+facets', query: { text: text(rnd), ...facets(rnd), pageSize: 20 } })
    out.push({ group: 'radius', query: { near: near(rnd), pageSize: 20 } })
    out.push({
      group: 'text+radius+filters',
      query: { text: text(rnd), near: near(rnd), ...facets(rnd), sort: 'distance', pageSize: 20 },
    })
  }
  return out
}

/**
 * The nearest Payload `where` for a query: each word `like` in title, summary or body (and-ed),
 * filters as equals / in, and the radius as a lat/lon bounding box on the number fields.
 * Payload has no distance sort (and `near` throws on SQLite), so the page of 20 is the newest
 * 20 in the box, not the nearest 20.
 */
export const payloadWhere = (q: SearchQuery): Where => {
  const and: Where[] = []
  for (const w of (q.text ?? '').split(/\s+/).filter(Boolean)) {
    and.push({ or: [{ title: { like: w } }, { summary: { like: w } }, { body: { like: w } }] })
  }
  if (q.kinds?.length) and.push({ kind: { in: q.kinds } })
  if (q.free) and.push({ free: { equals: true } })
  if (q.walkIn) and.push({ walkIn: { equals: true } })
  if (q.weekdays?.length) and.push({ weekdays: { in: q.weekdays.map(String) } })
  if (q.themes?.length) and.push({ themes: { in: q.themes } })
  if (q.rungs?.length) and.push({ rungs: { in: q.rungs.map(String) } })
  if (q.near) {
    const b = boundingBox(q.near)
    and.push(
      { lat: { greater_than_equal: b.minLat } },
      { lat: { less_than_equal: b.maxLat } },
      { lon: { greater_than_equal: b.minLon } },
      { lon: { less_than_equal: b.maxLon } },
    )
  }
  return and.length ? { and } : {}
}
