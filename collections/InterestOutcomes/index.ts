import type { CollectionConfig } from 'payload'

import { LISTING_KIND_OPTIONS } from '../Interests'
import { INTEREST_STATUSES } from '../Interests/options'
import { editors } from '../access/editors'
import { systemWrites } from '../access/systemWrite'
import { label } from '../../src/lib/vocabulary'

/**
 * One row per interest that ever arrived, without the person: organisation, kind, month and
 * how it went. Written only by the interests' own hooks; the counts editors see are built
 * from these rows, so they stay right after the interests themselves are deleted.
 */
export const InterestOutcomes: CollectionConfig = {
  slug: 'interest-outcomes',
  labels: {
    singular: label('Telling interesse', 'Interest count'),
    plural: label('Tellingen interesse', 'Interest counts'),
  },
  admin: { hidden: true },
  access: {
    read: editors,
    create: systemWrites('interest-outcome'),
    update: systemWrites('interest-outcome'),
    delete: () => false,
  },
  fields: [
    // Not required: when an organisation is deleted, its counts stay, without a name.
    { name: 'organisation', type: 'relationship', relationTo: 'organisations', index: true },
    { name: 'listingKind', type: 'select', required: true, options: LISTING_KIND_OPTIONS },
    {
      name: 'month',
      type: 'text',
      required: true,
      index: true,
      validate: (v: unknown) =>
        typeof v === 'string' && /^\d{4}-\d{2}$/.test(v) ? true : 'yyyy-mm',
    },
    { name: 'status', type: 'select', required: true, options: [...INTEREST_STATUSES] },
  ],
}
