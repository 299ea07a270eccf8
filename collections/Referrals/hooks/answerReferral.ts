import type { CollectionBeforeChangeHook } from 'payload'

import type { Referral } from '../../../src/payload-types'
import { isEditorUser } from '../../access/roles'
import { refuseStep } from '../../hooks/statusSteps'
import { REFERRAL_NEXT, REFERRAL_STATUSES } from '../options'

/**
 * A referral moves one way: sent → accepted or declined; accepted → placed or not placed. The
 * first answer is dated (the deadline is met or not). Editors may correct any status; a
 * status set by a job (no user) follows the same steps.
 */
export const answerReferral: CollectionBeforeChangeHook<Referral> = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const from = originalDoc.status
  const to = data.status ?? from
  if (to === from) return data
  if (!isEditorUser(req.user) && !REFERRAL_NEXT[from].includes(to))
    refuseStep(req, REFERRAL_STATUSES, from, to)
  return from === 'sent' ? { ...data, respondedAt: new Date().toISOString() } : data
}
