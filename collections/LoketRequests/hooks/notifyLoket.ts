import type { CollectionAfterChangeHook } from 'payload'

import type { LoketRequest } from '../../../src/payload-types'
import { LOKET_TASK } from '../options'

/** A new request goes to the job queue, which assigns it to an editor and e-mails them once. */
export const notifyLoket: CollectionAfterChangeHook<LoketRequest> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await req.payload.jobs.queue({ task: LOKET_TASK, queue: 'directory', input: { request: String(doc.id) }, req })
  return doc
}
