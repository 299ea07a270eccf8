import type { Field } from 'payload'

import { label, LANGUAGES, LOW_THRESHOLD } from '../../src/lib/vocabulary'
import { listingHeadFields, listingTailFields } from '../fields/listingFields'
import { photosField } from '../fields/photosField'
import { venueField, venueLocationWarningField } from '../fields/relations'
import { scheduleField } from '../fields/scheduleField'

/** Where it happens: at a venue, outdoors or online, and where exactly. */
const whereFields = (): Field[] => [
  {
    name: 'locationKind',
    type: 'select',
    defaultValue: 'venue',
    label: label('Waar', 'Where'),
    options: [
      { value: 'venue', label: label('Op een locatie', 'At a venue') },
      { value: 'outdoor', label: label('Buiten', 'Outdoors') },
      { value: 'online', label: label('Online', 'Online') },
    ],
  },
  { ...venueField(), admin: { condition: (_, s) => (s?.locationKind ?? 'venue') === 'venue' } },
  venueLocationWarningField(),
  {
    name: 'locationNote',
    type: 'text',
    label: label(
      'Waar precies (bijvoorbeeld startpunt of link)',
      'Where exactly (meeting point or link)',
    ),
  },
]

/** What it costs: free, a fixed amount or pay what you can. */
const costField = (): Field => ({
  name: 'cost',
  type: 'group',
  label: label('Kosten', 'Cost'),
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'free',
      label: label('Wat kost het', 'What does it cost'),
      options: [
        { value: 'free', label: label('Gratis', 'Free') },
        { value: 'amount', label: label('Vast bedrag', 'Fixed amount') },
        { value: 'pay_what_you_can', label: label('Betaal wat je kunt', 'Pay what you can') },
      ],
    },
    {
      name: 'amount',
      type: 'number',
      min: 0,
      max: 1000,
      label: label('Bedrag in euro', 'Amount in euro'),
      admin: { condition: (_, c) => c?.kind === 'amount', step: 0.5 },
    },
  ],
})

/** Who can join and how: sign-up, ages, low threshold and languages. */
const joiningFields = (): Field[] => [
  {
    name: 'signUp',
    type: 'select',
    required: true,
    defaultValue: 'walk_in',
    label: label('Aanmelden', 'Sign-up'),
    options: [
      {
        value: 'walk_in',
        label: label('Zonder aanmelden, loop gewoon binnen', 'Walk in, no sign-up'),
      },
      { value: 'sign_up', label: label('Aanmelden nodig', 'Sign-up needed') },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'ageMin',
        type: 'number',
        min: 0,
        max: 120,
        label: label('Leeftijd vanaf', 'Minimum age'),
      },
      {
        name: 'ageMax',
        type: 'number',
        min: 0,
        max: 120,
        label: label('Leeftijd tot en met', 'Maximum age'),
      },
    ],
  },
  {
    name: 'lowThreshold',
    type: 'select',
    hasMany: true,
    options: LOW_THRESHOLD,
    label: label('Laagdrempelig', 'Low threshold'),
  },
  {
    name: 'languages',
    type: 'select',
    hasMany: true,
    options: LANGUAGES,
    label: label('Talen', 'Languages'),
  },
]

/** An activity's fields, in the order the admin shows them. */
export const activityFields = (): Field[] => [
  ...listingHeadFields('activities'),
  ...whereFields(),
  scheduleField(),
  costField(),
  ...joiningFields(),
  ...listingTailFields(),
  photosField(),
]
