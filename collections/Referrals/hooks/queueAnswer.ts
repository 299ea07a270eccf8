import type { CollectionAfterChangeHook } from 'payload'

import type { Referral } from '../../../src/payload-types'
import { DIRECTORY_QUEUE, TASKS } from '../../../plugins/directory/constants'

/** The organisation answered (accepted or declined): the referrer hears it by e-mail, from a job. */
export const queueAnswer: CollectionAfterChangeHook<Referral> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || previousDoc?.status !== 'sent' || doc.status === 'sent') return doc
  await req.payload.jobs.queue({
    task: TASKS.referral,
    queue: DIRECTORY_QUEUE,
    input: { referral: String(doc.id), event: 'answered' },
    req,
  })
  return doc
}
