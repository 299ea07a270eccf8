import type { CollectionAfterChangeHook } from 'payload'

import type { Interest } from '../../../src/payload-types'
import { DIRECTORY_QUEUE, TASKS } from '../../../plugins/directory/constants'

/**
 * A new interest is handed to the job queue, which e-mails the organisation once: finding
 * its members' addresses needs more than the anonymous resident may read.
 */
export const notifyInterest: CollectionAfterChangeHook<Interest> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  await req.payload.jobs.queue({
    task: TASKS.interest,
    queue: DIRECTORY_QUEUE,
    input: { interest: String(doc.id) },
    req,
  })
  return doc
}
