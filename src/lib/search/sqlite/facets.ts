import {
  ACCESSIBILITY_FACETS, type FacetCounts, LISTING_KINDS, type ListingKind, PARTS_OF_DAY,
} from '../types'
import { countBits } from './bits'
import type { SqlExecutor } from './schema'

export interface MatchRow {
  rowid: number
  collection: 'activities' | 'openings'
  doc_id: string
  kind: ListingKind
  title: string
  summary: string
  slug: string | null
  lat: number | null
  lon: number | null
  free: number
  walk_in: number
  weekdays: number
  parts: number
  access: number
  rungs: number
  next_start: string | null
}

const emptyCounts = (): FacetCounts => ({
  kinds: Object.fromEntries(LISTING_KINDS.map((k) => [k, 0])),
  themes: {},
  areas: {},
  weekdays: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [String(d), 0])),
  partsOfDay: Object.fromEntries(PARTS_OF_DAY.map((p) => [p, 0])),
  free: 0,
  walkIn: 0,
  accessibility: Object.fromEntries(ACCESSIBILITY_FACETS.map((a) => [a, 0])),
  rungs: Object.fromEntries([1, 2, 3, 4, 5, 6].map((r) => [String(r), 0])),
})

/**
 * Counts per value of every filter dimension over all matching rows: the bitmask columns in
 * memory, themes and areas with one grouped query over the matching documents.
 */
export const countFacets = async (sql: SqlExecutor, rows: MatchRow[]): Promise<FacetCounts> => {
  const counts = emptyCounts()
  for (const r of rows) {
    counts.kinds[r.kind] = (counts.kinds[r.kind] ?? 0) + 1
    counts.free += r.free
    counts.walkIn += r.walk_in
    countBits(counts.weekdays, r.weekdays, [1, 2, 3, 4, 5, 6, 7])
    countBits(counts.partsOfDay, r.parts, PARTS_OF_DAY)
    countBits(counts.accessibility, r.access, ACCESSIBILITY_FACETS)
    countBits(counts.rungs, r.rungs, [1, 2, 3, 4, 5, 6])
  }
  if (rows.length) {
    const grouped = await sql.all<{ facet: string; value: string; n: number }>(
      `SELECT facet, value, COUNT(*) AS n FROM search_terms WHERE doc IN (SELECT value FROM json_each(?)) GROUP BY facet, value`,
      [JSON.stringify(rows.map((r) => r.rowid))],
    )
    for (const g of grouped) (g.facet === 'theme' ? counts.themes : counts.areas)[g.value] = g.n
  }
  return counts
}
