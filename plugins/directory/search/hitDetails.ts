import type { Payload } from 'payload'

import type { SearchHit } from '../../../src/lib/search/types'
import { hitHref } from '../../../src/lib/paths'

export type DetailedHit = SearchHit & { url: string | null; organisation: string | null }

/**
 * The API's hits with what a client needs to show them without a second call: the listing's
 * public address (in the asked language) and its organisation's name — read as the anonymous
 * visitor, one query per collection on the page. A hit the visitor can no longer read (it went
 * past its end date or its freshness limit since it was indexed; the nightly job takes it out
 * of the index) is left out, as the results page leaves it out.
 */
export const withHitDetails = async (
  payload: Payload,
  hits: SearchHit[],
  locale: 'nl' | 'en' = 'nl',
): Promise<DetailedHit[]> => {
  const names = new Map<string, string>()
  const readable = new Set<string>()
  for (const collection of ['activities', 'openings'] as const) {
    const ids = hits.filter((h) => h.collection === collection).map((h) => h.id)
    if (!ids.length) continue
    const { docs } = await payload.find({
      collection,
      where: { id: { in: ids } },
      overrideAccess: false,
      user: null,
      depth: 1,
      pagination: false,
      select: { organisation: true },
      populate: { organisations: { name: true } },
    })
    for (const doc of docs) {
      readable.add(`${collection}:${doc.id}`)
      const organisation = (doc as { organisation?: unknown }).organisation
      if (organisation && typeof organisation === 'object')
        names.set(`${collection}:${doc.id}`, String((organisation as { name?: string }).name ?? ''))
    }
  }
  const base = payload.config.serverURL ?? ''
  // Listings of other directories are theirs to share, not ours: never in our API's answers.
  return hits
    .filter((hit) => readable.has(`${hit.collection}:${hit.id}`))
    .map((hit) => {
      return {
        ...hit,
        url: hit.slug ? `${base}${hitHref(locale, hit.collection, hit.slug)}` : null,
        organisation: names.get(`${hit.collection}:${hit.id}`) || null,
      }
    })
}
