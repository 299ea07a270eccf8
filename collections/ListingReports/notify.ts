import type { CollectionAfterChangeHook } from 'payload'

import type { ListingReport } from '../../src/payload-types'
import { DIRECTORY_QUEUE, TASKS } from '../../plugins/directory/constants'

/** Set by the directory plugin: the job that e-mails a new report (outside the visitor's request). */

/**
 * A new report is handed to the job queue: finding the editors' and the organisation's
 * addresses needs more than the anonymous visitor may read, so it happens in the job, with the
 * system's rights, not on the visitor's request.
 */
export const notifyListingReport: CollectionAfterChangeHook<ListingReport> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  await req.payload.jobs.queue({
    task: TASKS.listingReport,
    queue: DIRECTORY_QUEUE,
    input: { report: String(doc.id) },
    req,
  })
  return doc
}
