import type { Field } from 'payload'

import { label } from '../../src/lib/vocabulary'
import { fixed } from '../access/fixed'
import { serverOwnedField } from '../access/systemWrite'
import { validatePhone } from '../fields/contactField'
import { BOOKING_STATUSES } from './options'

/** Which room and when; fixed once sent. */
const whereWhenFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: 'venue',
        type: 'relationship',
        relationTo: 'venues',
        required: true,
        label: label('Locatie', 'Venue'),
        access: { update: fixed },
      },
      {
        name: 'roomId',
        type: 'text',
        required: true,
        admin: { hidden: true },
        access: { update: fixed },
      },
      serverOwnedField(
        { name: 'roomName', type: 'text', label: label('Ruimte', 'Room') },
        { shown: true },
      ),
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'date',
        type: 'text',
        required: true,
        index: true,
        label: label('Datum', 'Date'),
        access: { update: fixed },
      },
      {
        name: 'start',
        type: 'text',
        required: true,
        label: label('Van', 'From'),
        access: { update: fixed },
      },
      {
        name: 'end',
        type: 'text',
        required: true,
        label: label('Tot', 'Until'),
        access: { update: fixed },
      },
    ],
  },
]

/** Who asks and what for; fixed once sent. */
const whoFields = (): Field[] => [
  {
    name: 'purpose',
    type: 'text',
    required: true,
    maxLength: 200,
    label: label('Waarvoor', 'What for'),
    access: { update: fixed },
  },
  {
    name: 'people',
    type: 'number',
    required: true,
    min: 1,
    max: 1000,
    label: label('Aantal personen', 'Number of people'),
    access: { update: fixed },
  },
  {
    name: 'groupName',
    type: 'text',
    required: true,
    maxLength: 100,
    label: label('Groep of organisatie', 'Group or organisation'),
    access: { update: fixed },
  },
]

/** How to reach the requester, and their consent; fixed once sent. */
const contactFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: 'contactName',
        type: 'text',
        required: true,
        maxLength: 100,
        label: label('Contactpersoon', 'Contact person'),
        access: { update: fixed },
      },
      {
        name: 'email',
        type: 'email',
        required: true,
        label: label('E-mail', 'E-mail'),
        access: { update: fixed },
      },
      {
        name: 'phone',
        type: 'text',
        validate: validatePhone,
        label: label('Telefoon', 'Phone'),
        access: { update: fixed },
      },
    ],
  },
  {
    name: 'consent',
    type: 'checkbox',
    required: true,
    label: label(
      'Toestemming om de gegevens te delen met de locatie',
      'Consent to share the details with the venue',
    ),
    access: { update: fixed },
    admin: { readOnly: true, position: 'sidebar' },
  },
]

/** The venue's answer and what the server keeps. */
const answerFields = (): Field[] => [
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'requested',
    options: [...BOOKING_STATUSES],
    label: label('Stand van zaken', 'Status'),
    admin: { position: 'sidebar' },
  },
  {
    name: 'response',
    type: 'textarea',
    maxLength: 1000,
    label: label('Antwoord aan de aanvrager', 'Answer to the requester'),
    admin: {
      description: label(
        'Staat in de e-mail die de aanvrager krijgt.',
        'Goes in the e-mail to the requester.',
      ),
    },
  },
  serverOwnedField({
    name: 'organisations',
    type: 'relationship',
    relationTo: 'organisations',
    hasMany: true,
    index: true,
  }),
  serverOwnedField({ name: 'contactKey', type: 'text', index: true }),
]

export const bookingFields = (): Field[] => [
  ...whereWhenFields(),
  ...whoFields(),
  ...contactFields(),
  ...answerFields(),
]
