import { type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'

import { getUserOrganisationIDs, relationID } from '../access/getUserOrganisationIDs'
import { isEditorUser } from '../access/roles'
import { inLanguage } from '../fields/inLanguage'
import type { Venue } from '../../src/payload-types'

const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value])
    .map((v) => relationID(v))
    .filter((id) => id !== undefined)
    .map(String)

const refuse = (
  req: PayloadRequest,
  collection: string,
  path: string,
  nl: string,
  en: string,
): never => {
  throw new ValidationError(
    { collection, errors: [{ path, message: inLanguage(req, nl, en) }], req },
    req.t,
  )
}

/**
 * Organisation members may only place a listing with one of their own organisations. Another
 * organisation is refused as a field error on `organisation` (the admin shows it beside the
 * field), on create and on update alike.
 */
export const keepOwnOrganisation: CollectionBeforeChangeHook = ({ data, req, collection }) => {
  if (!req.user || isEditorUser(req.user) || !data || !('organisation' in data)) return data
  const target = ids(data.organisation)
  const own = getUserOrganisationIDs(req.user).map(String)
  if (target.length !== 1 || !own.includes(target[0]!))
    refuse(
      req,
      collection.slug,
      'organisation',
      'Kies een van je eigen organisaties.',
      'Choose one of your own organisations.',
    )
  return data
}

/**
 * A venue may be shared by several organisations. A member may add or remove only their own
 * organisations on it (others stay as they are), and a new venue lists only their own — checked
 * on update exactly as on create.
 */
export const keepOwnVenueOrganisations: CollectionBeforeChangeHook<Venue> = ({
  data,
  req,
  originalDoc,
  operation,
  collection,
}) => {
  if (!req.user || isEditorUser(req.user) || !data || !('organisations' in data)) return data
  const own = getUserOrganisationIDs(req.user).map(String)
  const next = ids(data.organisations)
  const before = operation === 'create' ? [] : ids(originalDoc?.organisations)
  const changed = [
    ...next.filter((id) => !before.includes(id)),
    ...before.filter((id) => !next.includes(id)),
  ]
  if (changed.some((id) => !own.includes(id))) {
    refuse(
      req,
      collection.slug,
      'organisations',
      'Je kunt alleen je eigen organisaties toevoegen of weghalen.',
      'You can only add or remove your own organisations.',
    )
  }
  if (next.length === 0) {
    refuse(
      req,
      collection.slug,
      'organisations',
      'Een locatie hoort bij minstens één organisatie.',
      'A venue belongs to at least one organisation.',
    )
  }
  return data
}
