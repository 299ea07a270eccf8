import { lookupPc4 } from '../../lib/geo/pc4'
import { parseSearchParams, type ParsedSearch } from '../../lib/search/queryParams'
import { SEARCH_PARAMS } from '../../lib/search/searchParamDefs'
import { DEFAULT_PAGE_SIZE } from '../../lib/search/types'

/** What the engine knows; anything else in a page address (utm_source, fbclid, …) is ignored. */
const KNOWN = new Set(SEARCH_PARAMS.map((p) => p.name))

const lookupPostcode = (postcode: string) => {
  const found = lookupPc4(postcode)
  return found ? { lat: found.lat, lon: found.lon, place: found.place } : null
}

/**
 * The results page's query string → the engine's query. A plain HTML form sends every field,
 * also the empty ones, and always a radius; those are not mistakes of the visitor, so they are
 * dropped here instead of reported. A typed postcode wins over an earlier "my location".
 */
const cleanWebParams = (input: URLSearchParams): URLSearchParams => {
  const params = new URLSearchParams()
  for (const [name, value] of input) {
    if (!KNOWN.has(name) || name === 'pageSize') continue
    if (value.trim() === '') continue
    params.append(name, value)
  }
  if (params.has('postcode')) {
    params.delete('lat')
    params.delete('lon')
  }
  const located = params.has('postcode') || (params.has('lat') && params.has('lon'))
  if (!located) {
    params.delete('radius')
    if (params.get('sort') === 'distance') params.delete('sort')
  }
  if (params.get('page') === '1') params.delete('page')
  return params
}

/** Nearest first when searching by place only; soonest first when just browsing. */
const defaultSort = (near: boolean, text: boolean): 'distance' | 'soonest' | 'relevance' =>
  text ? 'relevance' : near ? 'distance' : 'soonest'

export type WebSearch = ParsedSearch & { params: URLSearchParams; place?: string }

export const parseWebSearch = (input: URLSearchParams): WebSearch => {
  const params = cleanWebParams(input)
  const parsed = parseSearchParams(params, lookupPostcode)
  if (!parsed.ok) return { ...parsed, params }
  const postcode = params.get('postcode')
  const place = postcode ? lookupPostcode(postcode)?.place : undefined
  return {
    ...parsed,
    query: {
      ...parsed.query,
      pageSize: DEFAULT_PAGE_SIZE,
      sort: parsed.query.sort ?? defaultSort(Boolean(parsed.near), Boolean(parsed.query.text)),
    },
    params,
    place,
  }
}
