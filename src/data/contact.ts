import { getLocalI18n, type Payload, type PayloadRequest } from 'payload'

import type { Language } from '../../collections/fields/inLanguage'
import type { Activity, LoketRequest, Opening } from '../payload-types'
import type { ListingSlug } from '../lib/vocabulary'

/** The plugin's contact settings, as the collections carry them (so the pages say what the jobs do). */
export const contactSettings = (
  payload: Payload,
): {
  retentionDays: number
  responseWorkingDays: number
  referral: { responseWorkingDays: number; retentionDays: number }
  rooms: { retentionDays: number }
} => ({
  retentionDays: Number(payload.collections.interests?.config.custom?.retentionDays ?? 90),
  responseWorkingDays: Number(
    payload.collections['loket-requests']?.config.custom?.responseWorkingDays ?? 5,
  ),
  referral: {
    responseWorkingDays: Number(
      payload.collections.referrals?.config.custom?.responseWorkingDays ?? 5,
    ),
    retentionDays: Number(payload.collections.referrals?.config.custom?.retentionDays ?? 180),
  },
  rooms: {
    retentionDays: Number(payload.collections['room-bookings']?.config.custom?.retentionDays ?? 30),
  },
})

/** Whether a resident can say "ik heb interesse": an open opening, or an activity that needs sign-up. */
export const takesInterest = (
  listing: Activity | Opening,
  kind: 'activity' | 'opening',
): boolean =>
  kind === 'opening'
    ? (listing as Opening).status === 'open' || keepsWaitingList(listing as Opening)
    : (listing as Activity).signUp === 'sign_up'

/** A full opening whose organisation (populated) keeps a waiting list: interests go on it. */
export const keepsWaitingList = (opening: Opening): boolean =>
  opening.status === 'full' &&
  typeof opening.organisation === 'object' &&
  opening.organisation?.waitlist === true

/**
 * A request for a save from the public site: the Local API has no visitor's request, so the
 * hooks' refusals would be Dutch; with the page's language they read as the page does.
 */
export const publicRequest = async (
  payload: Payload,
  language: Language,
): Promise<Partial<PayloadRequest>> => ({
  i18n: await getLocalI18n({ config: payload.config, language }),
})

/** Stores a resident's interest as the anonymous visitor; access and hooks decide the rest. */
export const createInterest = async (
  payload: Payload,
  listing: { collection: ListingSlug; id: number },
  data: {
    name: string
    contactBy: 'email' | 'phone'
    email?: string
    phone?: string
    message?: string
  },
  language: Language = 'nl',
) =>
  payload.create({
    collection: 'interests',
    data: {
      listing: { relationTo: listing.collection, value: listing.id },
      consent: true,
      status: 'new',
      ...data,
    },
    overrideAccess: false,
    user: null,
    req: await publicRequest(payload, language),
  })

/** Stores an employer's loket request as the anonymous visitor; the hook sets its deadline. */
export const createLoketRequest = async (
  payload: Payload,
  data: Pick<LoketRequest, 'organisationName' | 'contactName' | 'email' | 'kinds' | 'place'> &
    Partial<LoketRequest>,
  language: Language = 'nl',
) =>
  payload.create({
    collection: 'loket-requests',
    data: { consent: true, status: 'new', ...data },
    overrideAccess: false,
    user: null,
    req: await publicRequest(payload, language),
  })

/** The employer's link to follow a loket request, and what it shows: the plugin's. */
export { type LoketStatus, loketStatusOf, loketStatusToken } from '../../plugins/directory/index'
