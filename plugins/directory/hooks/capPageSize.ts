import type { CollectionBeforeOperationHook } from 'payload'

import { INTERNAL_READ } from '../../../collections/requests'

import type { SanitizedDirectoryOptions } from '../types'

/**
 * Keeps REST and GraphQL reads to pages of at most `maxLimit` documents, so one request
 * cannot ask for the whole table (`?limit=100000` or `?pagination=false`). The server's own
 * reads (`internalRequest`) are not capped.
 */
export const capPageSize =
  (options: SanitizedDirectoryOptions): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    // findByID has no page to cap
    if (
      operation !== 'read' ||
      req.payloadAPI === 'local' ||
      req.context?.[INTERNAL_READ] ||
      'id' in args
    )
      return args
    const requested = (args as { limit?: unknown }).limit
    const limit = typeof requested === 'number' && requested > 0 ? requested : undefined
    return {
      ...args,
      pagination: true,
      limit:
        limit === undefined ? Math.min(10, options.maxLimit) : Math.min(limit, options.maxLimit),
    }
  }
