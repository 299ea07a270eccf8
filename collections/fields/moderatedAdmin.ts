import type { CollectionAdminOptions, Where } from 'payload'

import { getUserOrganisationIDs } from '../access/getUserOrganisationIDs'
import { isEditorUser } from '../access/roles'
import { COMPONENTS } from '../../plugins/directory/constants'

/** `?scope=all` in a list's address shows everything the member may read, not only their own. */
export const ALL_SCOPE = 'all'

/**
 * The admin of a moderated collection: members of unverified organisations get "Indienen ter
 * beoordeling" instead of a publish button that would fail; a member's list shows their own
 * organisations' documents unless they ask for all (`ownership` is the field, or `id` for
 * organisations themselves).
 */
export const moderatedAdmin = (
  ownership: 'organisation' | 'organisations' | 'id',
): Partial<CollectionAdminOptions> => ({
  baseFilter: ({ req }): Where | null => {
    if (!req.user || isEditorUser(req.user)) return null
    const own = getUserOrganisationIDs(req.user)
    if (!own.length || (req.query as { scope?: unknown } | undefined)?.scope === ALL_SCOPE)
      return null
    return { [ownership]: { in: own } }
  },
  components: {
    beforeListTable: [COMPONENTS.OwnScopeToggle, COMPONENTS.ExportButtons],
    edit: {
      PublishButton: COMPONENTS.PublishOrSubmit,
      SaveDraftButton: COMPONENTS.SaveDraftIfPublisher,
    },
  },
})
