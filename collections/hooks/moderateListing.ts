import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
  type TypeWithID,
} from 'payload'

import { isPublishing, mayPublishDirectly, organisationsIn } from '../access/publishing'
import { isEditorUser } from '../access/roles'
import { inLanguage } from '../fields/inLanguage'
import { savedBy } from '../fields/savedBy'

export interface ModerationOptions {
  /** Members of organisations marked verified may publish without an editor. */
  verifiedPublishDirectly: boolean
}

/** The confirm-current endpoint passes this in `context`: the save only records a check. */
export const CONFIRM_CURRENT_CONTEXT = 'meedoenConfirmCurrent'
/** The request-changes endpoint passes this in `context`: an editor sends a draft back. */
export const REQUEST_CHANGES_CONTEXT = 'meedoenRequestChanges'

/** Set per save by `requireDraftSave`: whether this save leaves the live document alone. */
const DRAFT_SAVE = 'meedoenDraftSave'

const mustSubmitFirst = (req: PayloadRequest) =>
  new APIError(
    inLanguage(
      req,
      'De redactie bekijkt je wijziging eerst. Kies "Indienen ter beoordeling".',
      'Editors review your change first. Choose "Submit for review".',
    ),
    403,
    undefined,
    true,
  )

/**
 * Only a draft save (`draft: true`, `?draft=true`) leaves the live document alone; any other
 * update writes it — with the latest draft's content when no status is given. So for those who
 * must submit for review, every update is a draft save, or it is refused before it starts.
 * Payload's hooks see the save's data with the status already filled in, not whether it is a
 * draft save, hence this check before the operation.
 */
type SaveArgs = { id?: number | string; data?: Record<string, unknown> }
const organisationsInData = ({ data }: SaveArgs) => organisationsIn(data)

export const requireDraftSave =
  (
    options: ModerationOptions,
    organisationsOfSave: (args: SaveArgs) => unknown[] | undefined = organisationsInData,
  ): CollectionBeforeOperationHook =>
  async ({ args, operation, req, context }) => {
    if (operation !== 'update' && operation !== 'create') return args
    const draft = Boolean((args as { draft?: boolean }).draft)
    context[DRAFT_SAVE] = draft
    if (
      operation === 'create' ||
      draft ||
      !req.user ||
      isEditorUser(req.user) ||
      context[CONFIRM_CURRENT_CONTEXT]
    )
      return args
    if (!(await mayPublishDirectly(req, options, organisationsOfSave(args))))
      throw mustSubmitFirst(req)
    return args
  }

/** A moderated document (a listing, a venue, an organisation) as the moderation reads it: its fields by name. */
type ModeratedDoc = TypeWithID & Record<string, unknown>

/** The organisations a document belongs to, as the moderation asks for "may publish". */
export type OrganisationsOf = (
  data: Record<string, unknown>,
  originalDoc?: Record<string, unknown>,
) => unknown[] | undefined

/** A listing's or a venue's organisations: as saved, else as stored. */
export const documentOrganisations: OrganisationsOf = (data, originalDoc) =>
  organisationsIn(data) ?? organisationsIn(originalDoc)

/**
 * Organisation members submit; editors (or members of verified organisations, if allowed)
 * publish. A member's save is a submission: the draft awaits review from `submittedAt` on.
 * Publishing clears the review; for listings (`freshness`) it also sets `checkedOn`, as does
 * confirming "still current". Every save by a person records who made it (`editedBy`), so the
 * versions list says who changed what. Jobs and scripts act without a user and are left alone.
 */
export const moderate =
  (
    options: ModerationOptions,
    organisationsOf: OrganisationsOf,
    freshness = true,
  ): CollectionBeforeChangeHook<ModeratedDoc> =>
  async ({ data, req, originalDoc, context, operation }) => {
    if (!req.user) return data
    const now = new Date().toISOString()
    const stamped = { ...data, ...savedBy(req.user) }
    const checked = freshness ? { checkedOn: now, staleHidden: false, reminderSentAt: null } : {}
    if (context[CONFIRM_CURRENT_CONTEXT]) return { ...stamped, ...checked }
    if (context[REQUEST_CHANGES_CONTEXT]) return stamped

    if (
      isPublishing(data) &&
      !(await mayPublishDirectly(req, options, organisationsOf(data, originalDoc)))
    ) {
      // Update access refuses this already; this covers create and anything that skips access.
      throw mustSubmitFirst(req)
    }
    if (isPublishing(data))
      return { ...stamped, ...checked, reviewState: 'none', submittedAt: null, reviewComment: null }
    // A member's draft save is a submission; anything else they may do (a verified organisation's
    // member saving without publishing) is not.
    if (isEditorUser(req.user) || (operation === 'update' && context[DRAFT_SAVE] === false))
      return stamped
    const waiting = originalDoc?.reviewState === 'awaiting_review' && originalDoc?.submittedAt
    if (waiting) return { ...stamped, reviewState: 'awaiting_review' }
    return {
      ...stamped,
      reviewState: 'awaiting_review',
      submittedAt: now,
      submittedBy: req.user.id,
    }
  }

/** Activities and openings: the organisation is the listing's own. */
export const moderateListing = (
  options: ModerationOptions,
): CollectionBeforeChangeHook<ModeratedDoc> => moderate(options, documentOrganisations)
