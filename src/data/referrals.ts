import type { Payload } from 'payload'

import type { Language } from '../../collections/fields/inLanguage'
import type { Activity, Opening, Referral } from '../payload-types'
import type { ListingSlug } from '../lib/vocabulary'
import type { Visitor } from './cms'
import { publicRequest } from './contact'

/** Only professionals refer a client (the data model's rule; the pages offer it to them only). */
export const refersClients = (user: Visitor | null): boolean =>
  Boolean(user?.roles?.includes('professional'))

/** A listing a client can be referred to: an open opening, or any activity residents see. */
export const takesReferral = (listing: Activity | Opening, kind: 'activity' | 'opening'): boolean =>
  kind === 'activity' || (listing as Opening).status === 'open'

/**
 * Stores a warm referral as the logged-in professional: their access, the data model's rules
 * (no surname, no BSN, the deadline) and the refusals in the page's language.
 */
export const createReferral = async (
  payload: Payload,
  user: Visitor,
  listing: { collection: ListingSlug; id: number },
  data: Pick<Referral, 'clientName' | 'contactBy'> &
    Partial<Pick<Referral, 'email' | 'phone' | 'support' | 'note' | 'currentRung'>>,
  language: Language = 'nl',
) =>
  payload.create({
    collection: 'referrals',
    data: {
      listing: { relationTo: listing.collection, value: listing.id },
      consent: true,
      status: 'sent',
      ...data,
    },
    overrideAccess: false,
    user,
    req: await publicRequest(payload, language),
  })
