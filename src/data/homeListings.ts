import type { Payload, TypedUser } from 'payload'

import type { Activity, Opening } from '../payload-types'

export interface HomeListings {
  activities: Activity[]
  openings: Opening[]
}

/**
 * What the home page shows: recently checked published activities and open openings. Reads
 * as the visitor (anonymous unless logged in) so access rules decide what is visible.
 */
export const getHomeListings = async (
  payload: Payload,
  user: TypedUser | null = null,
  limit = 12,
): Promise<HomeListings> => {
  const common = { overrideAccess: false as const, user, limit, depth: 1, sort: ['-checkedOn', 'title'] }
  const [activities, openings] = await Promise.all([
    payload.find({ ...common, collection: 'activities', where: { _status: { equals: 'published' } } }),
    payload.find({
      ...common,
      collection: 'openings',
      where: { and: [{ _status: { equals: 'published' } }, { status: { equals: 'open' } }] },
    }),
  ])
  return { activities: activities.docs, openings: openings.docs }
}
