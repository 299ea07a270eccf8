import type { CollectionSlug, Payload } from 'payload'

import { DIRECTORY_COUNTS, seedDirectory } from './seedDirectory'
import { seedChainData } from './seedChainData'
import { seedContactData } from './seedContactData'
import { seedDemoUsers } from './seedDemoUsers'
import { seedListings } from './seedListings'

/** Deleted on reset, children before parents. School holidays and media stay. */
const DEMO_COLLECTIONS: CollectionSlug[] = [
  'profiles',
  'referrals',
  'referral-outcomes',
  'interests',
  'interest-outcomes',
  'loket-requests',
  'listing-reports',
  'activities',
  'openings',
  'venues',
  'users',
  'organisations',
  'themes',
  'areas',
]

export interface SeedResult {
  seeded: boolean
  counts?: Record<string, number>
}

const hasContent = async (payload: Payload) => {
  for (const collection of ['users', 'organisations'] as const) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    if (totalDocs > 0) return true
  }
  return false
}

const clear = async (payload: Payload) => {
  for (const collection of DEMO_COLLECTIONS) {
    await payload.delete({
      collection,
      where: { id: { exists: true } },
      overrideAccess: true,
      context: { seeding: true },
    })
  }
}

/**
 * Fills an empty database with the fictional demo data. Does nothing when there are users or
 * organisations already (so a real installation is never touched), unless `reset` is set,
 * which first deletes all demo-type content. Runs as a script, so it bypasses access control.
 */
export const seedDemoData = async (
  payload: Payload,
  { reset = false, now = new Date() }: { reset?: boolean; now?: Date } = {},
): Promise<SeedResult> => {
  if (reset) await clear(payload)
  else if (await hasContent(payload)) return { seeded: false }

  // The demo's venues lie in Groningen; the open-data feed names the province of each address.
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { openData: { province: 'Groningen' } },
    overrideAccess: true,
  })
  const directory = await seedDirectory(payload)
  const listings = await seedListings(payload, { ...directory, now })
  const users = await seedDemoUsers(payload, directory.organisations)
  const contact = await seedContactData(payload, now)
  const chain = await seedChainData(payload)

  return {
    seeded: true,
    counts: {
      interests: contact.interests,
      loketRequests: contact.loket,
      ...chain,
      ...DIRECTORY_COUNTS,
      ...listings,
      users,
    },
  }
}
