import type { Payload, TypedUser } from 'payload'

import type { ExternalListingData } from '../lib/federation/fromSessionSeries'
import { externalAsActivity } from '../lib/federation/indexDoc'
import type { Activity } from '../payload-types'

/**
 * The listings of other directories on a page of hits, shaped as the activities the cards
 * show, with their source's name. A source switched off or removed takes its listings with it
 * (plugins/directory/federation).
 */
export const loadExternalHits = async (
  payload: Payload,
  user: TypedUser | null,
  ids: string[],
): Promise<Map<string, { doc: Activity; origin: string }>> => {
  if (!ids.length) return new Map()
  const { docs } = await payload.find({
    collection: 'external-listings',
    where: { id: { in: ids } },
    overrideAccess: false,
    user,
    depth: 0,
    pagination: false,
  })
  return new Map(
    docs.map((e) => [
      String(e.id),
      {
        doc: externalAsActivity(e, e.data as unknown as ExternalListingData),
        origin: e.sourceName,
      },
    ]),
  )
}
