import type { CollectionConfig } from 'payload'

import { label } from '../../src/lib/vocabulary'
import { listingCollection } from '../fields/listingCollection'
import { listingHeadFields, listingTailFields } from '../fields/listingFields'
import { LANGUAGES, LOW_THRESHOLD } from '../../src/lib/vocabulary'
import { venueField, venueLocationWarningField } from '../fields/relations'
import { scheduleField } from '../fields/scheduleField'
import type { ModerationOptions } from '../hooks/moderateListing'
import { syncLowThreshold } from '../hooks/syncLowThreshold'
import { validateActivity } from './hooks/validateActivity'
import type { Visibility } from '../access/visibleNow'

/** Something to join: koffie-ochtend, taalcafé, computercursus, sport … */
export const createActivities = (
  moderation: ModerationOptions,
  visibility: Visibility,
): CollectionConfig =>
  listingCollection({
    slug: 'activities',
    singular: label('Activiteit', 'Activity'),
    plural: label('Activiteiten', 'Activities'),
    defaultColumns: ['title', 'organisation', 'venue', '_status', 'reviewState', 'checkedOn'],
    moderation,
    visibility,
    beforeChange: [validateActivity, syncLowThreshold],
    fields: [
      ...listingHeadFields('activities'),
      {
        name: 'locationKind',
        type: 'select',
        defaultValue: 'venue',
        label: label('Waar', 'Where'),
        options: [
          { value: 'venue', label: label('Op een locatie', 'At a venue') },
          { value: 'outdoor', label: label('Buiten', 'Outdoors') },
          { value: 'online', label: label('Online', 'Online') },
        ],
      },
      { ...venueField(), admin: { condition: (_, s) => (s?.locationKind ?? 'venue') === 'venue' } },
      venueLocationWarningField(),
      {
        name: 'locationNote',
        type: 'text',
        label: label(
          'Waar precies (bijvoorbeeld startpunt of link)',
          'Where exactly (meeting point or link)',
        ),
      },
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
            max: 1000,
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
          {
            value: 'walk_in',
            label: label('Zonder aanmelden, loop gewoon binnen', 'Walk in, no sign-up'),
          },
          { value: 'sign_up', label: label('Aanmelden nodig', 'Sign-up needed') },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'ageMin',
            type: 'number',
            min: 0,
            max: 120,
            label: label('Leeftijd vanaf', 'Minimum age'),
          },
          {
            name: 'ageMax',
            type: 'number',
            min: 0,
            max: 120,
            label: label('Leeftijd tot en met', 'Maximum age'),
          },
        ],
      },
      {
        name: 'lowThreshold',
        type: 'select',
        hasMany: true,
        options: LOW_THRESHOLD,
        label: label('Laagdrempelig', 'Low threshold'),
      },
      {
        name: 'languages',
        type: 'select',
        hasMany: true,
        options: LANGUAGES,
        label: label('Talen', 'Languages'),
      },
      ...listingTailFields(),
      {
        name: 'photos',
        type: 'upload',
        relationTo: 'media',
        hasMany: true,
        label: label("Foto's", 'Photos'),
      },
    ],
  })
