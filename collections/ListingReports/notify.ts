import type { CollectionAfterChangeHook } from 'payload'

import type { ListingReport } from '../../src/payload-types'

/** Set by the directory plugin: the job that e-mails a new report (outside the visitor's request). */
export const LISTING_REPORT_TASK = 'directoryListingReport'

/**
 * A new report is handed to the job queue: finding the editors' and the organisation's
 * addresses needs more than the anonymous visitor may read, so it happens in the job, with the
 * system's rights, not on the visitor's request.
 */
export const notifyListingReport: CollectionAfterChangeHook<ListingReport> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await req.payload.jobs.queue({ task: LISTING_REPORT_TASK, queue: 'directory', input: { report: String(doc.id) }, req })
  return doc
}
