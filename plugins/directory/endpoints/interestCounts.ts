import type { Endpoint } from 'payload'

import { countInterests } from '../interestCounts'
import { referralImpact } from '../referrals/impact'
import { monthRange } from './monthRange'
import { refuseUnlessEditor } from './respond'

/**
 * GET /api/interest-outcomes/counts?from=2026-01&to=2026-12 — interests per organisation and
 * kind with their outcomes, no personal data. Editors only; the default is the last 12 months.
 */
export const interestCountsEndpoint: Endpoint = {
  path: '/counts',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnlessEditor(req)
    if (refused) return refused
    const asked = monthRange(req)
    if ('refused' in asked) return asked.refused
    return Response.json(await countInterests(req.payload, req.user, asked.range, req))
  },
}

/**
 * GET /api/referral-outcomes/impact?from=2026-01&to=2026-12 — referrals, accepted, placed and
 * moves up the ladder per month and neighbourhood, no personal data. Editors only; the default
 * is the last 12 months.
 */
export const referralImpactEndpoint: Endpoint = {
  path: '/impact',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnlessEditor(req)
    if (refused) return refused
    const asked = monthRange(req)
    if ('refused' in asked) return asked.refused
    return Response.json(await referralImpact(req.payload, req.user, asked.range, req))
  },
}
