import type { User } from '../../src/payload-types'

export const ROLES = ['admin', 'editor', 'professional'] as const
export type Role = (typeof ROLES)[number]

/** Anything shaped like a logged-in user; access functions get `req.user`, which may be null. */
export type MaybeUser = Pick<User, 'roles' | 'memberships'> | null | undefined

export const hasRole = (user: MaybeUser, role: Role): boolean =>
  Boolean(user?.roles?.includes(role))

export const isAdminUser = (user: MaybeUser): boolean => hasRole(user, 'admin')

/** Editors maintain everything; admins can do all an editor can. */
export const isEditorUser = (user: MaybeUser): boolean =>
  hasRole(user, 'editor') || hasRole(user, 'admin')
