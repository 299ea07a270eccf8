import type { PayloadRequest, TaskConfig } from 'payload'

import { systemRequest } from '../../../collections/requests'
import type { SanitizedDirectoryOptions } from '../types'
import { DIRECTORY_QUEUE, TASKS } from '../constants'

const DAY = 24 * 60 * 60 * 1000

/** Handled loket requests not changed for the loket's retention period. */
const deleteHandledLoket = async (req: PayloadRequest, now: Date, retentionDays: number) => {
  const before = new Date(now.getTime() - retentionDays * DAY).toISOString()
  const handled = await req.payload.delete({
    collection: 'loket-requests',
    where: {
      and: [{ status: { in: ['converted', 'declined'] } }, { updatedAt: { less_than: before } }],
    },
    req,
    depth: 0,
  })
  return handled.docs.length
}

/** Alerts never confirmed: their address goes after a week (a confirmed one stays until unsubscribed). */
const deleteUnconfirmedAlerts = async (req: PayloadRequest, now: Date) => {
  const unconfirmed = await req.payload.delete({
    collection: 'alerts',
    where: {
      and: [
        { status: { equals: 'pending' } },
        { createdAt: { less_than: new Date(now.getTime() - 7 * DAY).toISOString() } },
      ],
    },
    req,
    depth: 0,
  })
  return unconfirmed.docs.length
}

/**
 * Deletes interests older than `retentionDays` (one log line with the count), log lines
 * older than `logRetentionDays`, and handled loket requests not changed for the loket's
 * `retentionDays`. What remains of a deleted interest is its anonymous count row.
 */
const applyRetention = async (
  req: PayloadRequest,
  now: Date,
  options: Pick<SanitizedDirectoryOptions, 'interests' | 'loket'>,
): Promise<{
  interestsDeleted: number
  logDeleted: number
  loketDeleted: number
  alertsDeleted: number
}> => {
  const { interests: retention } = options
  const before = new Date(now.getTime() - retention.retentionDays * DAY).toISOString()
  const deleted = await req.payload.delete({
    collection: 'interests',
    where: { createdAt: { less_than: before } },
    req,
    depth: 0,
  })
  const interestsDeleted = deleted.docs.length
  if (interestsDeleted) {
    await req.payload.create({
      collection: 'interest-log',
      data: {
        action: 'retention',
        count: interestsDeleted,
        interests: deleted.docs.map((d) => d.id).join(','),
      },
      req: systemRequest(req, 'interest-log'),
      overrideAccess: false,
    })
  }
  const logBefore = new Date(now.getTime() - retention.logRetentionDays * DAY).toISOString()
  const pruned = await req.payload.delete({
    collection: 'interest-log',
    where: { createdAt: { less_than: logBefore } },
    req,
    depth: 0,
  })
  const loketDeleted = await deleteHandledLoket(req, now, options.loket.retentionDays)
  const alertsDeleted = await deleteUnconfirmedAlerts(req, now)
  return {
    interestsDeleted,
    logDeleted: pruned.docs.length,
    loketDeleted,
    alertsDeleted,
  }
}

/** Daily; `now` may be given (tests, catching up). */
export const retentionTask = (options: SanitizedDirectoryOptions): TaskConfig => ({
  slug: TASKS.retention,
  label: 'Retention: delete old interests, log lines and handled loket requests',
  inputSchema: [{ name: 'now', type: 'date' }],
  outputSchema: [
    { name: 'interestsDeleted', type: 'number' },
    { name: 'logDeleted', type: 'number' },
    { name: 'loketDeleted', type: 'number' },
    { name: 'alertsDeleted', type: 'number' },
  ],
  schedule: [{ cron: options.interests.retentionCron, queue: DIRECTORY_QUEUE }],
  retries: 2,
  handler: async ({ input, req }) => {
    const given = (input as { now?: string } | undefined)?.now
    const output = await applyRetention(req, given ? new Date(given) : new Date(), options)
    req.payload.logger.info({ msg: 'retention run', ...output })
    return { output }
  },
})
