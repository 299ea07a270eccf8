import type { PayloadRequest, TaskConfig, Where } from 'payload'

import type { Referral } from '../../../src/payload-types'
import { EMAIL_RETRIES } from '../jobs/emailRetries'
import { DIRECTORY_QUEUE, TASKS } from '../constants'
import type { SanitizedDirectoryOptions } from '../types'
import { loadReferral, mailAnswer, mailNewReferral, mailOutcomeQuestion, mailOverdue } from './mail'

const DAY = 24 * 60 * 60 * 1000

/** A new referral (to the organisation) or its answer (to the referrer): one e-mail. */
export const referralTask: TaskConfig = {
  slug: TASKS.referral,
  label: 'E-mail about a referral: new (organisation) or answered (referrer)',
  inputSchema: [
    { name: 'referral', type: 'text', required: true },
    { name: 'event', type: 'text' },
  ],
  outputSchema: [{ name: 'emails', type: 'number' }],
  retries: EMAIL_RETRIES,
  handler: async ({ input, req }) => {
    const { referral: id, event } = input as { referral: string; event?: string }
    const referral = await loadReferral(req, id)
    if (!referral) return { output: { emails: 0 } }
    const emails =
      event === 'answered' ? await mailAnswer(req, referral) : await mailNewReferral(req, referral)
    return { output: { emails } }
  },
}

/**
 * Each referral matching `where` gets its e-mail, then `stamp` is set so it gets it once. The
 * stamp is written only after the e-mail went out: a failed send is tried again the next run.
 */
const eachOnce = async (
  req: PayloadRequest,
  where: Where,
  stamp: 'remindedAt' | 'outcomeAskedAt',
  mail: (req: PayloadRequest, referral: Referral) => Promise<number>,
  now: Date,
): Promise<number> => {
  const due = await req.payload.find({
    collection: 'referrals',
    where: { and: [where, { [stamp]: { exists: false } }] },
    pagination: false,
    depth: 1,
    req,
  })
  let emails = 0
  for (const referral of due.docs) {
    emails += await mail(req, referral)
    await req.payload.update({
      collection: 'referrals',
      id: referral.id,
      data: { [stamp]: now.toISOString() },
      depth: 0,
      req,
    })
  }
  return emails
}

/**
 * Daily: a referral still unanswered after its deadline reminds the referrer and the
 * organisation (once); an accepted one, `outcomeAfterDays` after the answer, asks the
 * organisation "Is de plek gelukt?" (once). `now` may be given (tests, catching up).
 */
export const referralFollowUpTask = (options: SanitizedDirectoryOptions): TaskConfig => ({
  slug: TASKS.referralFollowUp,
  label: 'Referrals: remind when late, ask whether the place worked out',
  inputSchema: [{ name: 'now', type: 'date' }],
  outputSchema: [
    { name: 'reminders', type: 'number' },
    { name: 'outcomeQuestions', type: 'number' },
  ],
  schedule: [{ cron: options.referrals.cron, queue: DIRECTORY_QUEUE }],
  retries: 2,
  handler: async ({ input, req }) => {
    const given = (input as { now?: string } | undefined)?.now
    const now = given ? new Date(given) : new Date()
    const asked = new Date(now.getTime() - options.referrals.outcomeAfterDays * DAY)
    const reminders = await eachOnce(
      req,
      { and: [{ status: { equals: 'sent' } }, { dueAt: { less_than: now.toISOString() } }] },
      'remindedAt',
      mailOverdue,
      now,
    )
    const outcomeQuestions = await eachOnce(
      req,
      {
        and: [
          { status: { equals: 'accepted' } },
          { respondedAt: { less_than: asked.toISOString() } },
        ],
      },
      'outcomeAskedAt',
      mailOutcomeQuestion,
      now,
    )
    return { output: { reminders, outcomeQuestions } }
  },
})
