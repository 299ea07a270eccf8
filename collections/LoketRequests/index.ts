import type { CollectionConfig, Where } from 'payload'

import { OPENING_KINDS } from '../../src/lib/vocabulary'
import { editors } from '../access/editors'
import { fixed } from '../access/fixed'
import { validatePhone } from '../fields/contactField'
import { inLanguage, type WithI18n } from '../fields/inLanguage'
import { label } from '../../src/lib/vocabulary'
import { keepServerOwned } from '../hooks/arrivedNow'
import { notifyLoket } from './hooks/notifyLoket'
import { behaviour } from '../behaviour'
import { setDeadline } from './hooks/setDeadline'
import { LOKET_STATUSES, OPEN_LOKET_STATUSES } from './options'
import { COMPONENTS } from '../../plugins/directory/constants'

export { OPEN_LOKET_STATUSES } from './options'

/** Open requests whose deadline has passed. */
export const overdueLoketWhere = (now: Date): Where => ({
  and: [{ status: { in: [...OPEN_LOKET_STATUSES] } }, { dueAt: { less_than: now.toISOString() } }],
})

/**
 * The employer loket: "Ik wil als werkgever meedoen". A request from the public form, which
 * an editor answers within `responseWorkingDays` working days; the editor turns it into an
 * organisation with draft openings in one action. Only editors read it.
 */
export const createLoketRequests = ({
  responseWorkingDays,
}: {
  responseWorkingDays: number
}): CollectionConfig => ({
  slug: 'loket-requests',
  disableDuplicate: true,
  custom: { responseWorkingDays },
  labels: {
    singular: label('Aanvraag werkgeversloket', 'Employer request'),
    plural: label('Werkgeversloket', 'Employer desk'),
  },
  admin: {
    useAsTitle: 'organisationName',
    defaultColumns: ['organisationName', 'kinds', 'status', 'assignedTo', 'dueAt', 'createdAt'],
    group: label('Contact', 'Contact'),
    description: label(
      `Werkgevers die plekken willen bieden. Neem binnen ${responseWorkingDays} werkdagen contact op; rood = te laat.`,
      `Employers who want to offer places. Respond within ${responseWorkingDays} working days; red = overdue.`,
    ),
  },
  access: {
    // The public form creates requests as an anonymous visitor (rate-limited in front of Payload).
    create: () => true,
    read: editors,
    update: editors,
    delete: editors,
  },
  hooks: {
    beforeChange: [setDeadline(responseWorkingDays), keepServerOwned('createdAt', 'dueAt')],
    afterChange: [behaviour(notifyLoket)],
  },
  fields: [
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
        !value || (typeof value === 'string' && /^\d{8}$/.test(value.replace(/[\s.]/g, '')))
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
    {
      name: 'editorNote',
      type: 'textarea',
      maxLength: 2000,
      label: label('Notitie van de redactie', "Editors' note"),
    },
  ],
})
