import type { CollectionBeforeChangeHook, CollectionConfig, Field } from 'payload'

import { listingAccess } from '../access/listingAccess'
import { keepOwnOrganisation } from '../hooks/keepOwnOrganisation'
import { moderateListing, type ModerationOptions } from '../hooks/moderateListing'
import { label } from './label'

/**
 * Activities and openings share their access rules, versions, moderation and admin layout;
 * each adds its own fields and checks.
 */
export const listingCollection = (args: {
  slug: 'activities' | 'openings'
  singular: { nl: string; en: string }
  plural: { nl: string; en: string }
  defaultColumns: string[]
  fields: Field[]
  beforeChange?: CollectionBeforeChangeHook[]
  moderation: ModerationOptions
}): CollectionConfig => ({
  slug: args.slug,
  labels: { singular: args.singular, plural: args.plural },
  admin: {
    useAsTitle: 'title',
    defaultColumns: args.defaultColumns,
    group: label('Aanbod', 'Directory'),
    listSearchableFields: ['title', 'summary'],
  },
  versions: { drafts: true, maxPerDoc: 20 },
  access: {
    read: listingAccess.read,
    create: listingAccess.create,
    update: listingAccess.updateOrDelete,
    delete: listingAccess.updateOrDelete,
    readVersions: listingAccess.readVersions,
  },
  hooks: {
    beforeChange: [keepOwnOrganisation, ...(args.beforeChange ?? []), moderateListing(args.moderation)],
  },
  fields: args.fields,
})
