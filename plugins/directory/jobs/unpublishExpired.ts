import type { PayloadRequest, Where } from 'payload'
import { endedBefore } from '../../../collections/access/visibleNow'
import { internalRequest } from '../../../collections/requests'

import type { ListingSlug } from '../constants'

const PUBLISHED: Where = { _status: { equals: 'published' } }

/**
 * Takes published listings that are over off the public site: openings past `validThrough`
 * (also marked closed) and one-off activities whose day has passed. Runs as the system
 * (a scheduled job, not a request), so it reads and writes without access checks.
 */
export const unpublishExpired = async (
  req: PayloadRequest,
  startOfToday: Date,
): Promise<number> => {
  const today = startOfToday.toISOString()
  const targets: { collection: ListingSlug; where: Where; data: Record<string, unknown> }[] = [
    {
      collection: 'openings',
      where: { and: [PUBLISHED, endedBefore('openings', today)] },
      data: { _status: 'draft', status: 'closed' },
    },
    {
      collection: 'activities',
      where: { and: [PUBLISHED, endedBefore('activities', today)] },
      data: { _status: 'draft' },
    },
  ]
  let count = 0
  for (const { collection, where, data } of targets) {
    const { docs } = await req.payload.find({
      collection,
      where,
      pagination: false,
      depth: 0,
      req: internalRequest(req),
      select: {},
    })
    for (const doc of docs) {
      await req.payload.update({ collection, id: doc.id, data, depth: 0, req })
      count++
    }
  }
  return count
}
