import type { SearchStore } from '../store/types'
import { buildSnippet, type QueryTerm } from '../snippet'
import { snippetHtml } from '../text'
import type { SearchHit } from '../types'
import type { ListingIndex } from './listings'

/**
 * The hits of the page (ids, with their distances when the search has a place), in that order: what the index holds in
 * memory, plus one read of the page's listings from the store (their ids, slugs and text for
 * the snippet). A listing removed since the search began is left out.
 */
export const pageHits = async (
  store: SearchStore,
  index: ListingIndex,
  ids: ArrayLike<number>,
  km: ArrayLike<number> | null,
  terms: QueryTerm[],
): Promise<SearchHit[]> => {
  if (!ids.length) return []
  const rows = Array.from(ids, (id) => index.get(id)!)
  const docs = new Map(
    (await store.read(rows.map((r) => r.key))).map((d) => [`${d.collection}/${d.id}`, d]),
  )
  const hits: SearchHit[] = []
  rows.forEach((r, i) => {
    const d = docs.get(r.key)
    if (!d) return
    const snippet = terms.length ? buildSnippet([d.summary, d.body, d.title], terms) : null
    hits.push({
      collection: d.collection,
      id: d.id,
      kind: r.kind,
      title: d.title,
      slug: d.slug ?? null,
      ...(km ? { distanceKm: Math.round(km[i]! * 100) / 100 } : {}),
      ...(d.lat !== null && d.lon !== null ? { point: { lat: d.lat, lon: d.lon } } : {}),
      snippet: snippet ?? snippetHtml(d.summary),
      nextStart: d.nextStart,
    })
  })
  return hits
}
