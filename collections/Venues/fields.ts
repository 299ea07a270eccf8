import type { ArrayField, Field, GroupField } from 'payload'

import { validateTime, WEEKDAYS } from '../fields/scheduleField'
import { label } from '../../src/lib/vocabulary'
import { ACCESSIBILITY } from '../../src/lib/vocabulary'
import { dayOnly } from '../fields/dayOnly'

export const accessibilityField = (): GroupField => ({
  name: 'accessibility',
  type: 'group',
  label: label('Toegankelijkheid', 'Accessibility'),
  fields: [
    ...ACCESSIBILITY.map((a) => ({
      name: a.name,
      type: 'checkbox' as const,
      defaultValue: false,
      label: a.label,
    })),
    { name: 'notes', type: 'textarea', label: label('Toelichting', 'Notes') },
  ],
})

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
export const openingHoursFields = (): ArrayField[] => [
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

export const roomsField = (): ArrayField => ({
  name: 'rooms',
  type: 'array',
  label: label('Ruimtes voor initiatieven', 'Rooms available for initiatives'),
  labels: { singular: label('Ruimte', 'Room'), plural: label('Ruimtes', 'Rooms') },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, label: label('Naam', 'Name') },
        {
          name: 'capacity',
          type: 'number',
          min: 1,
          max: 1000,
          label: label('Aantal personen', 'Capacity'),
        },
      ],
    },
    { name: 'howToBook', type: 'textarea', label: label('Hoe reserveer je', 'How to book') },
  ],
})
