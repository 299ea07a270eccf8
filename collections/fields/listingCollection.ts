import type { CollectionBeforeChangeHook, CollectionConfig, Field } from 'payload'

import { listingAccess } from '../access/listingAccess'
import type { Visibility } from '../access/visibleNow'
import { fillUnknownAnswers, LISTING_QUESTIONS } from './accessibilityAnswers'
import { keepOwnOrganisation } from '../hooks/keepOwnOrganisation'
import { moderateListing, type ModerationOptions, requireDraftSave } from '../hooks/moderateListing'
import { label } from '../../src/lib/vocabulary'
import { moderatedAdmin } from './moderatedAdmin'
import { previewPath } from '../../src/lib/paths'
import type { ListingSlug } from '../../plugins/directory/constants'

/**
 * Activities and openings share their access rules, versions, moderation and admin layout;
 * each adds its own fields and checks.
 */
export const listingCollection = (args: {
  slug: ListingSlug
  singular: { nl: string; en: string }
  plural: { nl: string; en: string }
  defaultColumns: string[]
  fields: Field[]
  beforeChange?: CollectionBeforeChangeHook[]
  moderation: ModerationOptions
  visibility: Visibility
}): CollectionConfig => {
  const access = listingAccess(args.moderation, args.slug, args.visibility)
  return {
    slug: args.slug,
    // Read by the search index, which leaves a listing out once it is past this (see visibleUntil).
    custom: { hideAfterDays: args.visibility.hideAfterDays },
    labels: { singular: args.singular, plural: args.plural },
    admin: {
      ...moderatedAdmin('organisation'),
      useAsTitle: 'title',
      defaultColumns: args.defaultColumns,
      group: label('Aanbod', 'Directory'),
      listSearchableFields: ['title', 'summary'],
      // "Voorbeeld": the latest version as the public page renders it, for those who may read it.
      preview: (doc) => (doc?.id ? previewPath(args.slug, doc.id as number) : null),
    },
    // Drafts are validated: for members a draft is a submission, which an editor must be able to publish.
    versions: { drafts: { schedulePublish: true, validate: true }, maxPerDoc: 20 },
    access: {
      read: access.read,
      create: access.create,
      update: access.update,
      delete: access.delete,
      readVersions: access.readVersions,
    },
    hooks: {
      beforeOperation: [requireDraftSave(args.moderation)],
      beforeValidate: [fillUnknownAnswers(LISTING_QUESTIONS)],
      beforeChange: [
        keepOwnOrganisation,
        ...(args.beforeChange ?? []),
        moderateListing(args.moderation),
      ],
    },
    fields: args.fields,
  }
}
