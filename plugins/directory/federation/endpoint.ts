import type { Endpoint } from 'payload'

import { errorResponse, refuseUnlessEditor } from '../endpoints/respond'
import { followSource } from './follow'

/**
 * POST /api/federation-sources/:id/follow — "Nu bijwerken": reads the source's feed now instead
 * of at the next run of the job, and answers what it found (or the source's problem).
 */
export const followNowEndpoint: Endpoint = {
  path: '/:id/follow',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessEditor(req)
    if (refused) return refused
    const source = await req.payload.findByID({
      collection: 'federation-sources',
      id: req.routeParams?.id as string,
      depth: 0,
      overrideAccess: false,
      disableErrors: true,
      req,
    })
    if (!source)
      return errorResponse(req, 404, 'Deze bron bestaat niet.', 'There is no such source.')
    if (!source.enabled)
      return errorResponse(
        req,
        409,
        'Deze bron staat uit. Zet hem eerst aan.',
        'This source is switched off. Switch it on first.',
      )
    const result = await followSource(req.payload, source)
    return Response.json(result, { status: result.status === 'ok' ? 200 : 502 })
  },
}
