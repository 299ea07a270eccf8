import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import type { ListingReport } from '../../src/payload-types'
import { editorsField } from '../access/editors'
import { fixed } from '../access/fixed'
import { relationID } from '../access/getUserOrganisationIDs'
import { organisationInboxAccess } from '../access/organisationInbox'
import { addressedToListingFields } from '../fields/addressedToListing'
import { inLanguage, type WithI18n } from '../fields/inLanguage'
import { label, REPORT_REASONS } from '../../src/lib/vocabulary'
import { arrivedNow, keepServerOwned } from '../hooks/arrivedNow'
import { publicListingOf } from '../hooks/publicListingOf'
import { queueOnCreate } from '../hooks/queueOnCreate'
import { behaviour } from '../behaviour'

/**
 * "Klopt er iets niet?": a short report about a listing from anyone on the public site. It
 * reaches the editors and the organisation that owns the listing (one e-mail). No personal data
 * is asked; members of that organisation and editors read and handle it.
 */
export const ListingReports: CollectionConfig = {
  slug: 'listing-reports',
  disableDuplicate: true,
  labels: {
    singular: label('Melding', 'Report'),
    plural: label('Meldingen "Klopt er iets niet?"', 'Reports "Something wrong?"'),
  },
  admin: {
    defaultColumns: ['listing', 'reason', 'status', 'createdAt'],
    group: label('Aanbod', 'Directory'),
  },
  access: organisationInboxAccess,
  hooks: {
    beforeChange: [
      // The organisation is always the listing's own, never what the form says.
      (async ({ data, req, operation }) => {
        if (operation !== 'create') return data
        const doc = await publicListingOf(req, data.listing)
        return {
          ...data,
          ...arrivedNow(),
          organisation: relationID(doc.organisation),
          status: 'new',
        }
      }) satisfies CollectionBeforeChangeHook<ListingReport>,
      keepServerOwned('createdAt'),
    ],
    afterChange: [behaviour(queueOnCreate('listingReport', 'report'))],
  },
  fields: [
    ...addressedToListingFields(label('Over', 'About')),
    {
      name: 'reason',
      type: 'select',
      required: true,
      options: [...REPORT_REASONS],
      label: label('Wat klopt er niet', 'What is wrong'),
      access: { update: fixed },
    },
    {
      name: 'message',
      type: 'textarea',
      maxLength: 1000,
      label: label('Toelichting', 'Details'),
      access: { update: fixed },
      validate: (
        value: unknown,
        { siblingData, req }: { siblingData: { reason?: string }; req: WithI18n },
      ) =>
        siblingData?.reason === 'other' && !(typeof value === 'string' && value.trim())
          ? inLanguage(req, 'Schrijf kort wat er niet klopt.', 'Please say briefly what is wrong.')
          : true,
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'new',
      options: [
        { value: 'new', label: label('Nieuw', 'New') },
        { value: 'handled', label: label('Afgehandeld', 'Handled') },
      ],
      label: label('Stand van zaken', 'Status'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'handledNote',
      type: 'textarea',
      maxLength: 1000,
      label: label('Wat is ermee gedaan', 'What was done'),
      access: { create: editorsField },
    },
  ],
}
