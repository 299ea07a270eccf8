import type { QueryTerm } from '../snippet'
import type { SearchStore } from '../store/types'
import type { FacetCounts, SearchQuery, SearchResult } from '../types'
import { suggestQuery } from '../understand/suggest'
import type { UnderstandContext } from '../understand/understand'
import type { ListingIndex } from './listings'
import { pageHits } from './page'
import type { KeptResult } from './resultCache'
import type { Matches } from './scan'

/** What one search needs besides its matches: where to read, what it asked and which page. */
export interface PageRequest {
  store: SearchStore
  index: ListingIndex
  q: SearchQuery
  context: UnderstandContext
  terms: QueryTerm[]
  page: number
  pageSize: number
}

/** The answer for a page: its listings read from the store, the counts, and a suggestion when nothing matched. */
export const answer = async (
  r: PageRequest,
  ids: ArrayLike<number>,
  km: ArrayLike<number> | null,
  total: number,
  facets: FacetCounts,
): Promise<SearchResult> => {
  const hits = await pageHits(r.store, r.index, ids, km, r.terms)
  const suggestion = total === 0 && r.q.text ? suggestQuery(r.q.text, r.context) : null
  return {
    hits,
    total,
    page: r.page,
    pageSize: r.pageSize,
    facets,
    ...(suggestion ? { suggestion } : {}),
  }
}

/** The answer for a page from a kept result (the order as far as the page reaches). */
export const keptAnswer = (r: PageRequest, kept: KeptResult): Promise<SearchResult> => {
  const end = r.page * r.pageSize
  const from = Math.min(end - r.pageSize, kept.order.length)
  const to = Math.min(end, kept.order.length)
  const km = kept.km?.subarray(from, to) ?? null
  return answer(r, kept.order.subarray(from, to), km, kept.total, kept.facets)
}

/** The page's ids and distances at the ordered positions `from … to−1` (read before the next `await`: the matches are scratch). */
export const pageOf = (m: Matches, ordered: number[], from: number, to: number) => {
  const positions = ordered.slice(from, to)
  const { ids, km } = m
  return {
    ids: positions.map((pos) => ids[pos]!),
    km: km ? positions.map((pos) => km[pos]!) : null,
  }
}
