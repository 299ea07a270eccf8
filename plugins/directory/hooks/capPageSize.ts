import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import type { SanitizedDirectoryOptions } from '../types'

/**
 * Keeps REST and GraphQL reads to pages of at most `maxLimit` documents, so one request
 * cannot ask for the whole table (`?limit=100000` or `?pagination=false`).
 */
const INTERNAL = 'meedoenInternalRead'

/**
 * The same request (user, transaction) for the server's own reads inside a REST request
 * (endpoints, hooks, jobs started over REST): those must see every row, not a client's page.
 * A copy, so the client's own reads in the same request stay capped.
 */
export const internalRequest = (req: PayloadRequest): PayloadRequest =>
  ({ ...req, context: { ...req.context, [INTERNAL]: true } })

export const capPageSize =
  (options: SanitizedDirectoryOptions): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    // findByID has no page to cap
    if (operation !== 'read' || req.payloadAPI === 'local' || req.context?.[INTERNAL] || 'id' in args) return args
    const requested = (args as { limit?: unknown }).limit
    const limit = typeof requested === 'number' && requested > 0 ? requested : undefined
    return {
      ...args,
      pagination: true,
      limit: limit === undefined ? Math.min(10, options.maxLimit) : Math.min(limit, options.maxLimit),
    }
  }
