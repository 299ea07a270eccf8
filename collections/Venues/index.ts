import type { CollectionConfig } from 'payload'

import { moderatedAdmin } from '../fields/moderatedAdmin'
import { fillUnknownAnswers, VENUE_QUESTIONS } from '../fields/accessibilityAnswers'
import { keepOwnVenueOrganisations } from '../hooks/keepOwnOrganisation'
import {
  documentOrganisations,
  moderate,
  type ModerationOptions,
  requireDraftSave,
} from '../hooks/moderateListing'
import { label } from '../../src/lib/vocabulary'
import { venueAccess } from './access'
import { venueFields } from './fields'
import { geocodeVenue, queueVenueGeocoding } from './hooks/geocodeVenue'
import { behaviour } from '../behaviour'
import { previewPath } from '../../src/lib/paths'

/**
 * A physical place, possibly shared by several organisations. Members of an unverified
 * organisation submit a venue for review, as they do listings.
 */
export const createVenues = (moderation: ModerationOptions): CollectionConfig => ({
  slug: 'venues',
  labels: { singular: label('Locatie', 'Venue'), plural: label('Locaties', 'Venues') },
  admin: {
    ...moderatedAdmin('organisations'),
    useAsTitle: 'name',
    preview: (doc) => (doc?.id ? previewPath('venues', doc.id as number) : null),
    defaultColumns: ['name', 'type', 'address.city', 'locationStatus', '_status', 'reviewState'],
    group: label('Aanbod', 'Directory'),
  },
  // Drafts are validated: for members a draft is a submission, which an editor must be able to publish.
  versions: { drafts: { validate: true }, maxPerDoc: 20 },
  hooks: {
    beforeOperation: [requireDraftSave(moderation)],
    beforeValidate: [fillUnknownAnswers(VENUE_QUESTIONS)],
    beforeChange: [
      keepOwnVenueOrganisations,
      behaviour(geocodeVenue()),
      moderate(moderation, documentOrganisations, false),
    ],
    afterChange: [behaviour(queueVenueGeocoding)],
  },
  access: venueAccess(moderation),
  fields: venueFields(),
})
