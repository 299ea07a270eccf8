import { label } from '../../src/lib/vocabulary'

/**
 * Where a warm referral stands. The receiving organisation answers a sent referral (accepted or
 * declined) and later says how it went (placed or not); the counts keep each step.
 */
export const REFERRAL_STATUSES = [
  { value: 'sent', label: label('Verstuurd, wacht op antwoord', 'Sent, awaiting an answer') },
  { value: 'accepted', label: label('Geaccepteerd', 'Accepted') },
  { value: 'declined', label: label('Afgewezen', 'Declined') },
  { value: 'placed', label: label('Geplaatst: de plek is gelukt', 'Placed: it worked out') },
  { value: 'not_placed', label: label('Niet gelukt', 'Did not work out') },
] as const

export type ReferralStatus = (typeof REFERRAL_STATUSES)[number]['value']

/** Which status may follow which; the last three are final (an editor may still correct them). */
export const REFERRAL_NEXT: Record<ReferralStatus, readonly ReferralStatus[]> = {
  sent: ['accepted', 'declined'],
  accepted: ['placed', 'not_placed'],
  declined: [],
  placed: [],
  not_placed: [],
}

/**
 * The privacy notice the professional confirmed the client agreed to, by version. Change the
 * version when the notice's text changes.
 */
export const REFERRAL_CONSENT_VERSION = 'verwijzing-2026-12'
