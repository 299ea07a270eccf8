import type { MaybeUser } from './roles'

type ID = number | string

/** The organisations a user is a member (or owner) of, as IDs, whether populated or not. */
export const getUserOrganisationIDs = (user: MaybeUser, role?: 'owner' | 'member'): ID[] =>
  (user?.memberships ?? [])
    .filter((m) => !role || m.role === role)
    .map((m): ID | null | undefined =>
      typeof m.organisation === 'object' && m.organisation ? m.organisation.id : m.organisation,
    )
    .filter((id): id is ID => id !== null && id !== undefined)

/** A relationship value (ID or populated document) as its ID. */
export const relationID = (value: unknown): ID | undefined => {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: ID }).id
  if (typeof value === 'string' || typeof value === 'number') return value
  return undefined
}
