import type { ArrayField, Field } from 'payload'

import { ROOM_FACILITIES } from '../../src/lib/rooms'
import { label, YES_NO_UNKNOWN } from '../../src/lib/vocabulary'

/**
 * Rooms that initiatives may use: name, capacity, facilities, step-free access ("onbekend" is an
 * answer), conditions and price, how to book, and whether it can be requested through Meedoen.
 */
/** What the venue asks of those who use a room, and whether it takes requests through Meedoen. */
const termsFields: Field[] = [
  {
    name: 'conditions',
    type: 'textarea',
    maxLength: 1000,
    label: label('Voorwaarden en prijs', 'Conditions and price'),
    admin: {
      description: label(
        'Bijvoorbeeld: gratis voor bewonersinitiatieven; huisregels; sleutel ophalen bij de balie.',
        'For example: free for residents’ initiatives; house rules; collect the key at the desk.',
      ),
    },
  },
  { name: 'howToBook', type: 'textarea', label: label('Hoe reserveer je', 'How to book') },
  {
    name: 'bookable',
    type: 'checkbox',
    defaultValue: false,
    label: label('Aan te vragen via Meedoen', 'Can be requested through Meedoen'),
    admin: {
      description: label(
        'Bewoners en organisaties vragen de ruimte aan via een formulier; jullie accepteren of wijzen af.',
        'Residents and organisations request the room through a form; you accept or decline.',
      ),
    },
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
    {
      type: 'row',
      fields: [
        {
          name: 'facilities',
          type: 'select',
          hasMany: true,
          options: [...ROOM_FACILITIES],
          label: label('Voorzieningen', 'Facilities'),
        },
        {
          name: 'stepFree',
          type: 'select',
          required: true,
          defaultValue: 'unknown',
          options: [...YES_NO_UNKNOWN],
          label: label('Zonder drempels bereikbaar', 'Step-free access'),
        },
      ],
    },
    ...termsFields,
  ],
})
