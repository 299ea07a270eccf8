import { APIError, type CollectionAfterChangeHook, type PayloadRequest } from 'payload'

import { DIRECTORY_QUEUE, TASKS } from '../../plugins/directory/constants'
import { inLanguage } from '../fields/inLanguage'

type Option = { readonly value: string; readonly label: { nl: string; en: string } }

/**
 * Refuses a status change that is not one of the allowed next steps (400), naming both
 * statuses in the request's language. Used by the records answered step by step (referrals,
 * room requests).
 */
export const refuseStep = (
  req: PayloadRequest,
  statuses: readonly Option[],
  from: string,
  to: string,
): never => {
  const labelOf = (value: string, language: 'nl' | 'en') =>
    statuses.find((s) => s.value === value)?.label[language] ?? value
  throw new APIError(
    inLanguage(
      req,
      `Van "${labelOf(from, 'nl')}" kan niet naar "${labelOf(to, 'nl')}".`,
      `"${labelOf(from, 'en')}" cannot become "${labelOf(to, 'en')}".`,
    ),
    400,
    null,
    true,
  )
}

/**
 * After a record was answered (its status changed, and `when` holds for the step), the person
 * who asked hears it by e-mail, from the plugin's job `task`, which gets the record's id under
 * `inputKey` and the event `answered`.
 */
export const queueOnAnswer =
  (
    task: keyof typeof TASKS,
    inputKey: string,
    when: (from: string | null | undefined, to: string | null | undefined) => boolean = (a, b) =>
      a !== b,
  ): CollectionAfterChangeHook<{ id: number | string; status?: string | null }> =>
  async ({ doc, previousDoc, operation, req }) => {
    if (operation !== 'update' || !when(previousDoc?.status, doc.status)) return doc
    await req.payload.jobs.queue({
      task: TASKS[task],
      queue: DIRECTORY_QUEUE,
      input: { [inputKey]: String(doc.id), event: 'answered' },
      req,
    })
    return doc
  }
