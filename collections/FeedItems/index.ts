import type { CollectionConfig } from 'payload'

import { systemWrites } from '../access/systemWrite'
import { label } from '../../src/lib/vocabulary'

/**
 * The open-data feed (OpenActive RPDE, "change number" ordering): one row per activity that
 * was ever public, with the number of its latest change and what the feed says about it now.
 * `data` is the SessionSeries as it was written, so an item's content changes only together
 * with its change number. An activity no longer public stays as a tombstone (`deleted`, no
 * data) for at least seven days, then the retention job removes it. Written and read only by
 * the server (plugins/directory/openactive), never shown in the admin or the REST API.
 */
export const FeedItems: CollectionConfig = {
  slug: 'feed-items',
  labels: {
    singular: label('Feed-item', 'Feed item'),
    plural: label('Open-data-feed', 'Open data feed'),
  },
  admin: { hidden: true },
  access: {
    read: systemWrites('open-data-feed'),
    create: systemWrites('open-data-feed'),
    update: systemWrites('open-data-feed'),
    delete: systemWrites('open-data-feed'),
  },
  fields: [
    // `activities/12`: one row per listing, whatever happens to it.
    { name: 'listing', type: 'text', required: true, unique: true, index: true },
    { name: 'kind', type: 'text', required: true },
    // Only goes up; taken inside the write, so it follows the order of the commits.
    { name: 'changeNumber', type: 'number', required: true, unique: true, index: true },
    {
      name: 'state',
      type: 'select',
      required: true,
      options: ['updated', 'deleted'],
    },
    { name: 'data', type: 'json' },
    { name: 'deletedAt', type: 'date', index: true },
  ],
}
