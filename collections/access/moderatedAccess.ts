import type { Access, Where } from 'payload'

import type { ModerationOptions } from '../hooks/moderateListing'
import { getUserOrganisationIDs } from './getUserOrganisationIDs'
import { isPublishing, mayPublishDirectly } from './publishing'
import { isEditorUser } from './roles'

type ID = number | string

/**
 * Update access of a moderated document that members edit for their own organisations: the
 * `own` filter says which; a save that publishes is refused for those who must submit for
 * review (the admin asks with `_status: 'published'`, so it offers no publish button then).
 */
export const moderatedUpdate =
  (
    moderation: ModerationOptions,
    own: (ids: ID[]) => Where,
    organisationsOf: (args: { data?: Record<string, unknown>; id?: ID }) => unknown[] | undefined,
  ): Access<Record<string, unknown>> =>
  async ({ req, data, id }) => {
    if (isEditorUser(req.user)) return true
    const ids = getUserOrganisationIDs(req.user)
    if (ids.length === 0) return false
    if (
      isPublishing(data) &&
      !(await mayPublishDirectly(req, moderation, organisationsOf({ data, id })))
    )
      return false
    return own(ids)
  }

/** Create access for members: asked without data by the admin, so any member may; the hooks check which organisation. */
export const moderatedCreate =
  (
    moderation: ModerationOptions,
    organisationsOf: (data?: Record<string, unknown>) => unknown[] | undefined,
  ): Access<Record<string, unknown>> =>
  async ({ req, data }) => {
    if (isEditorUser(req.user)) return true
    if (getUserOrganisationIDs(req.user).length === 0) return false
    return !isPublishing(data) || mayPublishDirectly(req, moderation, organisationsOf(data))
  }
