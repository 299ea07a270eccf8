import type { TaskConfig } from 'payload'

/**
 * For tasks that send e-mail: an SMTP outage must not drop a message after a few quick
 * failures (three retries a minute apart lost every e-mail of a four-minute outage). Retried
 * with growing pauses of 1, 2, 4 … 512 minutes, about 17 hours in all; after that the job keeps
 * its error in payload-jobs for an administrator to see.
 */
export const EMAIL_RETRIES: TaskConfig['retries'] = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 60_000 },
}
