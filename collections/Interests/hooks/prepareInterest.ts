import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { contactKey } from '../../../src/lib/contact'
import type { Interest, Opening } from '../../../src/payload-types'
import { relationID } from '../../access/getUserOrganisationIDs'
import { refuse } from '../../fields/inLanguage'
import { arrivedNow } from '../../hooks/arrivedNow'
import { publicListingOf } from '../../hooks/publicListingOf'
import { anonymousRequest } from '../../requests'
import { CONSENT_VERSION } from '../options'

/**
 * A new interest: only for a listing residents can see that takes sign-ups (an open opening,
 * an activity with sign-up); addressed to the listing's own organisation whatever was sent;
 * one contact channel, filled in; consent given. Keeps only the chosen channel; the arrival
 * time, status, note and count row are the server's.
 */
export const prepareInterest: CollectionBeforeChangeHook<Interest> = async ({
  data,
  req,
  operation,
}) => {
  if (operation !== 'create') return data
  const listing = await publicListingOf(req, data.listing)
  const waiting = await onWaitingList(req, listing)
  if (
    listing.collection === 'activities' &&
    (listing as { signUp?: string }).signUp !== 'sign_up'
  ) {
    refuse(
      req,
      400,
      'Voor deze activiteit hoef je je niet aan te melden.',
      'This activity needs no sign-up.',
    )
  }
  if (data.consent !== true)
    refuse(
      req,
      400,
      'Geef toestemming om je gegevens te delen.',
      'Please give consent to share your details.',
    )
  const channel = data.contactBy === 'phone' ? 'phone' : 'email'
  const value = typeof data[channel] === 'string' ? data[channel].trim() : ''
  if (!value) {
    if (channel === 'email')
      refuse(req, 400, 'Vul je e-mailadres in.', 'Please enter your e-mail address.')
    refuse(req, 400, 'Vul je telefoonnummer in.', 'Please enter your phone number.')
  }
  const organisation = relationID(listing.organisation) as number
  const listingKind = listing.collection === 'openings' ? (listing as Opening).kind : 'activity'
  return {
    ...data,
    ...arrivedNow(),
    note: null,
    contactBy: channel,
    email: channel === 'email' ? value : null,
    phone: channel === 'phone' ? value : null,
    contactKey: contactKey(value),
    organisation,
    listingKind,
    outcome: null,
    consentVersion: CONSENT_VERSION,
    status: 'new',
    waiting,
  }
}

/**
 * An interest in an opening that is not open: refused, unless it is full and its organisation
 * keeps a waiting list (then the interest is marked as waiting).
 */
const onWaitingList = async (
  req: PayloadRequest,
  listing: Awaited<ReturnType<typeof publicListingOf>>,
): Promise<boolean> => {
  if (listing.collection !== 'openings' || (listing as Opening).status === 'open') return false
  const organisation =
    (listing as Opening).status === 'full'
      ? await req.payload.findByID({
          collection: 'organisations',
          id: relationID(listing.organisation) as number,
          depth: 0,
          select: { waitlist: true },
          overrideAccess: false,
          req: anonymousRequest(req),
          disableErrors: true,
        })
      : null
  if (!organisation?.waitlist)
    refuse(req, 400, 'Deze plek is niet meer open.', 'This opening is no longer open.')
  return true
}
