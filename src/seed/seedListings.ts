import type { Payload } from 'payload'

import { activityData, openingData, type Lookups } from './buildListings'
import { ASSEN_ACTIVITIES } from './data/activities/assen'
import { GRONINGEN_ACTIVITIES } from './data/activities/groningen'
import { HAREN_ACTIVITIES } from './data/activities/haren'
import { OPENINGS } from './data/openings'
import type { ListingSlug } from '../lib/vocabulary'

const DEMO_ACTIVITIES = [...HAREN_ACTIVITIES, ...GRONINGEN_ACTIVITIES, ...ASSEN_ACTIVITIES]

/** Creates the rows in order, each a draft or published as `drafts` says. */
const createListings = async (
  payload: Payload,
  collection: ListingSlug,
  data: object[],
  drafts: boolean[],
) => {
  for (const [i, row] of data.entries()) {
    await payload.create({
      collection,
      data: row as never,
      draft: drafts[i],
      overrideAccess: true,
      context: { seeding: true },
    })
  }
}

/** The demo activities, then the demo openings, some of them drafts; how many of each. */
export const seedListings = async (
  payload: Payload,
  lookups: Lookups,
): Promise<{ activities: number; openings: number }> => {
  await createListings(
    payload,
    'activities',
    DEMO_ACTIVITIES.map((a, i) => activityData(a, i, lookups)),
    DEMO_ACTIVITIES.map((a) => Boolean(a.draft)),
  )
  await createListings(
    payload,
    'openings',
    OPENINGS.map((o, i) => openingData(o, i, lookups)),
    OPENINGS.map((o) => Boolean(o.draft)),
  )
  return { activities: DEMO_ACTIVITIES.length, openings: OPENINGS.length }
}
