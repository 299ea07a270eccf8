import { importOriginFields } from '../fields/importOriginFields'
import type { Field, FieldHook, GroupField } from 'payload'

import type { Organisation } from '../../src/payload-types'
import { editorsField } from '../access/editors'
import { COMPONENTS } from '../../plugins/directory/constants'
import { httpUrl } from '../../src/lib/httpUrl'
import { label, ORGANISATION_TYPES } from '../../src/lib/vocabulary'
import { moderationFields, reviewStatusField } from '../fields/moderationFields'
import { addressField } from '../fields/addressField'
import { validatePhone } from '../fields/contactField'
import { inLanguage, type WithI18n } from '../fields/inLanguage'
import { areasField } from '../fields/relations'
import { readabilityField } from '../fields/readabilityField'
import { slugField } from '../fields/slugField'
import { isKvk, normaliseKvk } from '../../src/lib/kvk'

/** How residents reach the organisation: e-mail, phone and website. */
const contactGroup = (): GroupField => ({
  name: 'contact',
  type: 'group',
  label: label('Contact', 'Contact'),
  fields: [
    { name: 'email', type: 'email', label: label('E-mail', 'E-mail') },
    { name: 'phone', type: 'text', validate: validatePhone, label: label('Telefoon', 'Phone') },
    {
      name: 'website',
      type: 'text',
      label: label('Website', 'Website'),
      // Shown as a link and in structured data: only a web address, never javascript: or data:.
      validate: (value: unknown, { req }: { req: WithI18n }) =>
        !value || httpUrl(value)
          ? true
          : inLanguage(
              req,
              'Vul een webadres in, zoals https://www.voorbeeld.nl.',
              'Enter a web address, such as https://www.example.nl.',
            ),
    },
  ],
})

/** The Chamber of Commerce number: 8 digits, unique, stored without spaces or dots. */
const kvkNumberField = (): Field => ({
  name: 'kvkNumber',
  type: 'text',
  unique: true,
  label: label('KvK-nummer', 'Chamber of Commerce number'),
  validate: (value: unknown, { req }: { req: WithI18n }) =>
    !value || (typeof value === 'string' && isKvk(value))
      ? true
      : inLanguage(req, 'Een KvK-nummer heeft 8 cijfers.', 'A KvK number has 8 digits.'),
  hooks: {
    // "12 34 56 78" and "12.345.678" are common ways to write it; an empty value must stay
    // null, or the unique index would refuse the second organisation without one.
    beforeValidate: [
      (({ value }) =>
        typeof value === 'string' ? normaliseKvk(value) || null : value) satisfies FieldHook<
        Organisation,
        Organisation['kvkNumber']
      >,
    ],
  },
})

/**
 * What merging leaves behind, kept by the editors' merge action only (no one edits them): the
 * addresses of organisations merged into this one, which redirect here, and the organisations
 * an editor said are not the same one as this, which the "mogelijk dubbel" list leaves out.
 */
const mergeFields = (): Field[] => [
  {
    name: 'formerSlugs',
    type: 'text',
    hasMany: true,
    index: true,
    label: label('Eerdere adressen (samengevoegd)', 'Former addresses (merged)'),
    access: { create: () => false, update: () => false },
    admin: {
      position: 'sidebar',
      readOnly: true,
      condition: (data) => Array.isArray(data?.formerSlugs) && data.formerSlugs.length > 0,
    },
  },
  {
    name: 'notDuplicateOf',
    type: 'relationship',
    relationTo: 'organisations',
    hasMany: true,
    label: label('Geen dubbel van', 'Not a duplicate of'),
    access: { read: editorsField, create: () => false, update: () => false },
    admin: { hidden: true },
  },
]

/** An organisation's fields, in the order the admin shows them. */
export const organisationFields = (): Field[] => [
  reviewStatusField(),
  { name: 'name', type: 'text', required: true, label: label('Naam', 'Name') },
  {
    // Under the name, for editors: organisations that may be this one (same KvK or name).
    name: 'similarOrganisations',
    type: 'ui',
    admin: { components: { Field: COMPONENTS.SimilarOrganisations } },
  },
  slugField('organisations', 'name'),
  {
    name: 'type',
    type: 'select',
    required: true,
    options: ORGANISATION_TYPES,
    label: label('Soort organisatie', 'Type of organisation'),
  },
  {
    name: 'description',
    type: 'textarea',
    label: label('Over de organisatie', 'About the organisation'),
  },
  readabilityField(),
  { name: 'logo', type: 'upload', relationTo: 'media', label: label('Logo', 'Logo') },
  contactGroup(),
  kvkNumberField(),
  addressField({ required: false }),
  areasField('areasServed'),
  {
    // Who may edit this organisation's listings; managed on the user (Users → Lidmaatschappen).
    // Users' own read access applies, so residents never see who the members are.
    name: 'members',
    type: 'join',
    collection: 'users',
    on: 'memberships.organisation',
    label: label('Leden', 'Members'),
    admin: { defaultColumns: ['name', 'email'], allowCreate: false },
  },
  {
    name: 'waitlist',
    type: 'checkbox',
    defaultValue: false,
    label: label('Wachtlijst bij volle plekken', 'Waiting list for full openings'),
    admin: {
      description: label(
        'Bewoners kunnen zich dan op de wachtlijst zetten als een plek vol is. Je ziet ze bij Interesse, met "Wachtlijst" erbij.',
        'Residents can then join the waiting list of a full opening. You see them under Interests, marked "Waiting list".',
      ),
    },
  },
  {
    name: 'verified',
    type: 'checkbox',
    defaultValue: false,
    label: label('Gecontroleerd door de redactie', 'Verified by the editors'),
    access: { create: editorsField, update: editorsField },
    admin: { position: 'sidebar' },
  },
  ...mergeFields(),
  ...moderationFields(),
  ...importOriginFields(),
]
