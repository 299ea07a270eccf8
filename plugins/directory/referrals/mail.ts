import type { PayloadRequest } from 'payload'

import { escapeHtml } from '../../../src/lib/html'
import type { Referral, User } from '../../../src/payload-types'
import { formatDay } from '../components/dutchDate'
import { organisationRecipients } from '../jobs/organisationRecipients'

/** A referral with what its e-mails name: the listing's title, the organisation, the referrer. */
export const loadReferral = (req: PayloadRequest, id: number | string) =>
  req.payload.findByID({ collection: 'referrals', id, depth: 1, req, disableErrors: true })

const titleOf = (referral: Referral): string => {
  const listing = referral.listing.value
  return typeof listing === 'object' ? listing.title : `#${String(listing)}`
}

const adminLink = (req: PayloadRequest, referral: Referral) =>
  `${req.payload.config.serverURL}/admin/collections/referrals/${referral.id}`

const referrerOf = (referral: Referral): User | null =>
  typeof referral.referredBy === 'object' ? (referral.referredBy ?? null) : null

/** Who the receiving organisation is told through: its contact address and its members. */
const receivers = (req: PayloadRequest, referral: Referral) =>
  organisationRecipients(
    req,
    typeof referral.organisation === 'object' ? referral.organisation : null,
  )

/**
 * One e-mail about a referral. It names the listing and links to Meedoen, and carries none of
 * the client's data: that stays in Meedoen, where every read is logged and retention deletes it.
 */
const send = async (
  req: PayloadRequest,
  referral: Referral,
  to: string[],
  subject: string,
  lines: string[],
): Promise<number> => {
  if (!to.length) return 0
  const link = adminLink(req, referral)
  await req.payload.sendEmail({
    to,
    subject: `${subject}: ${titleOf(referral)}`,
    html:
      `<p>Hallo,</p>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}` +
      `<p><a href="${link}">Open verwijzing ${referral.id} in Meedoen</a> (log in met je account).</p>` +
      `<p>Om privacyredenen staan de gegevens van de cliënt niet in deze e-mail.</p>`,
    text: `Hallo,\n\n${lines.join('\n')}\n\nOpen verwijzing ${referral.id} in Meedoen: ${link}\n\nOm privacyredenen staan de gegevens van de cliënt niet in deze e-mail.\n`,
  })
  return 1
}

/** A new referral: the organisation hears who refers and the deadline. */
export const mailNewReferral = async (req: PayloadRequest, referral: Referral) => {
  const referrer = referrerOf(referral)
  return send(req, referral, await receivers(req, referral), 'Nieuwe verwijzing', [
    `${referrer?.name ?? 'Een professional'} verwijst iemand naar ${titleOf(referral)}.`,
    `Laat vóór ${formatDay(referral.dueAt, 'nl')} weten of jullie de verwijzing accepteren.`,
  ])
}

/** The organisation answered: the referrer hears it. */
export const mailAnswer = async (req: PayloadRequest, referral: Referral) => {
  const referrer = referrerOf(referral)
  const answer = referral.status === 'declined' ? 'afgewezen' : 'geaccepteerd'
  return send(req, referral, referrer ? [referrer.email] : [], `Verwijzing ${answer}`, [
    `Je verwijzing naar ${titleOf(referral)} is ${answer}.`,
    ...(referral.response ? ['Er staat een antwoord van de organisatie bij.'] : []),
  ])
}

/** No answer by the deadline: the referrer and the organisation both hear it, once. */
export const mailOverdue = async (req: PayloadRequest, referral: Referral) => {
  const referrer = referrerOf(referral)
  const toReferrer = await send(
    req,
    referral,
    referrer ? [referrer.email] : [],
    'Nog geen antwoord',
    [
      `De organisatie heeft je verwijzing naar ${titleOf(referral)} nog niet beantwoord. De termijn was ${formatDay(referral.dueAt, 'nl')}.`,
      'Neem zo nodig zelf contact op met de organisatie.',
    ],
  )
  const toOrganisation = await send(
    req,
    referral,
    await receivers(req, referral),
    'Verwijzing wacht op antwoord',
    [
      `Een verwijzing naar ${titleOf(referral)} wacht op antwoord. De termijn was ${formatDay(referral.dueAt, 'nl')}.`,
    ],
  )
  return toReferrer + toOrganisation
}

/** Weeks after accepting: the organisation gets one question, "Is de plek gelukt?". */
export const mailOutcomeQuestion = async (req: PayloadRequest, referral: Referral) =>
  send(req, referral, await receivers(req, referral), 'Is de plek gelukt?', [
    `Jullie accepteerden een verwijzing naar ${titleOf(referral)}. Is de plek gelukt?`,
    'Kies in Meedoen bij "Stand van zaken": "Geplaatst" of "Niet gelukt". Zo weten we wat werkt.',
  ])
