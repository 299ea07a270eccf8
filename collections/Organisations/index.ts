import type { CollectionConfig, FieldHook } from 'payload'

import type { Organisation } from '../../src/payload-types'
import { editors, editorsField } from '../access/editors'
import { getUserOrganisationIDs } from '../access/getUserOrganisationIDs'
import { moderatedUpdate } from '../access/moderatedAccess'
import { isEditorUser } from '../access/roles'
import { httpUrl } from '../../src/lib/httpUrl'
import { label, ORGANISATION_TYPES } from '../../src/lib/vocabulary'
import { moderatedAdmin } from '../fields/moderatedAdmin'
import { moderationFields, reviewStatusField } from '../fields/moderationFields'
import { moderate, type ModerationOptions, requireDraftSave } from '../hooks/moderateListing'
import { addressField } from '../fields/addressField'
import { validatePhone } from '../fields/contactField'
import { inLanguage, type WithI18n } from '../fields/inLanguage'
import { areasField } from '../fields/relations'
import { slugField } from '../fields/slugField'
import { previewPath } from '../../src/lib/paths'

/**
 * Who offers activities and openings. Members edit their own profile; for an unverified
 * organisation that is a submission the editors review, as for its listings. Editors the rest.
 */
export const createOrganisations = (moderation: ModerationOptions): CollectionConfig => ({
  slug: 'organisations',
  labels: {
    singular: label('Organisatie', 'Organisation'),
    plural: label('Organisaties', 'Organisations'),
  },
  admin: {
    ...moderatedAdmin('id'),
    useAsTitle: 'name',
    preview: (doc) => (doc?.id ? previewPath('organisations', doc.id as number) : null),
    defaultColumns: ['name', 'type', 'verified', '_status', 'reviewState'],
    group: label('Aanbod', 'Directory'),
  },
  // Drafts are validated: for members a draft is a submission, which an editor must be able to publish.
  versions: { drafts: { validate: true }, maxPerDoc: 20 },
  hooks: {
    beforeOperation: [
      requireDraftSave(moderation, ({ id }) => (id === undefined ? undefined : [id])),
    ],
    beforeChange: [
      moderate(
        moderation,
        (_data, original) => (original?.id === undefined ? undefined : [original.id]),
        false,
      ),
    ],
  },
  access: {
    read: ({ req }) => {
      if (isEditorUser(req.user)) return true
      const own = getUserOrganisationIDs(req.user)
      const published = { _status: { equals: 'published' } }
      return own.length ? { or: [published, { id: { in: own } }] } : published
    },
    create: editors,
    update: moderatedUpdate(
      moderation,
      (own) => ({ id: { in: own } }),
      ({ id }) => (id === undefined ? undefined : [id]),
    ),
    delete: editors,
    readVersions: ({ req }) => {
      if (isEditorUser(req.user)) return true
      const own = getUserOrganisationIDs(req.user)
      return own.length ? { parent: { in: own } } : false
    },
  },
  fields: [
    reviewStatusField(),
    { name: 'name', type: 'text', required: true, label: label('Naam', 'Name') },
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
    { name: 'logo', type: 'upload', relationTo: 'media', label: label('Logo', 'Logo') },
    {
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
    },
    {
      name: 'kvkNumber',
      type: 'text',
      unique: true,
      label: label('KvK-nummer', 'Chamber of Commerce number'),
      validate: (value: unknown, { req }: { req: WithI18n }) =>
        !value || (typeof value === 'string' && /^\d{8}$/.test(value))
          ? true
          : inLanguage(req, 'Een KvK-nummer heeft 8 cijfers.', 'A KvK number has 8 digits.'),
      hooks: {
        // "12 34 56 78" and "12.345.678" are common ways to write it; an empty value must stay
        // null, or the unique index would refuse the second organisation without one.
        beforeValidate: [
          (({ value }) =>
            typeof value === 'string'
              ? value.replace(/[\s.]/g, '') || null
              : value) satisfies FieldHook<Organisation, Organisation['kvkNumber']>,
        ],
      },
    },
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
      name: 'verified',
      type: 'checkbox',
      defaultValue: false,
      label: label('Gecontroleerd door de redactie', 'Verified by the editors'),
      access: { create: editorsField, update: editorsField },
      admin: { position: 'sidebar' },
    },
    ...moderationFields(),
  ],
})
