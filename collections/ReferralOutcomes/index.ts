import type { CollectionConfig } from 'payload'

import { LISTING_KIND_OPTIONS } from '../Interests/fields'
import { REFERRAL_STATUSES } from '../Referrals/options'
import { editors } from '../access/editors'
import { systemWrites } from '../access/systemWrite'
import { label, LADDER_RUNGS } from '../../src/lib/vocabulary'

/**
 * One row per referral that was ever made, without the client or the referrer: organisation,
 * kind, neighbourhood, month, the client's rung then and the rung the listing offers, and how
 * it went. Written only by the referrals' own hooks; the impact view is built from these rows,
 * so it stays right after the referrals themselves are deleted.
 */
export const ReferralOutcomes: CollectionConfig = {
  slug: 'referral-outcomes',
  labels: {
    singular: label('Telling verwijzing', 'Referral count'),
    plural: label('Tellingen verwijzingen', 'Referral counts'),
  },
  admin: { hidden: true },
  access: {
    read: editors,
    create: systemWrites('referral-outcome'),
    update: systemWrites('referral-outcome'),
    delete: () => false,
  },
  fields: [
    { name: 'organisation', type: 'relationship', relationTo: 'organisations', index: true },
    { name: 'listingKind', type: 'select', required: true, options: LISTING_KIND_OPTIONS },
    { name: 'area', type: 'relationship', relationTo: 'areas', index: true },
    {
      name: 'month',
      type: 'text',
      required: true,
      index: true,
      validate: (v: unknown) =>
        typeof v === 'string' && /^\d{4}-\d{2}$/.test(v) ? true : 'yyyy-mm',
    },
    { name: 'rungFrom', type: 'select', options: LADDER_RUNGS },
    { name: 'rungTo', type: 'select', options: LADDER_RUNGS },
    { name: 'status', type: 'select', required: true, options: [...REFERRAL_STATUSES] },
  ],
}
