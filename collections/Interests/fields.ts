import type { Field, FieldHook } from 'payload'

import type { Interest } from '../../src/payload-types'
import { label, OPENING_KINDS } from '../../src/lib/vocabulary'
import { fixed } from '../access/fixed'
import { addressedToListingFields } from '../fields/addressedToListing'
import { validatePhone } from '../fields/contactField'
import { dayOnly } from '../fields/dayOnly'
import { CONTACT_CHANNELS, INTEREST_STATUSES } from './options'

/** The kinds of listing an interest (and its anonymous count) is about. */
export const LISTING_KIND_OPTIONS = [
  { value: 'activity', label: label('Activiteit', 'Activity') },
  ...OPENING_KINDS,
]

const DAY = 24 * 60 * 60 * 1000

/** The day the retention job deletes an interest: `retentionDays` after it arrived. */
const deleteAfter =
  (retentionDays: number): FieldHook<Interest, string | undefined, Interest> =>
  ({ siblingData }) =>
    siblingData?.createdAt
      ? new Date(new Date(siblingData.createdAt).getTime() + retentionDays * DAY).toISOString()
      : undefined

/** What the resident sent: who they are, how to reach them and their message. Fixed once sent. */
const sentFields = (): Field[] => [
  {
    name: 'listingKind',
    type: 'select',
    options: LISTING_KIND_OPTIONS,
    label: label('Soort', 'Kind'),
    access: { update: fixed },
    admin: { readOnly: true },
  },
  {
    name: 'name',
    type: 'text',
    required: true,
    maxLength: 100,
    label: label('Naam', 'Name'),
    access: { update: fixed },
  },
  {
    name: 'contactBy',
    type: 'radio',
    required: true,
    defaultValue: 'email',
    options: [...CONTACT_CHANNELS],
    label: label('Wil contact via', 'Wants contact by'),
    access: { update: fixed },
  },
  { name: 'email', type: 'email', label: label('E-mail', 'E-mail'), access: { update: fixed } },
  {
    // Set by the server: the opening was full and its organisation keeps a waiting list.
    name: 'waiting',
    type: 'checkbox',
    defaultValue: false,
    label: label('Wachtlijst', 'Waiting list'),
    access: { update: fixed },
    admin: { readOnly: true },
  },
  {
    name: 'phone',
    type: 'text',
    validate: validatePhone,
    label: label('Telefoon', 'Phone'),
    access: { update: fixed },
  },
  {
    name: 'message',
    type: 'textarea',
    maxLength: 1000,
    label: label('Bericht', 'Message'),
    access: { update: fixed },
  },
]

/** The resident's consent and the privacy notice it was given to, in the sidebar. */
const consentFields = (): Field[] => [
  {
    name: 'consent',
    type: 'checkbox',
    required: true,
    label: label(
      'Toestemming gegeven om de gegevens te delen met de organisatie',
      'Consented to share the details with the organisation',
    ),
    access: { update: fixed },
    admin: { readOnly: true, position: 'sidebar' },
  },
  {
    name: 'consentVersion',
    type: 'text',
    label: label('Versie van de privacytekst', 'Privacy notice version'),
    access: { update: fixed },
    admin: { readOnly: true, position: 'sidebar' },
  },
]

/** What the organisation keeps up: where the interest stands and its own note. */
const handlingFields = (retentionDays: number): Field[] => [
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'new',
    options: [...INTEREST_STATUSES],
    label: label('Stand van zaken', 'Status'),
    admin: { position: 'sidebar' },
  },
  {
    name: 'note',
    type: 'textarea',
    maxLength: 2000,
    label: label('Notitie van de organisatie', 'Note by the organisation'),
  },
  {
    // When the retention job deletes it: shown, never stored.
    name: 'deleteAfter',
    type: 'date',
    virtual: true,
    label: label('Wordt verwijderd op', 'Will be deleted on'),
    admin: { readOnly: true, position: 'sidebar', ...dayOnly },
    hooks: {
      afterRead: [deleteAfter(retentionDays)],
    },
  },
]

/** Hidden fields the server writes: the contact key and the anonymous outcome row. */
const serverFields = (): Field[] => [
  // For finding one person's data (export, erase): the contact detail in one comparable form.
  {
    name: 'contactKey',
    type: 'text',
    index: true,
    access: { update: fixed },
    admin: { hidden: true },
  },
  {
    name: 'outcome',
    type: 'relationship',
    relationTo: 'interest-outcomes',
    access: { update: fixed },
    admin: { hidden: true },
  },
]

/** An interest's fields, in the order the admin shows them. */
export const interestFields = (retentionDays: number): Field[] => [
  ...addressedToListingFields(label('Voor', 'For')),
  ...sentFields(),
  ...consentFields(),
  ...handlingFields(retentionDays),
  ...serverFields(),
]
