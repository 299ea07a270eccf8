import type { RelationshipField } from 'payload'

import { label } from './label'

export const organisationField = (): RelationshipField => ({
  name: 'organisation',
  type: 'relationship',
  relationTo: 'organisations',
  required: true,
  index: true,
  label: label('Organisatie', 'Organisation'),
})

export const venueField = (): RelationshipField => ({
  name: 'venue',
  type: 'relationship',
  relationTo: 'venues',
  index: true,
  label: label('Locatie', 'Venue'),
})

export const themesField = (): RelationshipField => ({
  name: 'themes',
  type: 'relationship',
  relationTo: 'themes',
  hasMany: true,
  label: label("Thema's", 'Themes'),
})

export const areasField = (name = 'areas'): RelationshipField => ({
  name,
  type: 'relationship',
  relationTo: 'areas',
  hasMany: true,
  label: label('Wijken en kernen', 'Areas'),
})
