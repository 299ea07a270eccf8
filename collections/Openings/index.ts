import type { CollectionConfig } from 'payload'

import { label } from '../../src/lib/vocabulary'
import { listingCollection } from '../fields/listingCollection'
import type { ModerationOptions } from '../hooks/moderateListing'
import { validateOpening } from './hooks/validateOpening'
import type { Visibility } from '../access/visibleNow'
import { openingFields } from './fields'

/** A place to contribute: volunteering, a work-and-learning place or a job. */
export const createOpenings = (
  moderation: ModerationOptions,
  visibility: Visibility,
): CollectionConfig =>
  listingCollection({
    slug: 'openings',
    singular: label('Plek', 'Opening'),
    plural: label('Plekken', 'Openings'),
    defaultColumns: ['title', 'kind', 'organisation', 'status', '_status', 'reviewState'],
    moderation,
    visibility,
    beforeChange: [validateOpening],
    fields: openingFields(),
  })
