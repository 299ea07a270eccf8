import type { Config } from 'payload'

import { isAdminUser } from '../../collections/access/roles'
import { freshnessTask } from './jobs/freshnessTask'
import { geocodeVenueTask } from './jobs/geocodeVenueTask'
import { interestTask } from './jobs/interestTask'
import { listingReportTask } from './jobs/listingReportTask'
import { loketTask } from './jobs/loketTask'
import { moderationDigestTask, moderationTask } from './jobs/moderationTask'
import { retentionTask } from './jobs/retentionTask'
import { refreshFeedTask } from './openactive/feedTask'
import { importTask } from './import/task'
import { followSourcesTask } from './federation/task'
import { alertConfirmTask, alertsTask } from './alerts/tasks'
import { referralFollowUpTask, referralTask } from './referrals/tasks'
import { roomBookingTask } from './rooms/tasks'
import { DIRECTORY_QUEUE } from './constants'
import type { SanitizedDirectoryOptions } from './types'

type JobsConfig = NonNullable<Config['jobs']>

/**
 * The host's jobs with the directory's added: only admins run, queue or cancel jobs (unless the
 * host says otherwise), the plugin's tasks, and a runner every minute for its queue and for
 * Payload's scheduled publishing.
 */
export const withDirectoryJobs = (
  jobs: JobsConfig,
  options: SanitizedDirectoryOptions,
): JobsConfig => ({
  ...jobs,
  access: {
    run: ({ req }) => isAdminUser(req.user),
    queue: ({ req }) => isAdminUser(req.user),
    cancel: ({ req }) => isAdminUser(req.user),
    ...jobs.access,
  },
  tasks: [
    ...(jobs.tasks ?? []),
    ...(options.enabled
      ? [
          freshnessTask(options),
          retentionTask(options),
          listingReportTask,
          interestTask,
          loketTask,
          moderationTask,
          moderationDigestTask(options),
          geocodeVenueTask(),
          refreshFeedTask(options),
          importTask(options),
          followSourcesTask(options),
          alertConfirmTask,
          alertsTask(options),
          referralTask,
          referralFollowUpTask(options),
          roomBookingTask,
        ]
      : []),
  ],
  autoRun: options.enabled
    ? async (payload) => [
        ...(typeof jobs.autoRun === 'function'
          ? await jobs.autoRun(payload)
          : (jobs.autoRun ?? [])),
        { cron: '* * * * *', queue: DIRECTORY_QUEUE },
        // Scheduled publish and unpublish of listings: Payload queues them on the default queue.
        { cron: '* * * * *', queue: 'default' },
      ]
    : jobs.autoRun,
})
