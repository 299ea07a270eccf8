import type { CollectionConfig } from 'payload'

import { label } from '../../src/lib/vocabulary'
import { behaviour } from '../behaviour'
import { keepServerOwned } from '../hooks/arrivedNow'
import { logPersonalReads } from '../hooks/logPersonalReads'
import { queueOnCreate } from '../hooks/queueOnCreate'
import { queueOnAnswer } from '../hooks/statusSteps'
import { referralAccess } from './access'
import { referralFields } from './fields'
import { answerReferral } from './hooks/answerReferral'
import { prepareReferral } from './hooks/prepareReferral'
import { tallyReferral } from './hooks/tallyReferral'
import { refusePersonalCounts } from '../hooks/refusePersonalCounts'

export interface ReferralOptions {
  /** Working days the receiving organisation has to accept or decline. */
  responseWorkingDays: number
  /** Days after which a referral (with the client's details) is deleted. */
  retentionDays: number
}

/**
 * Warm referral: a professional hands a client over to an activity or opening, with the
 * client's consent and the least data needed. The receiving organisation accepts or declines
 * within `responseWorkingDays` working days and later says whether the place worked out. Only
 * the two parties and the editors read it (every read logged); deleted after `retentionDays`.
 */
export const createReferrals = ({
  responseWorkingDays,
  retentionDays,
}: ReferralOptions): CollectionConfig => ({
  slug: 'referrals',
  disableDuplicate: true,
  custom: { responseWorkingDays, retentionDays },
  labels: {
    singular: label('Verwijzing', 'Referral'),
    plural: label('Verwijzingen', 'Referrals'),
  },
  admin: {
    useAsTitle: 'clientName',
    defaultColumns: ['clientName', 'status', 'dueAt', 'listing', 'organisation', 'createdAt'],
    group: label('Contact', 'Contact'),
    description: label(
      `Warme overdracht van een cliënt. De organisatie antwoordt binnen ${responseWorkingDays} werkdagen; rood = te laat. Persoonsgegevens: alleen voor de verwijzer, de ontvangende organisatie en de redactie; elke inzage wordt vastgelegd; na ${retentionDays} dagen verwijderd.`,
      `A warm hand-over of a client. The organisation answers within ${responseWorkingDays} working days; red = overdue. Personal data: only for the referrer, the receiving organisation and the editors; every read is logged; deleted after ${retentionDays} days.`,
    ),
  },
  access: referralAccess,
  hooks: {
    beforeOperation: [
      refusePersonalCounts('clientName', 'email', 'phone', 'support', 'note', 'contactKey'),
    ],
    beforeChange: [
      prepareReferral(responseWorkingDays),
      answerReferral,
      keepServerOwned('createdAt', 'dueAt', 'referredBy'),
    ],
    afterChange: [
      tallyReferral,
      behaviour(queueOnCreate('referral', 'referral')),
      // The organisation answered (accepted or declined): the referrer hears it.
      behaviour(
        queueOnAnswer('referral', 'referral', (from, to) => from === 'sent' && to !== 'sent'),
      ),
    ],
    afterOperation: [logPersonalReads('referrals')],
  },
  fields: referralFields(retentionDays),
})
