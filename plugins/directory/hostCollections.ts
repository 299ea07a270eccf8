import type { CollectionConfig, Field } from 'payload'

import type { SanitizedDirectoryOptions } from './types'

/** The slugs the data model uses for people and uploads (collections/), before the host's choice. */
const MODEL_USERS = 'users'
const MODEL_MEDIA = 'media'

/** A field tree with every relation to `from` pointed at `to` (uploads, relationships, joins; in groups, rows, tabs, arrays, blocks). */
const retarget = (fields: Field[], from: string, to: string): Field[] =>
  fields.map((field): Field => {
    let f = field
    if ((f.type === 'upload' || f.type === 'relationship') && f.relationTo === from)
      f = { ...f, relationTo: to } as Field
    if (f.type === 'join' && f.collection === from) f = { ...f, collection: to } as Field
    if ('fields' in f && Array.isArray(f.fields)) f = { ...f, fields: retarget(f.fields, from, to) }
    if (f.type === 'tabs')
      f = { ...f, tabs: f.tabs.map((tab) => ({ ...tab, fields: retarget(tab.fields, from, to) })) }
    if (f.type === 'blocks')
      f = {
        ...f,
        blocks: f.blocks.map((block) => ({ ...block, fields: retarget(block.fields, from, to) })),
      }
    return f
  })

const named = (field: Field): string | undefined => ('name' in field ? field.name : undefined)

/** What the directory needs of a person: a name to show, roles, and organisation memberships (all saved to the JWT but the name). */
const PERSON_FIELDS = ['name', 'roles', 'memberships']

/**
 * The host's users collection with the directory's person fields it lacks (by name). Its
 * access rules, hooks, auth settings and admin options stay the host's; the added fields
 * bring their own field access (only administrators set roles and memberships). A `name`
 * added this way is optional, so the host's existing forms keep working.
 */
const extendUsers = (host: CollectionConfig, ours: CollectionConfig): CollectionConfig => {
  if (!host.auth)
    throw new Error(
      `directoryPlugin: the "${host.slug}" collection (option \`users\`) must have auth enabled`,
    )
  const present = new Set(host.fields.map(named))
  const added = ours.fields
    .filter((f) => PERSON_FIELDS.includes(named(f) ?? '') && !present.has(named(f)))
    .map((f) => (named(f) === 'name' ? ({ ...f, required: false } as Field) : f))
  return { ...host, fields: [...host.fields, ...added] }
}

/**
 * Fits the directory's collections to the host config: the people and the uploads are the
 * host's collections when it has them (the `users` and `media` options name them), every
 * relation points at them, and any other collection of the same slug as one of ours is refused.
 * Returns the host's collections (its users extended) followed by ours.
 */
export const withHostCollections = (
  host: CollectionConfig[],
  ours: CollectionConfig[],
  options: SanitizedDirectoryOptions,
): CollectionConfig[] => {
  const hostUsers = host.find((c) => c.slug === options.users)
  const hostMedia = host.find((c) => c.slug === options.media)
  const mine = ours
    // The host's own users and uploads replace ours.
    .filter((c) => !(c.slug === MODEL_USERS && hostUsers) && !(c.slug === MODEL_MEDIA && hostMedia))
    .map((c) => ({
      ...c,
      slug:
        c.slug === MODEL_USERS ? options.users : c.slug === MODEL_MEDIA ? options.media : c.slug,
      fields: retarget(retarget(c.fields, MODEL_USERS, options.users), MODEL_MEDIA, options.media),
    }))
  const mineSlugs = new Set(mine.map((c) => c.slug))
  const clash = host.find((c) => mineSlugs.has(c.slug))
  if (clash) throw new Error(`directoryPlugin: the config already has a collection "${clash.slug}"`)
  const ourUsers = ours.find((c) => c.slug === MODEL_USERS)!
  return [...host.map((c) => (c === hostUsers ? extendUsers(c, ourUsers) : c)), ...mine]
}

/** Relations from a global's fields (the site settings' logo) to the host's uploads. */
export const retargetMedia = (fields: Field[], options: SanitizedDirectoryOptions): Field[] =>
  retarget(fields, MODEL_MEDIA, options.media)
