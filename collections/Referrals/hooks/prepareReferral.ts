import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { containsBsn } from '../../../src/lib/bsn'
import { addWorkingDays, contactKey } from '../../../src/lib/contact'
import type { Opening, Referral } from '../../../src/payload-types'
import { relationID } from '../../access/getUserOrganisationIDs'
import { refuse } from '../../fields/inLanguage'
import { arrivedNow } from '../../hooks/arrivedNow'
import { publicListingOf } from '../../hooks/publicListingOf'
import { REFERRAL_CONSENT_VERSION } from '../options'

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/** The client's name: a first name or initials, at most two words (no surname). */
const clientNameOf = (req: PayloadRequest, raw: unknown): string => {
  const name = text(raw).replace(/\s+/g, ' ')
  if (!name) refuse(req, 400, 'Vul de voornaam of initialen in.', 'Enter a first name or initials.')
  if (name.split(' ').length > 2)
    refuse(
      req,
      400,
      'Alleen een voornaam of initialen, geen achternaam.',
      'Only a first name or initials, no surname.',
    )
  return name
}

/** The one channel the organisation may use, filled in. */
const channelOf = (req: PayloadRequest, data: Partial<Referral>) => {
  const channel = data.contactBy === 'email' ? 'email' : 'phone'
  const value = text(data[channel])
  if (!value) {
    if (channel === 'email')
      refuse(
        req,
        400,
        'Vul het e-mailadres van de cliënt in.',
        "Enter the client's e-mail address.",
      )
    refuse(req, 400, 'Vul het telefoonnummer van de cliënt in.', "Enter the client's phone number.")
  }
  return { channel, value } as const
}

/**
 * A new warm referral, by a professional: to a listing residents can see (an open opening, or
 * an activity); the client's consent confirmed; only a first name or initials and one channel;
 * never a BSN. The referrer, the receiving organisation, the deadline (`workingDays` working
 * days) and the status are the server's, whatever was sent.
 */
export const prepareReferral =
  (workingDays: number): CollectionBeforeChangeHook<Referral> =>
  async ({ data, req, operation }) => {
    if (operation !== 'create') return data
    if (!req.user) refuse(req, 400, 'Log in om te verwijzen.', 'Log in to refer.')
    const listing = await publicListingOf(req, data.listing)
    if (listing.collection === 'openings' && (listing as Opening).status !== 'open')
      refuse(req, 400, 'Deze plek is niet meer open.', 'This opening is no longer open.')
    if (data.consent !== true)
      refuse(
        req,
        400,
        'Bevestig dat de cliënt toestemming gaf.',
        'Confirm that the client gave consent.',
      )
    const clientName = clientNameOf(req, data.clientName)
    const { channel, value } = channelOf(req, data)
    if ([clientName, value, text(data.support), text(data.note)].some(containsBsn))
      refuse(
        req,
        400,
        'Zet geen BSN in een verwijzing. Haal het nummer weg.',
        'Never put a BSN (citizen service number) in a referral. Remove the number.',
      )
    return {
      ...data,
      ...arrivedNow(),
      clientName,
      contactBy: channel,
      email: channel === 'email' ? value : null,
      phone: channel === 'phone' ? value : null,
      contactKey: contactKey(value),
      referredBy: req.user!.id,
      organisation: relationID(listing.organisation) as number,
      listingKind: listing.collection === 'openings' ? (listing as Opening).kind : 'activity',
      consentVersion: REFERRAL_CONSENT_VERSION,
      status: 'sent',
      response: null,
      dueAt: addWorkingDays(new Date(), workingDays).toISOString(),
      respondedAt: null,
      remindedAt: null,
      outcomeAskedAt: null,
      outcome: null,
    }
  }
