import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import { lastTwelveMonths } from '../interestCounts'
import { errorResponse } from './respond'

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)
const query = z.object({ from: month.optional(), to: month.optional() }).strict()

/**
 * The months a count endpoint reports (`?from=2026-01&to=2026-12`, default the last 12), or
 * the 400 that says what is wrong.
 */
export const monthRange = (
  req: PayloadRequest,
): { range: { from: string; to: string } } | { refused: Response } => {
  const parsed = query.safeParse(Object.fromEntries(req.searchParams))
  if (!parsed.success)
    return {
      refused: errorResponse(
        req,
        400,
        'Gebruik from en to als jjjj-mm.',
        'Use from and to as yyyy-mm.',
      ),
    }
  const lastYear = lastTwelveMonths(new Date())
  const range = { from: parsed.data.from ?? lastYear.from, to: parsed.data.to ?? lastYear.to }
  if (range.from > range.to)
    return {
      refused: errorResponse(req, 400, 'from moet vóór to liggen.', 'from must come before to.'),
    }
  return { range }
}
