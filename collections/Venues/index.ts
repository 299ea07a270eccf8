import type { CollectionConfig } from 'payload'

import { editors } from '../access/editors'
import { getUserOrganisationIDs, relationID } from '../access/getUserOrganisationIDs'
import { isEditorUser } from '../access/roles'
import { addressField } from '../fields/addressField'
import { label } from '../fields/label'
import { accessibilityField, openingHoursFields, roomsField } from './fields'
import { geocodeVenue } from './hooks/geocodeVenue'
import { locationFields } from './locationFields'
import { areasField } from '../fields/relations'
import { slugField } from '../fields/slugField'

export const VENUE_TYPES = [
  { value: 'buurthuis', label: label('Buurthuis / Huis van de Wijk', 'Community centre') },
  { value: 'jongerencentrum', label: label('Jongerencentrum', 'Youth centre') },
  { value: 'inloopcentrum', label: label('Inloopcentrum', 'Drop-in centre') },
  { value: 'bibliotheek', label: label('Bibliotheek', 'Library') },
  { value: 'zorglocatie', label: label('Zorglocatie', 'Care location') },
  { value: 'werkplaats', label: label('Werkplaats', 'Workshop') },
  { value: 'buiten', label: label('Buiten', 'Outdoor') },
  { value: 'overig', label: label('Anders', 'Other') },
]

const published = { _status: { equals: 'published' } }

/** A physical place, possibly shared by several organisations. */
export const Venues: CollectionConfig = {
  slug: 'venues',
  labels: { singular: label('Locatie', 'Venue'), plural: label('Locaties', 'Venues') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'type', 'address.city', 'locationStatus', '_status'], group: label('Aanbod', 'Directory') },
  versions: { drafts: true, maxPerDoc: 20 },
  hooks: { beforeChange: [geocodeVenue()] },
  access: {
    read: ({ req }) => {
      if (isEditorUser(req.user)) return true
      const own = getUserOrganisationIDs(req.user)
      return own.length ? { or: [published, { organisations: { in: own } }] } : published
    },
    create: ({ req, data }) => {
      if (isEditorUser(req.user)) return true
      const own = getUserOrganisationIDs(req.user).map(String)
      const wanted = ((data?.organisations as unknown[]) ?? []).map((o) => String(relationID(o)))
      return own.length > 0 && wanted.length > 0 && wanted.every((id) => own.includes(id))
    },
    update: ({ req }) => {
      if (isEditorUser(req.user)) return true
      const own = getUserOrganisationIDs(req.user)
      return own.length ? { organisations: { in: own } } : false
    },
    delete: editors,
    readVersions: ({ req }) => {
      if (isEditorUser(req.user)) return true
      const own = getUserOrganisationIDs(req.user)
      return own.length ? { 'version.organisations': { in: own } } : false
    },
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Naam', 'Name') },
    slugField('venues', 'name'),
    { name: 'type', type: 'select', required: true, options: VENUE_TYPES, label: label('Soort locatie', 'Type of venue') },
    { name: 'description', type: 'textarea', label: label('Beschrijving', 'Description') },
    {
      name: 'organisations',
      type: 'relationship',
      relationTo: 'organisations',
      hasMany: true,
      required: true,
      index: true,
      label: label('Organisaties die hier iets doen', 'Organisations using this venue'),
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
    { name: 'photos', type: 'upload', relationTo: 'media', hasMany: true, label: label("Foto's", 'Photos') },
  ],
}
