import type { CollectionConfig } from 'payload'

import { label } from '../../src/lib/vocabulary'
import { listingCollection } from '../fields/listingCollection'
import type { ModerationOptions } from '../hooks/moderateListing'
import { syncLowThreshold } from '../hooks/syncLowThreshold'
import { validateActivity } from './hooks/validateActivity'
import type { Visibility } from '../access/visibleNow'
import { activityFields } from './fields'

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
    fields: activityFields(),
  })
