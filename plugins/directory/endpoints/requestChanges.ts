import type { Endpoint, PayloadHandler } from 'payload'
import { z } from 'zod'

import { REQUEST_CHANGES_CONTEXT } from '../../../collections/hooks/moderateListing'
import type { ModeratedSlug } from '../jobs/moderationEmail'
import { errorResponse, refuseUnlessEditor } from './respond'

const body = z.object({ comment: z.string().trim().min(1).max(2000) }).strict()

/**
 * POST /api/{collection}/:id/request-changes {comment} — an editor sends a submission back:
 * the draft gets "Wijzigingen gevraagd" and the comment, which the members read on the document
 * and by e-mail. Only for what awaits review, so a stale click cannot undo a publish.
 */
const handler =
  (collection: ModeratedSlug): PayloadHandler =>
  async (req) => {
    const refused = refuseUnlessEditor(req)
    if (refused) return refused
    const id = req.routeParams?.id as string | undefined
    const parsed = body.safeParse(await req.json?.().catch(() => null))
    if (!id || !parsed.success) {
      return errorResponse(
        req,
        400,
        'Schrijf wat er anders moet (hoogstens 2000 tekens).',
        'Write what should change (at most 2000 characters).',
      )
    }
    const { payload, user } = req
    const latest = (await payload.findByID({
      collection,
      id,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user,
      req,
      disableErrors: true,
    })) as {
      reviewState?: string
    } | null
    if (!latest) return errorResponse(req, 404, 'Niet gevonden.', 'Not found.')
    if (latest.reviewState !== 'awaiting_review') {
      return errorResponse(
        req,
        409,
        'Dit wacht niet (meer) op beoordeling.',
        'This is not awaiting review (any more).',
      )
    }
    const doc = (await (payload.update as (args: Record<string, unknown>) => Promise<unknown>)({
      collection,
      id,
      draft: true,
      data: {
        reviewState: 'changes_requested',
        reviewComment: parsed.data.comment,
        _status: 'draft',
      },
      depth: 0,
      overrideAccess: false,
      user,
      req,
      context: { [REQUEST_CHANGES_CONTEXT]: true },
    })) as { id: number | string; reviewState?: string }
    return Response.json({ id: doc.id, reviewState: doc.reviewState })
  }

export const requestChangesEndpoint = (collection: ModeratedSlug): Endpoint => ({
  path: '/:id/request-changes',
  method: 'post',
  handler: handler(collection),
})
