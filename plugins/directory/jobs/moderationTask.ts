import type { CollectionAfterChangeHook, PayloadRequest, TaskConfig } from 'payload'

import { escapeHtml } from '../../../src/lib/html'
import type { Activity, Opening, Organisation, Venue } from '../../../src/payload-types'
import type { SanitizedDirectoryOptions } from '../types'
import { EMAIL_RETRIES } from './emailRetries'
import {
  editorAddresses,
  MODERATED_SLUGS,
  type ModeratedSlug,
  type ModerationEvent,
  sendModerationEmail,
} from './moderationEmail'
import { DIRECTORY_QUEUE, TASKS } from '../constants'

/** Which moderation step a save was, from the review state before and after it. */
const moderationEvent = (
  before: unknown,
  after: unknown,
  status: unknown,
): ModerationEvent | null => {
  if (after === 'awaiting_review' && before !== 'awaiting_review') return 'submitted'
  if (after === 'changes_requested' && before !== 'changes_requested') return 'changes_requested'
  if (
    status === 'published' &&
    after === 'none' &&
    (before === 'awaiting_review' || before === 'changes_requested')
  )
    return 'published'
  return null
}

/** Set by the spreadsheet import: its submissions are announced in one digest, not one e-mail each. */
export const IMPORTING = 'meedoenImporting'

/** Queues the e-mail of a moderation step (outside the request: sending may be slow or fail). */
export const notifyModeration =
  (
    options: SanitizedDirectoryOptions,
  ): CollectionAfterChangeHook<Activity | Opening | Organisation | Venue> =>
  async ({ doc, previousDoc, req, collection, context }) => {
    const event = moderationEvent(previousDoc?.reviewState, doc.reviewState, doc._status)
    const each = options.moderation.notifyEditors === 'each' && !context[IMPORTING]
    if (!event || (event === 'submitted' && !each)) return doc
    await req.payload.jobs.queue({
      task: TASKS.moderationEmail,
      queue: DIRECTORY_QUEUE,
      input: { collection: collection.slug, id: String(doc.id), event },
      req,
    })
    return doc
  }

export const moderationTask: TaskConfig = {
  slug: TASKS.moderationEmail,
  label: 'E-mail about a submission, a change request or a publish',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'event', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'emails', type: 'number' }],
  retries: EMAIL_RETRIES,
  handler: async ({ input, req }) => {
    const { collection, id, event } = input as {
      collection: ModeratedSlug
      id: string
      event: ModerationEvent
    }
    return { output: { emails: await sendModerationEmail(req, collection, id, event) } }
  },
}

/** Everything awaiting review, for the editors' daily digest. */
const awaiting = async (req: PayloadRequest) =>
  (
    await Promise.all(
      MODERATED_SLUGS.map(async (collection) => {
        const { docs } = await req.payload.find({
          collection: collection,
          draft: true,
          depth: 0,
          pagination: false,
          req,
          where: { reviewState: { equals: 'awaiting_review' } },
        })
        return docs.map((d) => ({
          collection,
          id: d.id,
          title: String(
            (d as { title?: string; name?: string }).title ?? (d as { name?: string }).name,
          ),
        }))
      }),
    )
  ).flat()

export const sendModerationDigest = async (req: PayloadRequest): Promise<number> => {
  const waiting = await awaiting(req)
  const to = waiting.length ? await editorAddresses(req) : []
  if (!to.length) return 0
  const admin = `${req.payload.config.serverURL}/admin/collections`
  await req.payload.sendEmail({
    to,
    subject: `${waiting.length} ${waiting.length === 1 ? 'wijziging wacht' : 'wijzigingen wachten'} op beoordeling`,
    html: `<ul>${waiting.map((w) => `<li><a href="${admin}/${w.collection}/${w.id}">${escapeHtml(w.title)}</a></li>`).join('')}</ul>`,
    text: waiting.map((w) => `- ${w.title}: ${admin}/${w.collection}/${w.id}`).join('\n'),
  })
  return 1
}

export const moderationDigestTask = (options: SanitizedDirectoryOptions): TaskConfig => ({
  slug: TASKS.moderationDigest,
  label: 'Daily digest of what awaits review',
  outputSchema: [{ name: 'emails', type: 'number' }],
  ...(options.moderation.notifyEditors === 'daily'
    ? { schedule: [{ cron: options.moderation.digestCron, queue: DIRECTORY_QUEUE }] }
    : {}),
  retries: 2,
  handler: async ({ req }) => ({ output: { emails: await sendModerationDigest(req) } }),
})
