import type { TaskConfig } from 'payload'

import { startOfDutchDay } from '../../../collections/access/visibleNow'
import type { SanitizedDirectoryOptions } from '../types'
import { refreshNextStarts } from '../search/indexListings'
import { remindAndHideStale } from './remindAndHideStale'
import { unpublishExpired } from './unpublishExpired'
import { DIRECTORY_QUEUE, TASKS } from '../constants'

/**
 * The daily freshness run: unpublish what has expired, remind organisations about listings
 * not checked for a long time, hide the ones not checked for longer. `now` may be given
 * (tests, catching up); otherwise it is the current time.
 */
export const freshnessTask = (options: SanitizedDirectoryOptions): TaskConfig => ({
  slug: TASKS.freshness,
  label: 'Freshness: unpublish expired, remind, hide stale',
  inputSchema: [{ name: 'now', type: 'date' }],
  outputSchema: [
    { name: 'unpublished', type: 'number' },
    { name: 'reminded', type: 'number' },
    { name: 'hidden', type: 'number' },
    { name: 'emails', type: 'number' },
    { name: 'nextStartsRefreshed', type: 'number' },
  ],
  schedule: [{ cron: options.freshness.cron, queue: DIRECTORY_QUEUE }],
  retries: 2,
  handler: async ({ input, req }) => {
    const now = (input as { now?: string } | undefined)?.now
      ? new Date((input as { now: string }).now)
      : new Date()
    const startOfToday = startOfDutchDay(now)
    const unpublished = await unpublishExpired(req, startOfToday)
    const stale = await remindAndHideStale(req, now, options.freshness)
    const nextStartsRefreshed = await refreshNextStarts(req, now)
    req.payload.logger.info({ msg: 'freshness run', unpublished, ...stale, nextStartsRefreshed })
    return { output: { unpublished, ...stale, nextStartsRefreshed } }
  },
})
