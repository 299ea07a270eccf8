import type { CollectionSlug, Field } from 'payload'

import { listingAccessibilityField } from './accessibilityAnswers'
import { contactField } from './contactField'
import { freshnessFields } from './freshnessFields'
import { importOriginFields } from './importOriginFields'
import { label } from '../../src/lib/vocabulary'
import { ladderRungsField } from './ladderRungsField'
import { moderationFields, reviewStatusField } from './moderationFields'
import { TARGET_GROUPS } from '../../src/lib/vocabulary'
import { professionalField } from './professionalField'
import { areasField, organisationField, themesField } from './relations'
import { readabilityField } from './readabilityField'
import { slugField } from './slugField'
import { summaryField } from './summaryField'

/** The fields every listing (activity or opening) starts with. */
export const listingHeadFields = (
  slug: CollectionSlug,
  descriptionLabel = label('Uitgebreide beschrijving', 'Description'),
): Field[] => [
  reviewStatusField(),
  { name: 'title', type: 'text', required: true, maxLength: 120, label: label('Titel', 'Title') },
  slugField(slug),
  summaryField(),
  { name: 'description', type: 'textarea', maxLength: 5000, label: descriptionLabel },
  readabilityField(),
  organisationField(),
]

/** The fields every listing ends with: who it is for, where it fits, contacts, state. */
export const listingTailFields = (): Field[] => [
  {
    name: 'targetGroups',
    type: 'select',
    hasMany: true,
    options: TARGET_GROUPS,
    label: label('Voor wie', 'Who it is for'),
  },
  themesField(),
  areasField('areas'),
  ladderRungsField(),
  listingAccessibilityField(),
  contactField(),
  professionalField(),
  ...moderationFields(),
  ...freshnessFields(),
  ...importOriginFields(),
]
