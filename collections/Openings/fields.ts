import type { Field } from 'payload'

import {
  label,
  OPENING_KINDS,
  OPENING_LOW_THRESHOLD,
  OPENING_SUPPORT,
} from '../../src/lib/vocabulary'
import { dayOnly } from '../fields/dayOnly'
import { listingHeadFields, listingTailFields } from '../fields/listingFields'
import { photosField } from '../fields/photosField'
import { venueField, venueLocationWarningField } from '../fields/relations'
import { WEEKDAYS } from '../fields/scheduleField'

/** How much time it asks (hours, days) and how many places there are. */
const timeAndPlacesFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: 'hoursPerWeekMin',
        type: 'number',
        min: 0,
        max: 60,
        label: label('Uren per week, vanaf', 'Hours per week, from'),
      },
      {
        name: 'hoursPerWeekMax',
        type: 'number',
        min: 0,
        max: 60,
        label: label('Uren per week, tot', 'Hours per week, up to'),
      },
    ],
  },
  {
    name: 'days',
    type: 'select',
    hasMany: true,
    options: WEEKDAYS,
    label: label('Op welke dagen', 'On which days'),
  },
  {
    type: 'row',
    fields: [
      {
        name: 'placesTotal',
        type: 'number',
        min: 0,
        max: 10000,
        label: label('Aantal plekken', 'Places in total'),
      },
      {
        name: 'placesAvailable',
        type: 'number',
        min: 0,
        max: 10000,
        label: label('Plekken vrij', 'Places available'),
      },
    ],
  },
]

/** In the sidebar: whether the opening is open, full or closed, and until when it holds. */
const statusFields = (): Field[] => [
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'open',
    index: true,
    label: label('Stand van zaken', 'Status'),
    options: [
      { value: 'open', label: label('Open', 'Open') },
      { value: 'full', label: label('Vol', 'Full') },
      { value: 'closed', label: label('Gesloten', 'Closed') },
    ],
    admin: { position: 'sidebar' },
  },
  {
    name: 'validThrough',
    type: 'date',
    index: true,
    label: label('Geldig tot en met', 'Valid through'),
    admin: { position: 'sidebar', ...dayOnly },
  },
]

/** What the opening offers and asks: support, learning, certificate, requirements, applying. */
const offerFields = (): Field[] => [
  {
    name: 'support',
    type: 'select',
    hasMany: true,
    label: label('Begeleiding', 'Support offered'),
    options: OPENING_SUPPORT,
  },
  {
    name: 'lowThreshold',
    type: 'select',
    hasMany: true,
    options: OPENING_LOW_THRESHOLD,
    label: label('Laagdrempelig', 'Low threshold'),
    admin: {
      description: label(
        'Bewoners kunnen hierop zoeken, bijvoorbeeld "Geen verwijzing nodig".',
        'Residents can search for these, for example "No referral needed".',
      ),
    },
  },
  { name: 'whatYouLearn', type: 'textarea', label: label('Wat je leert', 'What you learn') },
  { name: 'certificate', type: 'text', label: label('Certificaat of diploma', 'Certificate') },
  { name: 'requirements', type: 'textarea', label: label('Wat we vragen', 'Requirements') },
  { name: 'howToApply', type: 'textarea', label: label('Hoe meld je je aan', 'How to apply') },
]

/** An opening's fields, in the order the admin shows them. */
export const openingFields = (): Field[] => [
  {
    name: 'kind',
    type: 'select',
    required: true,
    index: true,
    options: [...OPENING_KINDS],
    label: label('Soort plek', 'Kind of opening'),
  },
  ...listingHeadFields('openings', label('Wat ga je doen', 'What you will do')),
  venueField(),
  venueLocationWarningField(),
  ...timeAndPlacesFields(),
  ...statusFields(),
  ...offerFields(),
  ...listingTailFields(),
  photosField(),
]
