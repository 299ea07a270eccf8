import type { CollectionAfterChangeHook } from 'payload'

import { DIRECTORY_QUEUE, TASKS } from '../../../plugins/directory/constants'
import type { LoketRequest } from '../../../src/payload-types'

/**
 * When the editors move a request on (a new status) or write the employer a new message, the
 * employer hears it by e-mail with the link to their status page — once per save, from the
 * loket's job. The server's own saves that change neither (assigning an editor) send nothing.
 */
export const tellEmployer: CollectionAfterChangeHook<LoketRequest> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !previousDoc) return doc
  const moved = doc.status !== previousDoc.status && doc.status !== 'new'
  const message = doc.messageToEmployer?.trim()
  const written = Boolean(message) && message !== previousDoc.messageToEmployer?.trim()
  if (!moved && !written) return doc
  await req.payload.jobs.queue({
    task: TASKS.loketRequest,
    queue: DIRECTORY_QUEUE,
    input: { request: String(doc.id), event: 'answered' },
    req,
  })
  return doc
}
