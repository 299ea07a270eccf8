import type { Field } from 'payload'

import { fixed } from '../access/fixed'
import { label } from '../../src/lib/vocabulary'

/**
 * What a resident sends about one listing (a report, an interest): the listing, and the
 * organisation it is addressed to, which the collection's hook takes from the listing.
 * Neither can be changed afterwards.
 */
export const addressedToListingFields = (listingLabel: { nl: string; en: string }): Field[] => [
  {
    name: 'listing',
    type: 'relationship',
    relationTo: ['activities', 'openings'],
    required: true,
    label: listingLabel,
    access: { update: fixed },
  },
  {
    name: 'organisation',
    type: 'relationship',
    relationTo: 'organisations',
    index: true,
    label: label('Organisatie', 'Organisation'),
    access: { update: fixed },
    admin: { readOnly: true },
  },
]
