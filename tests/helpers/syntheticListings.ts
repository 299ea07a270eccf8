import { pc4Table } from '../../src/lib/geo/pc4'
import {
  ACCESSIBILITY_FACETS,
  HELP_FACETS,
  type IndexDoc,
  LISTING_KINDS,
  PARTS_OF_DAY,
} from '../../src/lib/search/types'

/** A small deterministic PRNG (mulberry32): the same seed gives the same listings everywhere. */
export const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const ACTIVITIES = [
  'Koffieochtend',
  'Taalcafé',
  'Breicafé',
  'Repair Café',
  'Wandelgroep',
  'Fietsen repareren',
  'Samen koken',
  'Huiswerkklas',
  'Computercursus',
  'Moestuin',
  'Schilderen',
  'Bewegen voor ouderen',
  'Jongereninloop',
  'Spelletjesmiddag',
  'Zangkoor',
  'Voetbal',
  'Yoga op de stoel',
  'Buurtmaaltijd',
  'Digi-spreekuur',
  'Naaicafé',
]
const OPENINGS = [
  'Gastvrouw',
  'Chauffeur',
  'Kok',
  'Tuinman',
  'Coördinator',
  'Maatje',
  'Medewerker magazijn',
  'Fietsenmaker',
  'Klusser',
  'Administratief medewerker',
  'Schoonmaker',
  'Verkoper',
  'Begeleider',
  'Receptionist',
  'Hovenier',
]
const PLACES = [
  'het buurthuis',
  'de bibliotheek',
  'het jongerencentrum',
  'de kringloopwinkel',
  'de wijk',
  'het park',
  'de zorgboerderij',
  'het wijkcentrum',
]
const WORDS = [
  'gezellig',
  'samen',
  'gratis',
  'nieuwe',
  'mensen',
  'ontmoeten',
  'leren',
  'ervaring',
  'begeleiding',
  'koffie',
  'thee',
  'Nederlands',
  'oefenen',
  'buiten',
  'binnen',
  'rustig',
  'sportief',
  'creatief',
  'praten',
  'helpen',
]

/** Every row of the PC4 centroid table shipped in the repo (GeoNames, CC BY 4.0), in file order. */
export const pc4Centroids = () => [...pc4Table().values()].flat()

const pick = <T>(rnd: () => number, items: readonly T[]): T =>
  items[Math.floor(rnd() * items.length)]!
const some = <T>(rnd: () => number, items: readonly T[], p: number): T[] =>
  items.filter(() => rnd() < p)

/**
 * `n` synthetic Dutch listings spread over the country's PC4 centroids (or a given list of
 * points), deterministic for a seed: what the contract tests and the benchmark index.
 */
export const syntheticListings = (n: number, seed = 42, points = pc4Centroids()): IndexDoc[] => [
  ...syntheticListingStream(n, seed, points),
]

/** The same listings one at a time (a benchmark of a million need not hold them all). */
export function* syntheticListingStream(
  n: number,
  seed = 42,
  points = pc4Centroids(),
): Generator<IndexDoc> {
  const rnd = prng(seed)
  for (let i = 0; i < n; i++) {
    const activity = rnd() < 0.6
    const point = pick(rnd, points)
    const located = rnd() < 0.95
    const name = activity ? pick(rnd, ACTIVITIES) : pick(rnd, OPENINGS)
    const place = pick(rnd, PLACES)
    const start = 8 + Math.floor(rnd() * 12)
    const parts = some(rnd, PARTS_OF_DAY, 0.35)
    yield {
      collection: activity ? 'activities' : 'openings',
      id: String(i + 1),
      kind: activity ? 'activity' : pick(rnd, LISTING_KINDS.slice(1)),
      title: `${name} in ${point.place}`,
      summary: `${pick(rnd, WORDS)} ${pick(rnd, WORDS)} in ${place}`,
      body:
        Array.from({ length: 12 }, () => pick(rnd, WORDS)).join(' ') +
        (rnd() < 0.1 ? ' fietsen' : ''),
      slug: `synthetisch-${i + 1}`,
      lat: located ? point.lat + (rnd() - 0.5) * 0.02 : null,
      lon: located ? point.lon + (rnd() - 0.5) * 0.03 : null,
      free: activity && rnd() < 0.6,
      walkIn: activity && rnd() < 0.5,
      ageMin: rnd() < 0.2 ? 12 + Math.floor(rnd() * 10) : null,
      ageMax: rnd() < 0.2 ? 18 + Math.floor(rnd() * 60) : null,
      weekdays: some(rnd, [1, 2, 3, 4, 5, 6, 7], 0.3),
      partsOfDay: parts,
      themes: some(rnd, ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8'], 0.25),
      areas: [`a${1 + Math.floor(rnd() * 30)}`],
      accessibility: some(rnd, ACCESSIBILITY_FACETS, 0.5),
      rungs: some(rnd, [1, 2, 3, 4, 5, 6], 0.3),
      // From the number, not from rnd: the rest of the data set stays as it was before.
      help: HELP_FACETS.filter(
        (_, k) => ((Math.imul(i + 1, 0x9e3779b1) >>> (k * 4 + 3)) & 3) === 0,
      ),
      nextStart: activity
        ? new Date(Date.UTC(2026, 11, 1 + Math.floor(rnd() * 60), start - 1)).toISOString()
        : null,
    }
  }
}
