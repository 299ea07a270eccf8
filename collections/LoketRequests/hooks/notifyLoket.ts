import type { CollectionAfterChangeHook } from 'payload'

import type { LoketRequest } from '../../../src/payload-types'
import { DIRECTORY_QUEUE, TASKS } from '../../../plugins/directory/constants'

/** A new request goes to the job queue, which assigns it to an editor and e-mails them once. */
export const notifyLoket: CollectionAfterChangeHook<LoketRequest> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  await req.payload.jobs.queue({
    task: TASKS.loketRequest,
    queue: DIRECTORY_QUEUE,
    input: { request: String(doc.id) },
    req,
  })
  return doc
}
