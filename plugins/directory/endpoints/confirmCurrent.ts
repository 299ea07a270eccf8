import type { Endpoint, PayloadHandler } from 'payload'

import { CONFIRM_CURRENT_CONTEXT } from '../../../collections/hooks/moderateListing'
import { errorResponse } from './respond'
import type { ListingSlug } from '../constants'

/**
 * POST /api/{activities|openings}/:id/confirm-current — "still current": sets `checkedOn`
 * and brings a hidden listing back. Only for people who may edit the listing, and only when
 * the live version is the latest one: re-saving over a pending draft would publish that draft
 * without review.
 */
const handler =
  (collection: ListingSlug): PayloadHandler =>
  async (req) => {
    const { payload, user } = req
    const id = req.routeParams?.id as string | undefined
    if (!user) return errorResponse(req, 401, 'Log eerst in.', 'Please log in first.')
    if (!id)
      return errorResponse(
        req,
        400,
        'Zeg om welk aanbod het gaat (het id ontbreekt).',
        'Say which listing this is about (the id is missing).',
      )
    const latest = await payload.findByID({
      collection,
      id,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user,
      req,
    })
    if (latest._status !== 'published') {
      return errorResponse(
        req,
        409,
        'Er staat een versie klaar die nog niet gepubliceerd is. Publiceer die eerst (of laat de redactie dat doen).',
        'There is an unpublished version. Publish it first (or ask the editors to).',
      )
    }
    const doc = await payload.update({
      collection,
      id,
      data: {},
      depth: 0,
      overrideAccess: false,
      user,
      req,
      context: { [CONFIRM_CURRENT_CONTEXT]: true },
    })
    return Response.json({ id: doc.id, checkedOn: doc.checkedOn, staleHidden: doc.staleHidden })
  }

export const confirmCurrentEndpoint = (collection: ListingSlug): Endpoint => ({
  path: '/:id/confirm-current',
  method: 'post',
  handler: handler(collection),
})
