import type { CollectionConfig } from 'payload'

import { label } from '../../src/lib/vocabulary'

/**
 * The search index's change log: every write to the public index appends the listing it
 * touched (`activities/12`, or `*` for "everything"), in the same transaction, with a number
 * that only goes up. Each server process keeps its own search index in memory and catches up
 * from here before every search, so several processes on one database stay exact. An ordinary
 * collection, so every database adapter creates it; written and read only by the server
 * (src/lib/search/store), pruned nightly, never shown in the admin or the APIs.
 */
export const SearchChanges: CollectionConfig = {
  slug: 'search-changes',
  labels: {
    singular: label('Indexwijziging', 'Index change'),
    plural: label('Indexwijzigingen', 'Index changes'),
  },
  admin: { hidden: true },
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  fields: [
    {
      name: 'seq',
      type: 'number',
      required: true,
      unique: true,
      index: true,
      label: label('Volgnummer', 'Sequence'),
    },
    { name: 'listing', type: 'text', required: true, label: label('Aanbod', 'Listing') },
  ],
}
