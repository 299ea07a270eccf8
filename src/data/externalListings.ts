import type { Payload, TypedUser } from 'payload'

import type { ExternalListingData } from '../lib/federation/fromSessionSeries'
import type { Activity, ExternalListing } from '../payload-types'

/**
 * A listing of another directory, shaped as the activity a card shows (title, summary, where,
 * when, cost), with its page at the source in place of a slug and the source's name to show.
 * A source switched off or removed takes its listings with it (plugins/directory/federation).
 */
const asActivity = (e: ExternalListing): Activity => {
  const d = e.data as unknown as ExternalListingData
  return {
    id: e.id,
    title: e.title,
    slug: e.url,
    summary: d.summary,
    organisation: { id: 0, name: e.organisationName ?? '' },
    locationKind: d.online ? 'online' : 'venue',
    venue: d.venue
      ? {
          id: 0,
          name: d.venue.name,
          address: {
            street: d.venue.address,
            houseNumber: '',
            postcode: '',
            city: d.venue.city ?? '',
          },
          location:
            d.venue.lat !== null && d.venue.lon !== null ? [d.venue.lon, d.venue.lat] : null,
        }
      : null,
    schedule: d.schedule,
    cost: d.cost,
    ageMin: d.ageMin,
    ageMax: d.ageMax,
  } as unknown as Activity
}

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
  return new Map(docs.map((e) => [String(e.id), { doc: asActivity(e), origin: e.sourceName }]))
}
