/**
 * A deterministic synthetic data set for the relevance benchmark: `n` listings of neutral
 * filler (bingo, lezingen, receptionists …) with the groups of `syntheticPlan.ts` planted in
 * them, and a place of its own for each kind query. Relevance is known by construction.
 *
 * Longer than 200 lines because over a third of it is the vocabulary the generator draws from
 * (topics, roles, filler words, syllables for place names), and the generator and its check
 * belong with it.
 */
import { type IndexDoc, LISTING_KINDS, type ListingKind } from '../../../src/lib/search/types'
import { pc4Centroids, prng } from '../../helpers/syntheticListings'
import { GROUPS, SYNTHETIC_QUERIES } from './syntheticPlan'
import type { JudgedQuery } from './types'
import { indexDoc } from '../../helpers/indexDoc'

const TOPICS = [
  'Bingo',
  'Sjoelen',
  'Filmavond',
  'Lezing',
  'Informatieavond',
  'Bewonersavond',
  'Museumbezoek',
  'Biljarten',
  'Bridgen',
  'Dammen',
  'Puzzelen',
  'Buurtfeest',
  'Ruilbeurs',
  'Spelavond',
  'Quizavond',
  'Voorleesuurtje',
  'Wijkschouw',
  'Bewonersoverleg',
  'Dorpsquiz',
  'Kaartavond',
]
const ROLES = [
  'Gastheer',
  'Chauffeur',
  'Receptionist',
  'Schoonmaker',
  'Begeleider',
  'Verkoper',
  'Coördinator',
  'Beheerder',
  'Conciërge',
  'Administratief medewerker',
  'Magazijnmedewerker',
  'Kassamedewerker',
]
const WORDS = [
  'gezellig',
  'iedereen',
  'welkom',
  'samen',
  'gratis',
  'elke',
  'week',
  'buurt',
  'mensen',
  'nieuwe',
  'leuk',
  'plezier',
  'informatie',
  'aanmelden',
  'vooraf',
  'nodig',
  'vragen',
  'bellen',
  'rustig',
  'tempo',
  'vaste',
  'groep',
  'ervaring',
  'dinsdag',
  'donderdag',
  'zaterdag',
  'ochtend',
  'middag',
  'avond',
  'ontmoeten',
  'kennismaken',
  'wijk',
  'dorpshuis',
  'zaal',
  'gezelligheid',
  'begeleiding',
  'afspraak',
  'lessen',
  'cursus',
  'club',
  'workshop',
  'werkgroep',
  'vrijwilligers',
]
const SYLLABLES = [
  'Bra',
  'Dro',
  'Fle',
  'Gri',
  'Hol',
  'Kle',
  'Lut',
  'Mor',
  'Nie',
  'Oos',
  'Pla',
  'Ros',
  'Sta',
  'Tre',
  'Vel',
  'Wes',
  'Zan',
  'Ank',
  'Bel',
  'Dal',
  'Ees',
  'Gas',
  'Haa',
  'Lie',
]
const MIDDLES = ['ke', 'mer', 'ter', 'en', 'le', 've', 'de', 'wer', 'sel', 'rin']
const SUFFIXES = [
  'dorp',
  'veen',
  'wold',
  'horn',
  'broek',
  'zijl',
  'um',
  'ster',
  'hout',
  'ward',
  'lo',
  'rade',
]

export const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
const pick = <T>(rnd: () => number, items: readonly T[]): T =>
  items[Math.floor(rnd() * items.length)]!
const words = (rnd: () => number, n: number) =>
  Array.from({ length: n }, () => pick(rnd, WORDS)).join(' ')
const allMarkers = Object.values(GROUPS).flatMap((g) => g.markers)

/** Made-up place names, none inside another, none containing a group's marker. */
const placeNames = (rnd: () => number, n: number): string[] => {
  const out: string[] = []
  for (let tries = 0; out.length < n && tries < 100_000; tries++) {
    const name = pick(rnd, SYLLABLES) + pick(rnd, MIDDLES) + pick(rnd, SUFFIXES)
    const f = fold(name)
    if (
      allMarkers.some((m) => f.includes(m)) ||
      out.some((o) => fold(o).includes(f) || f.includes(fold(o)))
    )
      continue
    out.push(name)
  }
  if (out.length < n) throw new Error('not enough place names')
  return out
}

export interface SyntheticSet {
  docs: IndexDoc[]
  queries: JudgedQuery[]
  /** Group → slugs, place of each kind query → slugs: what `checkSynthetic` verifies. */
  planted: { groups: Record<string, string[]>; places: Record<string, string[]> }
  /** Slug → what was planted in it (for reports: the title alone may be neutral filler). */
  labels: Record<string, string>
}

export const syntheticRelevanceSet = (n = 5000, seed = 7): SyntheticSet => {
  const rnd = prng(seed)
  const points = pc4Centroids()
  const kindQueries = SYNTHETIC_QUERIES.filter((q) => q.kinds)
  const names = placeNames(rnd, 300 + kindQueries.length)
  const fillerPlaces = names.slice(0, 300)
  const docs: IndexDoc[] = []
  const add = (
    kind: ListingKind,
    place: string,
    title: string,
    summary: string,
    body: string,
  ): string => {
    const i = docs.length + 1
    const point = pick(rnd, points)
    const slug = `syn-${i}`
    docs.push(
      indexDoc(String(i), {
        collection: kind === 'activity' ? 'activities' : 'openings',
        kind,
        title,
        summary,
        body,
        slug,
        lat: point.lat,
        lon: point.lon,
        nextStart:
          kind === 'activity'
            ? new Date(Date.UTC(2026, 11, 1 + Math.floor(rnd() * 60), 9)).toISOString()
            : null,
      }),
    )
    return slug
  }
  const randomKind = (): ListingKind =>
    rnd() < 0.6 ? 'activity' : pick(rnd, LISTING_KINDS.slice(1))
  const neutralTitle = (kind: ListingKind, place: string) =>
    `${pick(rnd, kind === 'activity' ? TOPICS : ROLES)} in ${place}`
  const body = (place: string, extra = '') =>
    `${words(rnd, 10)} ${extra} ${words(rnd, 4)}\nDorpshuis ${place}`.replace(/ {2,}/g, ' ')

  // Planted groups: the text in the title, the summary or the body, in turn.
  const planted: SyntheticSet['planted'] = { groups: {}, places: {} }
  const labels: Record<string, string> = {}
  for (const [name, group] of Object.entries(GROUPS)) {
    const count = 1 + Math.floor(rnd() * 8)
    planted.groups[name] = Array.from({ length: count }, (_, j) => {
      const text = group.texts[j % group.texts.length]!
      const kind = randomKind()
      const place = pick(rnd, fillerPlaces)
      labels[`syn-${docs.length + 1}`] = `"${text}" in ${['title', 'summary', 'body'][j % 3]}`
      if (j % 3 === 0) return add(kind, place, `${text} ${place}`, `${words(rnd, 6)}.`, body(place))
      if (j % 3 === 1)
        return add(
          kind,
          place,
          neutralTitle(kind, place),
          `${text}. ${words(rnd, 5)}.`,
          body(place),
        )
      return add(kind, place, neutralTitle(kind, place), `${words(rnd, 6)}.`, body(place, text))
    })
  }
  // A place of its own per kind query: 3 listings of the wanted kinds, 11 of others.
  kindQueries.forEach((q, k) => {
    const place = names[300 + k]!
    const others = LISTING_KINDS.filter((kd) => !q.kinds!.includes(kd))
    planted.places[place] = Array.from({ length: 14 }, (_, j) => {
      const kind =
        j < 3
          ? q.kinds![j % q.kinds!.length]!
          : j < 9
            ? 'activity'
            : pick(
                rnd,
                others.filter((o) => o !== 'activity'),
              )
      labels[`syn-${docs.length + 1}`] = `a ${kind} in ${place}`
      return add(kind, place, neutralTitle(kind, place), `${words(rnd, 6)}.`, body(place))
    })
  })
  // Neutral filler.
  while (docs.length < n) {
    const kind = randomKind()
    const place = pick(rnd, fillerPlaces)
    add(kind, place, neutralTitle(kind, place), `${words(rnd, 7)}.`, body(place))
  }

  // Shuffled, so that no engine gains from the planted listings being indexed first.
  const order = docs.map((_, i) => i)
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1))
    ;[order[i], order[j]] = [order[j]!, order[i]!]
  }
  const newSlug = new Map<string, string>()
  const shuffled = order.map((from, to) => {
    newSlug.set(docs[from]!.slug!, `syn-${to + 1}`)
    return { ...docs[from]!, id: String(to + 1), slug: `syn-${to + 1}` }
  })
  const remap = (slugs: string[]) => slugs.map((s) => newSlug.get(s)!)
  for (const key of Object.keys(planted.groups)) planted.groups[key] = remap(planted.groups[key]!)
  for (const key of Object.keys(planted.places)) planted.places[key] = remap(planted.places[key]!)
  const newLabels = Object.fromEntries(
    Object.entries(labels).map(([slug, label]) => [newSlug.get(slug)!, label]),
  )
  docs.splice(0, docs.length, ...shuffled)

  let placeIndex = 0
  const queries: JudgedQuery[] = SYNTHETIC_QUERIES.map((spec) => {
    if (spec.kinds) {
      const place = names[300 + placeIndex++]!
      const slugs = planted.places[place]!
      const relevant = slugs.filter((s) => spec.kinds!.includes(docs[Number(s.slice(4)) - 1]!.kind))
      return {
        text: spec.text.replace('{place}', place),
        locale: spec.locale,
        class: spec.class,
        relevant,
      }
    }
    const relevant = spec.groups!.flatMap((g) => planted.groups[g]!)
    return {
      text: spec.text,
      locale: spec.locale,
      class: spec.class,
      relevant,
      ...(spec.meant ? { note: `meant: ${spec.meant}` } : {}),
    }
  })
  return { docs, queries, planted, labels: newLabels }
}

/** Problems with the construction: a marker or place name outside its own listings, or a planted listing without one. */
export const checkSynthetic = (set: SyntheticSet): string[] => {
  const problems: string[] = []
  const text = set.docs.map((d) => fold(`${d.title}\n${d.summary}\n${d.body}`))
  const holders = (needle: string) =>
    set.docs.filter((_, i) => text[i]!.includes(needle)).map((d) => d.slug!)
  for (const [name, slugs] of Object.entries(set.planted.groups)) {
    const own = new Set(slugs)
    for (const m of GROUPS[name]!.markers) {
      const stray = holders(m).filter((s) => !own.has(s))
      if (stray.length)
        problems.push(`group ${name}: marker "${m}" also in ${stray.slice(0, 5).join(', ')}`)
    }
    for (const s of slugs) {
      if (!GROUPS[name]!.markers.some((m) => text[Number(s.slice(4)) - 1]!.includes(m)))
        problems.push(`group ${name}: ${s} has no marker`)
    }
  }
  for (const [place, slugs] of Object.entries(set.planted.places)) {
    const found = holders(fold(place))
    if (found.length !== slugs.length || found.some((s) => !slugs.includes(s)))
      problems.push(`place ${place}: in ${found.length} listings, planted ${slugs.length}`)
  }
  for (const q of set.queries)
    if (!q.relevant.length) problems.push(`query "${q.text}": nothing relevant`)
  return problems
}
