import type { RelationshipField } from 'payload'

import { getUserOrganisationIDs } from '../access/getUserOrganisationIDs'
import { isEditorUser, type MaybeUser } from '../access/roles'
import { label } from '../../src/lib/vocabulary'
import { COMPONENTS } from '../../plugins/directory/constants'

/**
 * The organisation a listing belongs to. A member is offered only their own organisations
 * and starts with theirs when they have one; the `keepOwnOrganisation` hook enforces it.
 */
export const organisationField = (): RelationshipField => ({
  name: 'organisation',
  type: 'relationship',
  relationTo: 'organisations',
  required: true,
  index: true,
  label: label('Organisatie', 'Organisation'),
  defaultValue: ({ user }: { user?: unknown }) => {
    const own = getUserOrganisationIDs(user as MaybeUser)
    return own.length === 1 && !isEditorUser(user as MaybeUser) ? own[0] : undefined
  },
  // Scripts and jobs (no user) and editors may choose any organisation.
  filterOptions: ({ user }) =>
    !user || isEditorUser(user) ? true : { id: { in: getUserOrganisationIDs(user) } },
})

export const venueField = (): RelationshipField => ({
  name: 'venue',
  type: 'relationship',
  relationTo: 'venues',
  index: true,
  label: label('Locatie', 'Venue'),
})

/** Beside a listing's venue: a warning when that venue has no location on the map. */
export const venueLocationWarningField = () => ({
  name: 'venueLocationWarning',
  type: 'ui' as const,
  admin: { components: { Field: COMPONENTS.VenueLocationWarning } },
})

export const themesField = (): RelationshipField => ({
  name: 'themes',
  type: 'relationship',
  relationTo: 'themes',
  hasMany: true,
  label: label("Thema's", 'Themes'),
})

export const areasField = (name = 'areas'): RelationshipField => ({
  name,
  type: 'relationship',
  relationTo: 'areas',
  hasMany: true,
  label: label('Wijken en kernen', 'Areas'),
})
