import type { Collection, Document, Filter } from 'mongodb'

import { haversineKm } from '../geo'
import { foldedWords, stemWord } from '../text'
import {
  ACCESSIBILITY_FACETS, DEFAULT_PAGE_SIZE, type FacetCounts, LISTING_KINDS, MAX_PAGE_SIZE, PARTS_OF_DAY,
  type SearchEngine, type SearchHit, type SearchQuery, type SearchResult,
} from '../types'
import { buildSnippet, plainSnippet, type QueryTerm, queryTerms, wordMatches } from '../snippet'
import { clean, type MongoSearchDoc } from './writer'

export { buildSnippet, plainSnippet, type QueryTerm, queryTerms, wordMatches }

/** The earth radius haversineKm uses (src/lib/search/geo.ts), so the prefilter circle matches it. */
const EARTH_RADIUS_KM = 6371.0088

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A filter no document passes (`$in: []` is valid and matches nothing). */
export const MATCH_NOTHING: Document = { _id: { $in: [] } }

/**
 * The radius as a 2dsphere prefilter: a spherical cap slightly larger than the haversine
 * circle (MongoDB may round differently), the exact check being done afterwards in JS.
 * Radii or centres MongoDB would reject fall back to "located at all".
 */
export const nearFilter = (near: NonNullable<SearchQuery['near']>): Document => {
  const { lat, lon, radiusKm } = near
  if (![lat, lon, radiusKm].every((n) => typeof n === 'number' && Number.isFinite(n)) || radiusKm < 0) return MATCH_NOTHING
  const radians = (radiusKm / EARTH_RADIUS_KM) * 1.001 + 1e-7
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || radians >= Math.PI / 2) return { location: { $exists: true } }
  return { location: { $geoWithin: { $centerSphere: [[lon, lat], radians] } } }
}

/** The whole query as one MongoDB filter (pure; the radius is checked exactly afterwards). */
export const buildFilter = (q: SearchQuery, terms: QueryTerm[] = queryTerms(q.text)): Document => {
  const and: Document[] = []
  if (q.kinds?.length) and.push({ kind: { $in: [...q.kinds] } })
  if (q.free) and.push({ free: true })
  if (q.walkIn) and.push({ walkIn: true })
  if (q.age !== undefined) {
    // `{ field: null }` matches null and missing: an open end of the age range.
    and.push({ $or: [{ ageMin: null }, { ageMin: { $lte: q.age } }] }, { $or: [{ ageMax: null }, { ageMax: { $gte: q.age } }] })
  }
  // Like the SQLite bitmasks: unknown values are dropped, and asking only for unknown ones finds nothing.
  if (q.weekdays?.length) and.push({ weekdays: { $in: clean.weekdays(q.weekdays) } })
  if (q.partsOfDay?.length) and.push({ partsOfDay: { $in: clean.partsOfDay(q.partsOfDay) } })
  if (q.rungs?.length) and.push({ rungs: { $in: clean.rungs(q.rungs) } })
  if (q.accessibility?.length) {
    const wanted = clean.accessibility(q.accessibility)
    and.push(wanted.length === new Set(q.accessibility).size ? { accessibility: { $all: wanted } } : MATCH_NOTHING)
  }
  if (q.themes?.length) and.push({ themes: { $in: [...q.themes] } })
  if (q.areas?.length) and.push({ areas: { $in: [...q.areas] } })
  if (q.near) and.push(nearFilter(q.near))
  for (const t of terms) {
    const clauses = t.prefixes.map((p) => ({ words: { $regex: `^${escapeRegex(p)}` } }))
    and.push(clauses.length === 1 ? clauses[0]! : { $or: clauses })
  }
  return and.length ? { $and: and } : {}
}

/** Does a folded word match a query term (as the filter decides)? */

const TEXT_FIELDS = [
  ['titleFolded', 10],
  ['summaryFolded', 4],
  ['bodyFolded', 1],
] as const
/** A match that is only a prefix ("brei" in "breicafe") counts this much of a whole word. */
export const PREFIX_ONLY_WEIGHT = 0.05

export type TextFields = Partial<Pick<MongoSearchDoc, 'titleFolded' | 'summaryFolded' | 'bodyFolded'>>

/**
 * Relevance, higher is better: per query word and field, the field weight (title 10, summary 4,
 * body 1, as the SQLite bm25 weights) when the field has the word itself or another form of it
 * (same word or same stem), a twentieth of that when it only has a word starting with it.
 */
export const textScore = (doc: TextFields, terms: QueryTerm[], stem: (w: string) => string = stemWord): number => {
  let score = 0
  for (const [field, weight] of TEXT_FIELDS) {
    const words = new Set(foldedWords(doc[field] ?? ''))
    for (const t of terms) {
      let best = 0
      for (const w of words) {
        if (!wordMatches(w, t)) continue
        if (w === t.word || w === t.stem || stem(w) === t.word || stem(w) === t.stem) {
          best = 1
          break
        }
        best = PREFIX_ONLY_WEIGHT
      }
      score += weight * best
    }
  }
  return score
}

export type FacetRow = Pick<
  MongoSearchDoc,
  'kind' | 'free' | 'walkIn' | 'weekdays' | 'partsOfDay' | 'accessibility' | 'rungs' | 'themes' | 'areas'
>

/** Counts per value over all matching documents, in the shape of the SQLite `countFacets`. */
export const countFacets = (rows: FacetRow[]): FacetCounts => {
  const counts: FacetCounts = {
    kinds: Object.fromEntries(LISTING_KINDS.map((k) => [k, 0])),
    themes: {},
    areas: {},
    weekdays: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [String(d), 0])),
    partsOfDay: Object.fromEntries(PARTS_OF_DAY.map((p) => [p, 0])),
    free: 0,
    walkIn: 0,
    accessibility: Object.fromEntries(ACCESSIBILITY_FACETS.map((a) => [a, 0])),
    rungs: Object.fromEntries([1, 2, 3, 4, 5, 6].map((r) => [String(r), 0])),
  }
  const inc = (o: Record<string, number>, k: string | number) => (o[String(k)] = (o[String(k)] ?? 0) + 1)
  for (const r of rows) {
    inc(counts.kinds, r.kind)
    if (r.free) counts.free++
    if (r.walkIn) counts.walkIn++
    clean.weekdays(r.weekdays).forEach((d) => inc(counts.weekdays, d))
    clean.partsOfDay(r.partsOfDay).forEach((p) => inc(counts.partsOfDay, p))
    clean.accessibility(r.accessibility).forEach((a) => inc(counts.accessibility, a))
    clean.rungs(r.rungs).forEach((n) => inc(counts.rungs, n))
    clean.strings(r.themes).forEach((t) => inc(counts.themes, t))
    clean.strings(r.areas).forEach((a) => inc(counts.areas, a))
  }
  return counts
}

/** What one search reads of each matching document (the body only for the page, for snippets). */
export type MatchDoc = Omit<MongoSearchDoc, 'body' | 'words' | 'stems' | 'location'> & { _id: unknown }

const BASE_PROJECTION = {
  _id: 1, collection: 1, id: 1, kind: 1, title: 1, summary: 1, slug: 1, lat: 1, lon: 1, free: 1, walkIn: 1,
  weekdays: 1, partsOfDay: 1, accessibility: 1, rungs: 1, themes: 1, areas: 1, nextStart: 1,
} as const
const TEXT_PROJECTION = { ...BASE_PROJECTION, titleFolded: 1, summaryFolded: 1, bodyFolded: 1 } as const

const collator = new Intl.Collator('nl')
const byInsertion = (a: MatchDoc, b: MatchDoc) => {
  const x = String(a._id)
  const y = String(b._id)
  return x < y ? -1 : x > y ? 1 : 0
}
/** nextStart ascending with nulls last, then the title in Dutch order (as the SQLite engine). */
export const bySoonest = (a: MatchDoc, b: MatchDoc) =>
  (a.nextStart ?? '\uffff').localeCompare(b.nextStart ?? '\uffff') || collator.compare(a.title, b.title) || byInsertion(a, b)

/**
 * Search over the MongoDB index. Filters, the text (anchored regexes on the multikey `words`,
 * one AND-ed clause per query word) and a 2dsphere prefilter for the radius go to MongoDB in one
 * find; then in JS: the exact haversine radius, relevance, sorting, facets over the whole result
 * and snippets for the page — the same semantics as the SQLite engine.
 */
export const mongoSearchEngine = (collection: Collection<MongoSearchDoc>): SearchEngine => ({
  name: 'mongodb',
  search: async (q: SearchQuery): Promise<SearchResult> => {
    const pageSize = Math.min(Math.max(1, q.pageSize ?? DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE)
    const page = Math.max(1, q.page ?? 1)
    const terms = queryTerms(q.text)
    const filter = buildFilter(q, terms)

    let rows = (await collection
      .find(filter as Filter<MongoSearchDoc>, { projection: terms.length ? TEXT_PROJECTION : BASE_PROJECTION })
      .toArray()) as unknown as MatchDoc[]

    const distance = new Map<MatchDoc, number>()
    if (q.near) {
      const near = q.near
      rows = rows.filter((r) => {
        if (typeof r.lat !== 'number' || typeof r.lon !== 'number') return false
        const km = haversineKm(near, { lat: r.lat, lon: r.lon })
        distance.set(r, km)
        return km <= near.radiusKm
      })
    }

    let scores: Map<MatchDoc, number> | null = null
    if (terms.length) {
      const stems = new Map<string, string>()
      const stem = (w: string) => {
        let s = stems.get(w)
        if (s === undefined) stems.set(w, (s = stemWord(w)))
        return s
      }
      scores = new Map(rows.map((r) => [r, textScore(r, terms, stem)]))
    }

    const byDistance = (a: MatchDoc, b: MatchDoc) => distance.get(a)! - distance.get(b)! || byInsertion(a, b)
    const sort = q.sort ?? 'relevance'
    if (sort === 'distance' && q.near) rows.sort(byDistance)
    else if (sort === 'soonest') rows.sort(bySoonest)
    else if (scores) rows.sort((a, b) => scores!.get(b)! - scores!.get(a)! || byInsertion(a, b))
    else if (q.near) rows.sort(byDistance)
    else rows.sort(bySoonest)

    const pageRows = rows.slice((page - 1) * pageSize, page * pageSize)
    const bodies = new Map<string, string>()
    if (terms.length && pageRows.length) {
      const found = await collection
        .find({ _id: { $in: pageRows.map((r) => r._id) } } as Filter<MongoSearchDoc>, { projection: { _id: 1, body: 1 } })
        .toArray()
      for (const f of found) bodies.set(String(f._id), typeof f.body === 'string' ? f.body : '')
    }

    const hits: SearchHit[] = pageRows.map((r) => ({
      collection: r.collection,
      id: r.id,
      kind: r.kind,
      title: r.title,
      slug: r.slug ?? null,
      ...(q.near ? { distanceKm: Math.round(distance.get(r)! * 100) / 100 } : {}),
      ...(typeof r.lat === 'number' && typeof r.lon === 'number' ? { point: { lat: r.lat, lon: r.lon } } : {}),
      snippet:
        (terms.length ? buildSnippet([r.title, r.summary, bodies.get(String(r._id)) ?? ''], terms) : null) ??
        plainSnippet(r.summary),
      nextStart: r.nextStart ?? null,
    }))
    return { hits, total: rows.length, page, pageSize, facets: countFacets(rows) }
  },
})
