import type { CollectionConfig, FieldHook } from 'payload'

import type { Interest } from '../../src/payload-types'
import { OPENING_KINDS } from '../../src/lib/vocabulary'
import { fixed } from '../access/fixed'
import { organisationInboxAccess } from '../access/organisationInbox'
import { validatePhone } from '../fields/contactField'
import { addressedToListingFields } from '../fields/addressedToListing'
import { label } from '../../src/lib/vocabulary'
import { keepServerOwned } from '../hooks/arrivedNow'
import { logInterestReads } from './hooks/logInterestReads'
import { notifyInterest } from './hooks/notifyInterest'
import { behaviour } from '../behaviour'
import { prepareInterest } from './hooks/prepareInterest'
import { refusePersonalCounts } from './hooks/refusePersonalCounts'
import { tallyInterest } from './hooks/tallyInterest'
import { CONTACT_CHANNELS, INTEREST_STATUSES } from './options'
import { dayOnly } from '../fields/dayOnly'
import { COMPONENTS } from '../../plugins/directory/constants'

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

/**
 * "Ik heb interesse": a resident's name, one way to reach them and a message, for one
 * listing. Personal data: only the receiving organisation's members and the editors read it
 * (every read is logged), nobody can change what the resident sent, and it is deleted
 * automatically `retentionDays` after it arrived.
 */
export const createInterests = ({
  retentionDays,
}: {
  retentionDays: number
}): CollectionConfig => ({
  slug: 'interests',
  // A copy would be a new arrival: personal data living past its retention, a false count.
  disableDuplicate: true,
  custom: { retentionDays },
  labels: {
    singular: label('Interesse', 'Interest'),
    plural: label('Interesse ("Ik heb interesse")', 'Interests ("I am interested")'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'listing', 'status', 'createdAt'],
    group: label('Contact', 'Contact'),
    description: label(
      `Persoonsgegevens: alleen voor je eigen organisatie en de redactie. Elke inzage wordt vastgelegd. Na ${retentionDays} dagen worden ze automatisch verwijderd.`,
      `Personal data: only for your own organisation and the editors. Every read is logged. Deleted automatically after ${retentionDays} days.`,
    ),
    components: { beforeListTable: [COMPONENTS.PersonData] },
  },
  // Erasing a person's data on request is the editors' job (delete); everything else goes by retention.
  access: organisationInboxAccess,
  hooks: {
    beforeOperation: [refusePersonalCounts],
    beforeChange: [prepareInterest, keepServerOwned('createdAt')],
    afterChange: [tallyInterest, behaviour(notifyInterest)],
    afterOperation: [logInterestReads],
  },
  fields: [
    ...addressedToListingFields(label('Voor', 'For')),
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
  ],
})
