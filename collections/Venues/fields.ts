import { importOriginFields } from '../fields/importOriginFields'
import type { ArrayField, Field, PointField, RelationshipField } from 'payload'

import { getUserOrganisationIDs } from '../access/getUserOrganisationIDs'
import { isEditorUser } from '../access/roles'
import { validateTime, WEEKDAYS } from '../fields/scheduleField'
import { label, VENUE_TYPES } from '../../src/lib/vocabulary'
import { venueAccessibilityField } from '../fields/accessibilityAnswers'
import { addressField } from '../fields/addressField'
import { dayOnly } from '../fields/dayOnly'
import { moderationFields, reviewStatusField } from '../fields/moderationFields'
import { photosField } from '../fields/photosField'
import { areasField } from '../fields/relations'
import { slugField } from '../fields/slugField'
import { locationFields } from './locationFields'
import { roomsField } from './roomsField'

const timeRow = (): Field => ({
  type: 'row',
  fields: [
    {
      name: 'opens',
      type: 'text',
      validate: validateTime,
      label: label('Open vanaf (uu:mm)', 'Opens (hh:mm)'),
    },
    {
      name: 'closes',
      type: 'text',
      validate: validateTime,
      label: label('Tot (uu:mm)', 'Closes (hh:mm)'),
    },
  ],
})

/** Regular opening hours (several blocks a day are several rows) and dates that differ. */
const openingHoursFields = (): ArrayField[] => [
  {
    name: 'openingHours',
    type: 'array',
    label: label('Openingstijden', 'Opening hours'),
    labels: { singular: label('Blok', 'Block'), plural: label('Blokken', 'Blocks') },
    fields: [
      {
        name: 'weekday',
        type: 'select',
        required: true,
        options: WEEKDAYS,
        label: label('Dag', 'Day'),
      },
      timeRow(),
    ],
  },
  {
    name: 'openingHoursExceptions',
    type: 'array',
    label: label('Afwijkende dagen (feestdagen, sluiting)', 'Exceptions (holidays, closures)'),
    fields: [
      {
        name: 'date',
        type: 'date',
        required: true,
        label: label('Datum', 'Date'),
        admin: { ...dayOnly },
      },
      { name: 'closed', type: 'checkbox', defaultValue: true, label: label('Gesloten', 'Closed') },
      timeRow(),
      { name: 'note', type: 'text', label: label('Toelichting', 'Note') },
    ],
  },
]

/** The organisations that do something at the venue. */
const organisationsField = (): RelationshipField => ({
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
})

/** The pin on the map: looked up from the address on save, unless set by hand. */
const locationField = (): PointField => ({
  name: 'location',
  type: 'point',
  label: label('Ligging (lengtegraad, breedtegraad)', 'Location (longitude, latitude)'),
  admin: {
    description: label(
      'Wordt bij opslaan uit het adres bepaald. Zet je hem zelf, dan blijft jouw ligging staan ("handmatig"). Maak het veld leeg om opnieuw te zoeken.',
      'Set from the address on save. If you set it yourself, your location is kept ("by hand"). Empty it to look the address up again.',
    ),
  },
})

/** A venue's fields, in the order the admin shows them. */
export const venueFields = (): Field[] => [
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
  organisationsField(),
  addressField({ required: true }),
  locationField(),
  ...locationFields(),
  areasField('areas'),
  venueAccessibilityField(),
  ...openingHoursFields(),
  roomsField(),
  photosField(),
  ...moderationFields(),
  ...importOriginFields(),
]
