import type { CollectionAfterChangeHook } from 'payload'

import { DIRECTORY_QUEUE, TASKS } from '../../plugins/directory/constants'

/**
 * A new document (a report, an interest, a loket request) is handed to one of the plugin's jobs,
 * which e-mails the people concerned: finding their addresses needs more than the anonymous
 * visitor may read, so it happens in the job, with the system's rights, not on the visitor's
 * request. The job gets the document's id under `inputKey`; edits queue nothing.
 */
export const queueOnCreate =
  (
    task: keyof typeof TASKS,
    inputKey: string,
  ): CollectionAfterChangeHook<{ id: number | string }> =>
  async ({ doc, operation, req }) => {
    if (operation !== 'create') return doc
    await req.payload.jobs.queue({
      task: TASKS[task],
      queue: DIRECTORY_QUEUE,
      input: { [inputKey]: String(doc.id) },
      req,
    })
    return doc
  }
