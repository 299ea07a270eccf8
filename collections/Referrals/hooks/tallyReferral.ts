import type { PayloadRequest } from 'payload'

import { amsterdamMonth } from '../../../src/lib/contact'
import type { Referral } from '../../../src/payload-types'
import { relationID } from '../../access/getUserOrganisationIDs'
import { tallyOutcome } from '../../hooks/tallyOutcome'

type Rung = NonNullable<Referral['currentRung']>

/** The neighbourhood of a listing (its own, else its venue's) and the highest rung it offers. */
const whereAndStep = async (
  req: PayloadRequest,
  listing: Referral['listing'],
): Promise<{ area: number | null; rungTo: Rung | null }> => {
  const doc = (await req.payload.findByID({
    collection: listing.relationTo,
    id: relationID(listing.value)!,
    depth: 1,
    req,
    disableErrors: true,
  })) as { areas?: unknown[] | null; ladderRungs?: Rung[] | null; venue?: unknown } | null
  const venueAreas =
    doc?.venue && typeof doc.venue === 'object' ? (doc.venue as { areas?: unknown[] }).areas : null
  const area = relationID(doc?.areas?.[0] ?? venueAreas?.[0])
  const rungs = [...(doc?.ladderRungs ?? [])].sort()
  return { area: area === undefined ? null : Number(area), rungTo: rungs.at(-1) ?? null }
}

/**
 * A referral's anonymous count row: organisation, kind, neighbourhood, month, the client's rung
 * then and the highest rung the listing offers; no client, no referrer.
 */
export const tallyReferral = tallyOutcome<Referral>({
  collection: 'referrals',
  outcomes: 'referral-outcomes',
  purpose: 'referral-outcome',
  row: async (req, doc) => ({
    organisation: relationID(doc.organisation) as number,
    listingKind: doc.listingKind ?? 'activity',
    month: amsterdamMonth(new Date(doc.createdAt)),
    rungFrom: doc.currentRung ?? null,
    ...(await whereAndStep(req, doc.listing)),
  }),
})
