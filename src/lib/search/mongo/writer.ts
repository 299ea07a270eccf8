import type { ClientSession, Collection, IndexDescription } from 'mongodb'

import { foldedWords, foldText, stemWord } from '../text'
import {
  ACCESSIBILITY_FACETS, type AccessibilityFacet, type IndexDoc, PARTS_OF_DAY, type PartOfDay, type SearchIndexWriter,
} from '../types'

/** One listing as the MongoDB index stores it: the IndexDoc plus what the search needs. */
export interface MongoSearchDoc extends IndexDoc {
  /** GeoJSON point, only when the listing is located (2dsphere indexes skip documents without it). */
  location?: { type: 'Point'; coordinates: [number, number] }
  titleFolded: string
  summaryFolded: string
  bodyFolded: string
  /** Distinct folded words of title, summary and body: the text filter matches these by prefix. */
  words: string[]
  /** Distinct Dutch stems of those words (in the text index). */
  stems: string[]
}

const isWeekday = (d: unknown): d is number => Number.isInteger(d) && (d as number) >= 1 && (d as number) <= 7
const isRung = (r: unknown): r is number => Number.isInteger(r) && (r as number) >= 1 && (r as number) <= 6
const isPart = (p: unknown): p is PartOfDay => (PARTS_OF_DAY as readonly unknown[]).includes(p)
const isAccess = (a: unknown): a is AccessibilityFacet => (ACCESSIBILITY_FACETS as readonly unknown[]).includes(a)

/**
 * Filter values as the SQLite bitmasks keep them: only known values, each once. Shared by the
 * writer (what is stored) and the engine (what is asked and counted), so both agree.
 */
export const clean = {
  weekdays: (v: readonly unknown[] = []) => [...new Set(v.filter(isWeekday))],
  rungs: (v: readonly unknown[] = []) => [...new Set(v.filter(isRung))],
  partsOfDay: (v: readonly unknown[] = []) => [...new Set(v.filter(isPart))],
  accessibility: (v: readonly unknown[] = []) => [...new Set(v.filter(isAccess))],
  strings: (v: readonly unknown[] = []) => [...new Set(v.filter((s): s is string => typeof s === 'string'))],
}

const validPoint = (lat: number | null, lon: number | null): lat is number =>
  typeof lat === 'number' && typeof lon === 'number' && Number.isFinite(lat) && Number.isFinite(lon) &&
  Math.abs(lat) <= 90 && Math.abs(lon) <= 180

/** The stored form of one listing (pure; exported for tests). */
export const toMongoSearchDoc = (doc: IndexDoc): MongoSearchDoc => {
  const titleFolded = foldText(doc.title ?? '')
  const summaryFolded = foldText(doc.summary ?? '')
  const bodyFolded = foldText(doc.body ?? '')
  const words = [...new Set(foldedWords(`${titleFolded} ${summaryFolded} ${bodyFolded}`))]
  const stems = [...new Set(words.map((w) => stemWord(w)))]
  const out: MongoSearchDoc = {
    collection: doc.collection,
    id: doc.id,
    kind: doc.kind,
    title: doc.title ?? '',
    summary: doc.summary ?? '',
    body: doc.body ?? '',
    slug: doc.slug ?? null,
    lat: doc.lat ?? null,
    lon: doc.lon ?? null,
    free: Boolean(doc.free),
    walkIn: Boolean(doc.walkIn),
    ageMin: doc.ageMin ?? null,
    ageMax: doc.ageMax ?? null,
    weekdays: clean.weekdays(doc.weekdays),
    partsOfDay: clean.partsOfDay(doc.partsOfDay),
    themes: clean.strings(doc.themes),
    areas: clean.strings(doc.areas),
    accessibility: clean.accessibility(doc.accessibility),
    rungs: clean.rungs(doc.rungs),
    nextStart: doc.nextStart ?? null,
    titleFolded,
    summaryFolded,
    bodyFolded,
    words,
    stems,
  }
  // A point outside the valid range would make the 2dsphere index reject the whole write.
  if (validPoint(doc.lat, doc.lon)) out.location = { type: 'Point', coordinates: [doc.lon!, doc.lat] }
  return out
}

/** The indexes the engine relies on (plus the text index over folded text and stems). */
export const MONGO_SEARCH_INDEXES: IndexDescription[] = [
  { key: { collection: 1, id: 1 }, name: 'search_key', unique: true },
  { key: { kind: 1 }, name: 'search_kind' },
  { key: { location: '2dsphere' }, name: 'search_location' },
  // Anchored (`^prefix`) regexes on this multikey index become index range scans.
  { key: { words: 1 }, name: 'search_words' },
  {
    key: { titleFolded: 'text', summaryFolded: 'text', bodyFolded: 'text', stems: 'text' },
    name: 'search_text',
    weights: { titleFolded: 10, summaryFolded: 4, bodyFolded: 1, stems: 1 },
    // We fold and stem ourselves; MongoDB's own stemmer and stop words must stay out of it.
    default_language: 'none',
  },
]

export const ensureMongoSearchIndexes = async (collection: Collection<MongoSearchDoc>): Promise<void> => {
  await collection.createIndexes(MONGO_SEARCH_INDEXES)
}

const opts = (session?: ClientSession) => (session ? { session } : {})

/** The index writer over one collection; `tx` (when given) is the ClientSession of the save. */
export const mongoIndexWriter = (collection: Collection<MongoSearchDoc>): SearchIndexWriter<ClientSession> => ({
  upsert: async (doc, tx) => {
    await collection.replaceOne({ collection: doc.collection, id: doc.id }, toMongoSearchDoc(doc), { upsert: true, ...opts(tx) })
  },
  remove: async (collectionName, id, tx) => {
    await collection.deleteOne({ collection: collectionName, id }, opts(tx))
  },
  clear: async (tx) => {
    await collection.deleteMany({}, opts(tx))
  },
})
