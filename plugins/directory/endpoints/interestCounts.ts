import type { Endpoint } from 'payload'
import { z } from 'zod'

import { countInterests, lastTwelveMonths } from '../interestCounts'
import { errorResponse, refuseUnlessEditor } from './respond'

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)
const query = z.object({ from: month.optional(), to: month.optional() }).strict()

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
    const parsed = query.safeParse(Object.fromEntries(req.searchParams))
    if (!parsed.success)
      return errorResponse(
        req,
        400,
        'Gebruik from en to als jjjj-mm.',
        'Use from and to as yyyy-mm.',
      )
    const lastYear = lastTwelveMonths(new Date())
    const range = { from: parsed.data.from ?? lastYear.from, to: parsed.data.to ?? lastYear.to }
    if (range.from > range.to)
      return errorResponse(req, 400, 'from moet vóór to liggen.', 'from must come before to.')
    return Response.json(await countInterests(req.payload, req.user, range, req))
  },
}
