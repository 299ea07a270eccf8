import type { CollectionConfig, CollectionSlug, Field } from 'payload'

import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { COMPONENTS } from '../../plugins/directory/constants'
import { label } from '../../src/lib/vocabulary'
import { slugField } from './slugField'

/** Themes and areas share one shape: a name, a slug, maintained by editors, read by all. */
export const taxonomyCollection = (args: {
  slug: CollectionSlug
  singular: { nl: string; en: string }
  plural: { nl: string; en: string }
  fields?: Field[]
}): CollectionConfig => ({
  slug: args.slug,
  labels: { singular: args.singular, plural: args.plural },
  admin: {
    useAsTitle: 'name',
    group: label('Indeling', 'Taxonomies'),
    defaultColumns: ['name', 'slug'],
    components: { beforeListTable: [COMPONENTS.ExportButtons] },
  },
  access: { read: anyone, create: editors, update: editors, delete: editors },
  fields: [
    { name: 'name', type: 'text', required: true, localized: false, label: label('Naam', 'Name') },
    slugField(args.slug, 'name'),
    ...(args.fields ?? []),
  ],
})
