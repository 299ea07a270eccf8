import type { Field, FieldAccess, FieldHook } from 'payload'

import type { Referral } from '../../src/payload-types'
import { label, LADDER_RUNGS } from '../../src/lib/vocabulary'
import { fixed } from '../access/fixed'
import { getUserOrganisationIDs, relationID } from '../access/getUserOrganisationIDs'
import { isEditorUser } from '../access/roles'
import { serverOwnedField } from '../access/systemWrite'
import { addressedToListingFields } from '../fields/addressedToListing'
import { validatePhone } from '../fields/contactField'
import { dayOnly } from '../fields/dayOnly'
import { CONTACT_CHANNELS } from '../Interests/options'
import { LISTING_KIND_OPTIONS } from '../Interests/fields'
import { COMPONENTS } from '../../plugins/directory/constants'
import { REFERRAL_STATUSES } from './options'

const DAY = 24 * 60 * 60 * 1000

/** Only the receiving organisation (and the editors) answer a referral; the referrer reads it. */
const receiverOnly: FieldAccess<Referral> = ({ req, doc }) =>
  isEditorUser(req.user) ||
  getUserOrganisationIDs(req.user).some(
    (id) => String(id) === String(relationID(doc?.organisation)),
  )

const deleteAfter =
  (retentionDays: number): FieldHook<Referral, string | undefined, Referral> =>
  ({ siblingData }) =>
    siblingData?.createdAt
      ? new Date(new Date(siblingData.createdAt).getTime() + retentionDays * DAY).toISOString()
      : undefined

/** The least about the client the organisation needs: no surname, no BSN. Fixed once sent. */
const clientFields = (): Field[] => [
  {
    name: 'clientName',
    type: 'text',
    required: true,
    maxLength: 40,
    label: label('Voornaam of initialen van de cliënt', "Client's first name or initials"),
    access: { update: fixed },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'contactBy',
        type: 'radio',
        required: true,
        defaultValue: 'phone',
        options: [...CONTACT_CHANNELS],
        label: label('Contact via', 'Contact by'),
        access: { update: fixed },
      },
      { name: 'email', type: 'email', label: label('E-mail', 'E-mail'), access: { update: fixed } },
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
    name: 'support',
    type: 'textarea',
    maxLength: 500,
    label: label('Wat helpt de cliënt', 'What helps the client'),
    access: { update: fixed },
  },
  {
    name: 'note',
    type: 'textarea',
    maxLength: 1000,
    label: label('Toelichting van de verwijzer', "Referrer's note"),
    access: { update: fixed },
  },
  {
    name: 'currentRung',
    type: 'select',
    options: LADDER_RUNGS,
    label: label('Trede van de cliënt nu', "Client's rung now"),
    access: { update: fixed },
  },
]

/** Who referred, the client's consent and the privacy notice, in the sidebar. */
const sentFields = (): Field[] => [
  serverOwnedField(
    {
      name: 'referredBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Verwezen door', 'Referred by'),
    },
    { shown: true },
  ),
  {
    name: 'consent',
    type: 'checkbox',
    required: true,
    label: label(
      'De cliënt gaf toestemming om deze gegevens te delen',
      'The client consented to share these details',
    ),
    access: { update: fixed },
    admin: { position: 'sidebar' },
  },
  serverOwnedField({
    name: 'consentVersion',
    type: 'text',
    label: label('Privacytekst', 'Privacy notice'),
  }),
  serverOwnedField({
    name: 'listingKind',
    type: 'select',
    options: LISTING_KIND_OPTIONS,
    label: label('Soort', 'Kind'),
  }),
]

/** The organisation's answer, the deadline and what the server keeps. */
const handlingFields = (retentionDays: number): Field[] => [
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'sent',
    options: [...REFERRAL_STATUSES],
    label: label('Stand van zaken', 'Status'),
    access: { update: receiverOnly },
    admin: { position: 'sidebar' },
  },
  {
    name: 'response',
    type: 'textarea',
    maxLength: 1000,
    label: label('Antwoord aan de verwijzer', 'Answer to the referrer'),
    access: { update: receiverOnly },
  },
  serverOwnedField(
    {
      name: 'dueAt',
      type: 'date',
      index: true,
      label: label('Antwoord vóór', 'Answer by'),
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        components: { Cell: COMPONENTS.DueDateCell },
      },
    },
    { shown: true },
  ),
  serverOwnedField(
    { name: 'respondedAt', type: 'date', label: label('Beantwoord op', 'Answered on') },
    { shown: true },
  ),
  serverOwnedField({ name: 'remindedAt', type: 'date', index: true }),
  serverOwnedField({ name: 'outcomeAskedAt', type: 'date', index: true }),
  {
    name: 'deleteAfter',
    type: 'date',
    virtual: true,
    label: label('Wordt verwijderd op', 'Will be deleted on'),
    admin: { readOnly: true, position: 'sidebar', ...dayOnly },
    hooks: { afterRead: [deleteAfter(retentionDays)] },
  },
  serverOwnedField({ name: 'contactKey', type: 'text', index: true }),
  serverOwnedField({ name: 'outcome', type: 'relationship', relationTo: 'referral-outcomes' }),
]

/** A referral's fields, in the order the admin shows them. */
export const referralFields = (retentionDays: number): Field[] => [
  ...addressedToListingFields(label('Naar', 'To')),
  ...clientFields(),
  ...sentFields(),
  ...handlingFields(retentionDays),
]
