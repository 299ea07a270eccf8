import { APIError, type PayloadRequest } from 'payload'

import type { Activity, Opening } from '../../src/payload-types'
import { anonymousRequest } from '../requests'
import { relationID } from '../access/getUserOrganisationIDs'
import { inLanguage } from '../fields/inLanguage'
import type { ListingSlug } from '../../src/lib/vocabulary'

export type ListingRef = { relationTo?: ListingSlug; value?: unknown } | undefined

/**
 * The listing a public form is about, as residents see it: whoever saves, only a published,
 * visible listing counts (the sender is anonymous). Anything else is a 400, in the request's language.
 */
export const publicListingOf = async (
  req: PayloadRequest,
  listing: ListingRef,
): Promise<(Activity | Opening) & { collection: ListingSlug }> => {
  const raw = relationID(listing?.value)
  // Asked before Payload validates the form: only a listing collection and an id of the
  // database's kind, or an unknown collection or "1e309" reached the database (500).
  const numeric = req.payload.db.defaultIDType === 'number'
  const id =
    raw !== undefined && (numeric ? /^\d{1,15}$/ : /^[0-9a-f]{24}$/i).test(String(raw))
      ? raw
      : undefined
  const collection =
    listing?.relationTo === 'activities' || listing?.relationTo === 'openings'
      ? listing.relationTo
      : undefined
  const doc =
    collection && id !== undefined
      ? await req.payload.findByID({
          collection,
          id,
          depth: 0,
          overrideAccess: false,
          req: anonymousRequest(req),
          disableErrors: true,
        })
      : null
  if (!doc || !collection) {
    throw new APIError(
      inLanguage(req, 'Dit aanbod bestaat niet (meer).', 'This listing does not exist (any more).'),
      400,
      null,
      true,
    )
  }
  return { ...(doc as Activity | Opening), collection }
}
