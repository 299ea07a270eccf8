import type { Field } from 'payload'

import { OPENING_KINDS } from '../../src/lib/vocabulary'
import { fixed } from '../access/fixed'
import { validatePhone } from '../fields/contactField'
import { inLanguage, type WithI18n } from '../fields/inLanguage'
import { label } from '../../src/lib/vocabulary'
import { LOKET_STATUSES } from './options'
import { COMPONENTS } from '../../plugins/directory/constants'
import { isKvk } from '../../src/lib/kvk'

/** Who asks: the organisation and its contact person, fixed once sent. */
const requesterFields = (): Field[] => [
  {
    name: 'organisationName',
    type: 'text',
    required: true,
    maxLength: 120,
    label: label('Organisatie', 'Organisation'),
    access: { update: fixed },
  },
  {
    name: 'kvkNumber',
    type: 'text',
    label: label('KvK-nummer', 'Chamber of Commerce number'),
    access: { update: fixed },
    validate: (value: unknown, { req }: { req: WithI18n }) =>
      !value || (typeof value === 'string' && isKvk(value))
        ? true
        : inLanguage(req, 'Een KvK-nummer heeft 8 cijfers.', 'A KvK number has 8 digits.'),
  },
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
]

/** What the employer offers, and their consent to be contacted; fixed once sent. */
const offerFields = (): Field[] => [
  {
    name: 'kinds',
    type: 'select',
    hasMany: true,
    required: true,
    options: [...OPENING_KINDS],
    label: label('Soort plekken', 'Kinds of places'),
    access: { update: fixed },
  },
  {
    name: 'place',
    type: 'text',
    required: true,
    maxLength: 100,
    label: label('Waar (plaats of postcode)', 'Where (town or postcode)'),
    access: { update: fixed },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'hoursPerWeek',
        type: 'number',
        min: 1,
        max: 60,
        label: label('Uren per week', 'Hours per week'),
        access: { update: fixed },
      },
      {
        name: 'placesCount',
        type: 'number',
        min: 1,
        max: 500,
        label: label('Aantal plekken', 'Number of places'),
        access: { update: fixed },
      },
    ],
  },
  {
    name: 'message',
    type: 'textarea',
    maxLength: 2000,
    label: label('Toelichting', 'Details'),
    access: { update: fixed },
  },
  {
    name: 'consent',
    type: 'checkbox',
    required: true,
    label: label('Toestemming voor contact', 'Consent to be contacted'),
    access: { update: fixed },
    admin: { readOnly: true },
  },
]

/** The editors' side: the status, who answers, the deadline, the organisation made from it, a note. */
const handlingFields = (): Field[] => [
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'new',
    options: [...LOKET_STATUSES],
    label: label('Stand van zaken', 'Status'),
    admin: { position: 'sidebar' },
  },
  {
    name: 'assignedTo',
    type: 'relationship',
    relationTo: 'users',
    filterOptions: { roles: { in: ['editor', 'admin'] } },
    label: label('Redacteur', 'Editor'),
    admin: { position: 'sidebar' },
  },
  {
    name: 'dueAt',
    type: 'date',
    index: true,
    label: label('Reageren vóór', 'Respond by'),
    access: { update: fixed },
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime' },
      components: { Cell: COMPONENTS.DueDateCell },
    },
  },
  {
    name: 'organisation',
    type: 'relationship',
    relationTo: 'organisations',
    label: label('Aangemaakte organisatie', 'Organisation created'),
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'convert',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: COMPONENTS.ConvertLoketRequest } },
  },
]

/** The editors' words: a message the employer sees on their status page, and their own note. */
const noteFields = (): Field[] => [
  {
    name: 'messageToEmployer',
    type: 'textarea',
    maxLength: 1000,
    label: label('Bericht aan de werkgever', 'Message to the employer'),
    admin: {
      description: label(
        'Staat op de pagina waar de werkgever de aanvraag volgt. Schrijf in eenvoudige woorden.',
        'Shown on the page where the employer follows the request. Use plain words.',
      ),
    },
  },
  {
    name: 'editorNote',
    type: 'textarea',
    maxLength: 2000,
    label: label('Notitie van de redactie', "Editors' note"),
    admin: { description: label('Alleen voor de redactie.', 'For the editors only.') },
  },
]

/** A loket request's fields: what the employer sent, then the editors' side. */
export const loketFields = (): Field[] => [
  ...requesterFields(),
  ...offerFields(),
  ...handlingFields(),
  ...noteFields(),
]
