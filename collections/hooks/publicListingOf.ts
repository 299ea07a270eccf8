import { APIError, type PayloadRequest } from 'payload'

import type { Activity, Opening } from '../../src/payload-types'
import { anonymousRequest } from '../access/anonymousRequest'
import { relationID } from '../access/getUserOrganisationIDs'

export type ListingRef = { relationTo?: 'activities' | 'openings'; value?: unknown } | undefined

/**
 * The listing a public form is about, as residents see it: whoever saves, only a published,
 * visible listing counts (the sender is anonymous). Anything else is a 400 in Dutch and English.
 */
export const publicListingOf = async (req: PayloadRequest, listing: ListingRef): Promise<(Activity | Opening) & { collection: 'activities' | 'openings' }> => {
  const id = relationID(listing?.value)
  const collection = listing?.relationTo
  const doc =
    collection && id !== undefined
      ? await req.payload.findByID({ collection, id, depth: 0, overrideAccess: false, req: anonymousRequest(req), disableErrors: true })
      : null
  if (!doc || !collection) throw new APIError('Dit aanbod bestaat niet (meer). / This listing does not exist (any more).', 400, null, true)
  return { ...(doc as Activity | Opening), collection }
}
