import slugify from '@sindresorhus/slugify'
import type { CollectionSlug, FieldHook, TextField, TypeWithID } from 'payload'

import { label } from '../../src/lib/vocabulary'

/**
 * A unique, readable URL part made from another field ("Taalcafé De Brug" → "taalcafe-de-brug").
 * Uniqueness is checked through the database adapter, not the Local API: it must see every
 * document, including drafts of other organisations that the editing user may not read.
 */
const makeSlug =
  (
    collection: CollectionSlug,
    from: string,
  ): FieldHook<TypeWithID & Record<string, unknown>, string | null | undefined> =>
  async ({ value, data, originalDoc, req }) => {
    const source =
      typeof value === 'string' && value.trim() ? value : (data?.[from] ?? originalDoc?.[from])
    if (typeof source !== 'string' || !source.trim()) return value
    const base = slugify(source) || 'item'
    const ownID = originalDoc?.id
    for (let n = 1; n < 50; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`
      const clash = await req.payload.db.findOne({
        collection,
        where: { slug: { equals: candidate } },
        req,
      })
      if (!clash || (ownID !== undefined && String(clash.id) === String(ownID))) return candidate
    }
    return `${base}-${Date.now().toString(36)}`
  }

export const slugField = (collection: CollectionSlug, from = 'title'): TextField => ({
  name: 'slug',
  type: 'text',
  label: label('Slug (deel van de link)', 'Slug (part of the link)'),
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: label(
      'Wordt gemaakt uit de naam als je dit leeg laat.',
      'Made from the name when left empty.',
    ),
  },
  hooks: { beforeValidate: [makeSlug(collection, from)] },
})
