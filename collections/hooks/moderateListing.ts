import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { relationID } from '../access/getUserOrganisationIDs'
import { isEditorUser } from '../access/roles'

export interface ModerationOptions {
  /** Members of organisations marked verified may publish without an editor. */
  verifiedPublishDirectly: boolean
}

/** The confirm-current endpoint passes this in `context`: the save only records a check. */
export const CONFIRM_CURRENT_CONTEXT = 'meedoenConfirmCurrent'

const organisationIsVerified = async (id: number | string | undefined, req: PayloadRequest) => {
  if (id === undefined) return false
  const organisation = await req.payload.findByID({
    collection: 'organisations',
    id,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
    disableErrors: true,
    select: { verified: true },
  })
  return Boolean(organisation?.verified)
}

/**
 * Organisation members submit; editors (or members of verified organisations, if allowed)
 * publish. Publishing by an editor and confirming "still current" both set `checkedOn`.
 * Runs only for logged-in users: jobs and scripts act without one.
 */
export const moderateListing =
  (options: ModerationOptions): CollectionBeforeChangeHook =>
  async ({ data, req, originalDoc, context }) => {
    if (!req.user) return data
    const now = new Date().toISOString()
    if (context[CONFIRM_CURRENT_CONTEXT]) {
      return { ...data, checkedOn: now, staleHidden: false, reminderSentAt: null }
    }
    const publishing = data._status === 'published'

    if (!isEditorUser(req.user) && publishing) {
      const organisation = relationID(data.organisation ?? originalDoc?.organisation)
      const allowed = options.verifiedPublishDirectly && (await organisationIsVerified(organisation, req))
      if (!allowed) {
        throw new APIError(
          'De redactie bekijkt je aanbod eerst. Sla het op als concept; de redactie publiceert het. / ' +
            'Editors review your listing first. Save it as a draft; an editor will publish it.',
          403,
          undefined,
          true,
        )
      }
    }

    if (publishing) {
      return { ...data, reviewState: 'none', checkedOn: now, staleHidden: false, reminderSentAt: null }
    }
    return isEditorUser(req.user) ? data : { ...data, reviewState: 'awaiting_review' }
  }
