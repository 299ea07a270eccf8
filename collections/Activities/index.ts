import type { CollectionConfig } from 'payload'

import { listingAccess } from '../access/listingAccess'
import { checkedOnField } from '../fields/checkedOnField'
import { label } from '../fields/label'
import { ladderRungsField } from '../fields/ladderRungsField'
import { areasField, organisationField, themesField, venueField } from '../fields/relations'
import { scheduleField } from '../fields/scheduleField'
import { slugField } from '../fields/slugField'
import { summaryField } from '../fields/summaryField'
import { keepOwnOrganisation } from '../hooks/keepOwnOrganisation'

/** Something to join: koffie-ochtend, taalcafé, computercursus, sport … */
export const Activities: CollectionConfig = {
  slug: 'activities',
  labels: { singular: label('Activiteit', 'Activity'), plural: label('Activiteiten', 'Activities') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organisation', 'venue', '_status', 'checkedOn'],
    group: label('Aanbod', 'Directory'),
  },
  versions: { drafts: true, maxPerDoc: 20 },
  access: {
    read: listingAccess.read,
    create: listingAccess.create,
    update: listingAccess.updateOrDelete,
    delete: listingAccess.updateOrDelete,
    readVersions: listingAccess.readVersions,
  },
  hooks: { beforeChange: [keepOwnOrganisation] },
  fields: [
    { name: 'title', type: 'text', required: true, label: label('Titel', 'Title') },
    slugField('activities'),
    summaryField(),
    { name: 'description', type: 'textarea', label: label('Uitgebreide beschrijving', 'Description') },
    organisationField(),
    venueField(),
    scheduleField(),
    {
      name: 'cost',
      type: 'group',
      label: label('Kosten', 'Cost'),
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'free',
          label: label('Wat kost het', 'What does it cost'),
          options: [
            { value: 'free', label: label('Gratis', 'Free') },
            { value: 'amount', label: label('Vast bedrag', 'Fixed amount') },
            { value: 'pay_what_you_can', label: label('Betaal wat je kunt', 'Pay what you can') },
          ],
        },
        {
          name: 'amount',
          type: 'number',
          min: 0,
          label: label('Bedrag in euro', 'Amount in euro'),
          admin: { condition: (_, c) => c?.kind === 'amount', step: 0.5 },
        },
      ],
    },
    {
      name: 'signUp',
      type: 'select',
      required: true,
      defaultValue: 'walk_in',
      label: label('Aanmelden', 'Sign-up'),
      options: [
        { value: 'walk_in', label: label('Zonder aanmelden, loop gewoon binnen', 'Walk in, no sign-up') },
        { value: 'sign_up', label: label('Aanmelden nodig', 'Sign-up needed') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'ageMin', type: 'number', min: 0, max: 120, label: label('Leeftijd vanaf', 'Minimum age') },
        { name: 'ageMax', type: 'number', min: 0, max: 120, label: label('Leeftijd tot en met', 'Maximum age') },
      ],
    },
    themesField(),
    areasField('areas'),
    ladderRungsField(),
    { name: 'photos', type: 'upload', relationTo: 'media', hasMany: true, label: label("Foto's", 'Photos') },
    checkedOnField(),
  ],
}
