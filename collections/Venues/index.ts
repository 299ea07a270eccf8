import type { CollectionConfig } from 'payload'

import { editors } from '../access/editors'
import { getUserOrganisationIDs } from '../access/getUserOrganisationIDs'
import { moderatedCreate, moderatedUpdate } from '../access/moderatedAccess'
import { organisationsIn } from '../access/publishing'
import { isEditorUser } from '../access/roles'
import { moderatedAdmin } from '../fields/moderatedAdmin'
import { moderationFields, reviewStatusField } from '../fields/moderationFields'
import { keepOwnVenueOrganisations } from '../hooks/keepOwnOrganisation'
import {
  documentOrganisations,
  moderate,
  type ModerationOptions,
  requireDraftSave,
} from '../hooks/moderateListing'
import { addressField } from '../fields/addressField'
import { label, VENUE_TYPES } from '../../src/lib/vocabulary'
import { accessibilityField, openingHoursFields, roomsField } from './fields'
import { geocodeVenue, queueVenueGeocoding } from './hooks/geocodeVenue'
import { behaviour } from '../behaviour'
import { locationFields } from './locationFields'
import { areasField } from '../fields/relations'
import { slugField } from '../fields/slugField'
import { previewPath } from '../../src/lib/paths'

const published = { _status: { equals: 'published' } }

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
    beforeChange: [
      keepOwnVenueOrganisations,
      behaviour(geocodeVenue()),
      moderate(moderation, documentOrganisations, false),
    ],
    afterChange: [behaviour(queueVenueGeocoding)],
  },
  access: {
    read: ({ req }) => {
      if (isEditorUser(req.user)) return true
      const own = getUserOrganisationIDs(req.user)
      return own.length ? { or: [published, { organisations: { in: own } }] } : published
    },
    create: moderatedCreate(moderation, organisationsIn),
    update: moderatedUpdate(
      moderation,
      (own) => ({ organisations: { in: own } }),
      ({ data }) => organisationsIn(data),
    ),
    delete: editors,
    readVersions: ({ req }) => {
      if (isEditorUser(req.user)) return true
      const own = getUserOrganisationIDs(req.user)
      return own.length ? { 'version.organisations': { in: own } } : false
    },
  },
  fields: [
    reviewStatusField(),
    { name: 'name', type: 'text', required: true, label: label('Naam', 'Name') },
    slugField('venues', 'name'),
    {
      name: 'type',
      type: 'select',
      required: true,
      options: VENUE_TYPES,
      label: label('Soort locatie', 'Type of venue'),
    },
    { name: 'description', type: 'textarea', label: label('Beschrijving', 'Description') },
    {
      name: 'organisations',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      required: true,
      index: true,
      label: label('Organisaties die hier iets doen', 'Organisations using this venue'),
      // A member with one organisation starts a new venue with it.
      defaultValue: ({ user }: { user?: unknown }) => {
        const own = getUserOrganisationIDs(user as never)
        return own.length === 1 && !isEditorUser(user as never) ? own : undefined
      },
    },
    addressField({ required: true }),
    {
      name: 'location',
      type: 'point',
      label: label('Ligging (lengtegraad, breedtegraad)', 'Location (longitude, latitude)'),
      admin: {
        description: label(
          'Wordt bij opslaan uit het adres bepaald. Zet je hem zelf, dan blijft jouw ligging staan ("handmatig"). Maak het veld leeg om opnieuw te zoeken.',
          'Set from the address on save. If you set it yourself, your location is kept ("by hand"). Empty it to look the address up again.',
        ),
      },
    },
    ...locationFields(),
    areasField('areas'),
    accessibilityField(),
    ...openingHoursFields(),
    roomsField(),
    {
      name: 'photos',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: label("Foto's", 'Photos'),
    },
    ...moderationFields(),
  ],
})
