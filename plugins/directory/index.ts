import type { Config } from 'payload'

import { createCollections } from '../../collections'
import { capPageSize } from './hooks/capPageSize'
import { sanitizeOptions } from './sanitizeOptions'
import type { DirectoryPluginOptions } from './types'

export type { DirectoryPluginOptions, SanitizedDirectoryOptions } from './types'

/**
 * The Meedoen directory as a Payload plugin: the data model (organisations, venues,
 * activities, openings, taxonomies, media, users) with its access rules and hooks.
 */
export const directoryPlugin =
  (options: DirectoryPluginOptions = {}) =>
  (incoming: Config): Config => {
    const sanitized = sanitizeOptions(options)
    const ours = createCollections({ mediaDir: sanitized.mediaDir }).map((collection) =>
      sanitized.enabled
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              beforeOperation: [capPageSize(sanitized), ...(collection.hooks?.beforeOperation ?? [])],
            },
          }
        : collection,
    )
    const ourSlugs = new Set(ours.map((c) => c.slug))
    const clash = (incoming.collections ?? []).find((c) => ourSlugs.has(c.slug))
    if (clash) {
      throw new Error(`directoryPlugin: the config already has a collection "${clash.slug}"`)
    }
    return {
      ...incoming,
      admin: { ...incoming.admin, user: incoming.admin?.user ?? 'users' },
      collections: [...(incoming.collections ?? []), ...ours],
    }
  }
