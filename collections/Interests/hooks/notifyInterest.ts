import type { CollectionAfterChangeHook } from 'payload'

import type { Interest } from '../../../src/payload-types'
import { INTEREST_TASK } from '../options'

/**
 * A new interest is handed to the job queue, which e-mails the organisation once: finding
 * its members' addresses needs more than the anonymous resident may read.
 */
export const notifyInterest: CollectionAfterChangeHook<Interest> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await req.payload.jobs.queue({ task: INTEREST_TASK, queue: 'directory', input: { interest: String(doc.id) }, req })
  return doc
}
