// The kinds and facets are the directory's vocabulary (one home, with their labels).
export {
  ACCESSIBILITY_FACETS,
  type AccessibilityFacet,
  AGE_BANDS,
  type AgeBand,
  HELP_FACETS,
  type HelpFacet,
  LISTING_KINDS,
  type ListingKind,
  PARTS_OF_DAY,
  type PartOfDay,
} from '../vocabulary'
import type { AccessibilityFacet, AgeBand, HelpFacet, ListingKind, PartOfDay } from '../vocabulary'
import type { ListingSlug } from '../vocabulary'

/** What the index holds: our listings, and listings of other directories (federation). */
export type IndexedSlug = ListingSlug | 'external-listings'

export const SORTS = ['relevance', 'distance', 'soonest'] as const
type SearchSort = (typeof SORTS)[number]

export interface SearchQuery {
  text?: string
  kinds?: ListingKind[]
  themes?: string[]
  areas?: string[]
  /** ISO weekdays 1 (Monday) … 7 (Sunday). */
  weekdays?: number[]
  partsOfDay?: PartOfDay[]
  free?: boolean
  walkIn?: boolean
  /** The person's age: listings whose age range includes it (or have none). */
  age?: number
  /** An age band: listings whose age range overlaps it (or have none). */
  ageBand?: AgeBand
  /** What helps (maatje mag mee, geen verwijzing, …): all of these. */
  help?: HelpFacet[]
  /** All of these must be present at the venue. */
  accessibility?: AccessibilityFacet[]
  /** Participation-ladder rungs 1–6: any of them. */
  rungs?: number[]
  near?: { lat: number; lon: number; radiusKm: number }
  sort?: SearchSort
  page?: number
  pageSize?: number
  /** The site's language: on the English site, English words also find the Dutch listings. */
  locale?: 'nl' | 'en'
}

export interface SearchHit {
  collection: IndexedSlug
  id: string
  kind: ListingKind
  title: string
  slug: string | null
  /** Kilometres from `near`, when given. */
  distanceKm?: number
  /** Where the listing is (its venue), when known: for maps. */
  point?: { lat: number; lon: number }
  /** Safe HTML: the matching words in <mark>, everything else escaped. */
  snippet: string
  nextStart: string | null
}

/** Counts per value for each filter dimension, over the whole result (not just the page). */
export interface FacetCounts {
  kinds: Record<string, number>
  themes: Record<string, number>
  areas: Record<string, number>
  weekdays: Record<string, number>
  partsOfDay: Record<string, number>
  free: number
  walkIn: number
  accessibility: Record<string, number>
  rungs: Record<string, number>
  help: Record<string, number>
  /** Listings that fit each age band (one listing can fit several). */
  ageBands: Record<string, number>
}

export interface SearchResult {
  hits: SearchHit[]
  total: number
  page: number
  pageSize: number
  facets: FacetCounts
  /** "Bedoelde je …?": a query close to this one that would find something, when nothing was found. */
  suggestion?: string
}

/** One listing as the public index holds it; built from what an anonymous reader may see. */
export interface IndexDoc {
  collection: IndexedSlug
  id: string
  kind: ListingKind
  title: string
  summary: string
  body: string
  slug: string | null
  lat: number | null
  lon: number | null
  free: boolean
  walkIn: boolean
  ageMin: number | null
  ageMax: number | null
  weekdays: number[]
  partsOfDay: PartOfDay[]
  themes: string[]
  areas: string[]
  accessibility: AccessibilityFacet[]
  rungs: number[]
  /** What helps taking part (see HELP_FACETS). Rows stored before it existed lack it: none. */
  help?: HelpFacet[]
  nextStart: string | null
  /** From this instant the public may no longer see it (stale or over); absent or null: no limit. */
  visibleUntil?: string | null
}

export interface SearchEngine {
  readonly name: string
  search(query: SearchQuery): Promise<SearchResult>
  /** Loads what the engine keeps in memory, when it keeps anything (resolves when done). */
  ready?(): Promise<void>
}

/** Keeps an index in step with the listings. `tx` is the database handle of the save. */
export interface SearchIndexWriter<Tx = unknown> {
  upsert(doc: IndexDoc, tx?: Tx): Promise<void>
  remove(collection: IndexDoc['collection'], id: string, tx?: Tx): Promise<void>
  clear(tx?: Tx): Promise<void>
}

export const MAX_PAGE_SIZE = 50
export const DEFAULT_PAGE_SIZE = 20
