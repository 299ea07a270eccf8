import { lookupPc4 } from '../geo/pc4'
import { parseSearchParams } from '../search/queryParams'
import type { SearchQuery } from '../search/types'

/** What an alert remembers of a search: its filters, not the page, order or page size. */
const NOT_KEPT = new Set(['page', 'sort', 'pageSize', 'fragment', 'map'])

const lookupPostcode = (postcode: string) => {
  const found = lookupPc4(postcode)
  return found ? { lat: found.lat, lon: found.lon } : null
}

/**
 * A results page's query string → the alert's saved search (empty values dropped, the rest in
 * one order), or null when it is not a search the engine understands.
 */
export const alertQuery = (input: string): string | null => {
  const kept = new URLSearchParams()
  for (const [name, value] of new URLSearchParams(input))
    if (!NOT_KEPT.has(name) && value.trim() !== '') kept.append(name, value.trim())
  kept.sort()
  if (String(kept).length > 1000) return null
  return parseSearchParams(kept, lookupPostcode).ok ? String(kept) : null
}

/** The saved search as the engine's query (pages of 50), or null when it no longer reads. */
export const alertSearch = (saved: string): SearchQuery | null => {
  const parsed = parseSearchParams(new URLSearchParams(saved), lookupPostcode)
  return parsed.ok ? { ...parsed.query, sort: 'soonest', page: 1, pageSize: 50 } : null
}
