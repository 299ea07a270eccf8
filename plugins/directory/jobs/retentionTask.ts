import type { PayloadRequest, TaskConfig, Where } from 'payload'

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

/** Interests, referrals or room requests matching `where`, with one log line naming them. */
const deleteLogged = async (
  req: PayloadRequest,
  about: 'interests' | 'referrals' | 'room-bookings',
  where: Where,
): Promise<number> => {
  const deleted = await req.payload.delete({ collection: about, where, req, depth: 0 })
  if (deleted.docs.length) {
    await req.payload.create({
      collection: 'interest-log',
      data: {
        about,
        action: 'retention',
        count: deleted.docs.length,
        interests: deleted.docs.map((d) => d.id).join(','),
      },
      req: systemRequest(req, 'interest-log'),
      overrideAccess: false,
    })
  }
  return deleted.docs.length
}

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY)

/**
 * Deletes interests and referrals older than their `retentionDays` (one log line each with the
 * count), log lines older than `logRetentionDays`, handled loket requests not changed for the
 * loket's `retentionDays`, and unconfirmed alerts. What remains of a deleted interest or
 * referral is its anonymous count row.
 */
const applyRetention = async (
  req: PayloadRequest,
  now: Date,
  options: Pick<SanitizedDirectoryOptions, 'interests' | 'loket' | 'referrals' | 'rooms'>,
): Promise<{
  interestsDeleted: number
  referralsDeleted: number
  roomRequestsDeleted: number
  logDeleted: number
  loketDeleted: number
  alertsDeleted: number
}> => {
  const { interests: retention } = options
  const arrivedBefore = (days: number): Where => ({
    createdAt: { less_than: daysBefore(now, days).toISOString() },
  })
  const interestsDeleted = await deleteLogged(
    req,
    'interests',
    arrivedBefore(retention.retentionDays),
  )
  const referralsDeleted = await deleteLogged(
    req,
    'referrals',
    arrivedBefore(options.referrals.retentionDays),
  )
  // Room requests go `rooms.retentionDays` after the day they were for; past times free up.
  const pastDay = daysBefore(now, options.rooms.retentionDays).toISOString().slice(0, 10)
  const roomRequestsDeleted = await deleteLogged(req, 'room-bookings', {
    date: { less_than: pastDay },
  })
  await req.payload.delete({
    collection: 'room-slots',
    where: { date: { less_than: pastDay } },
    req,
    depth: 0,
  })
  const pruned = await req.payload.delete({
    collection: 'interest-log',
    where: {
      createdAt: { less_than: daysBefore(now, retention.logRetentionDays).toISOString() },
    },
    req,
    depth: 0,
  })
  const loketDeleted = await deleteHandledLoket(req, now, options.loket.retentionDays)
  const alertsDeleted = await deleteUnconfirmedAlerts(req, now)
  return {
    interestsDeleted,
    referralsDeleted,
    roomRequestsDeleted,
    logDeleted: pruned.docs.length,
    loketDeleted,
    alertsDeleted,
  }
}

/** Daily; `now` may be given (tests, catching up). */
export const retentionTask = (options: SanitizedDirectoryOptions): TaskConfig => ({
  slug: TASKS.retention,
  label: 'Retention: delete old interests, referrals, log lines and handled loket requests',
  inputSchema: [{ name: 'now', type: 'date' }],
  outputSchema: [
    { name: 'interestsDeleted', type: 'number' },
    { name: 'referralsDeleted', type: 'number' },
    { name: 'roomRequestsDeleted', type: 'number' },
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
