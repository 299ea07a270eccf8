import type { CollectionConfig, Where } from 'payload'

import { isEditorUser } from '../access/roles'
import { publicMediaIDs } from './publicMedia'

/**
 * Editors do everything. Others read what public pages use and their own uploads; a logged-in
 * user uploads, and changes or deletes their own.
 */
export const mediaAccess = (): NonNullable<CollectionConfig['access']> => ({
  // Not every upload is public: only what public pages use, and one's own (to pick in the admin).
  read: async ({ req }) => {
    if (isEditorUser(req.user)) return true
    const ids = await publicMediaIDs(req.payload)
    const used: Where = ids.length ? { id: { in: ids } } : { id: { exists: false } }
    return req.user ? { or: [used, { createdBy: { equals: req.user.id } }] } : used
  },
  create: ({ req }) => Boolean(req.user),
  update: ({ req }) => {
    if (isEditorUser(req.user)) return true
    return req.user ? { createdBy: { equals: req.user.id } } : false
  },
  delete: ({ req }) => {
    if (isEditorUser(req.user)) return true
    return req.user ? { createdBy: { equals: req.user.id } } : false
  },
})
