import type { TFunction } from 'i18next'
import { z } from 'zod'

import { REPORT_REASONS } from '../../lib/vocabulary'

const schema = z.object({
  reason: z.enum(REPORT_REASONS.map((r) => r.value) as [string, ...string[]]).optional(),
  message: z.string().max(1000).optional(),
  website: z.string().optional(),
})

export type ReportInput =
  | { ok: true; spam: boolean; reason: string; message: string }
  | { ok: false; errors: string[]; values: { reason?: string; message?: string } }

/** The posted report form → what to store, or the problems in the page's language. */
export const parseReportForm = (body: unknown, t: TFunction): ReportInput => {
  const raw = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>
  const values = {
    reason: typeof raw.reason === 'string' ? raw.reason : undefined,
    message: typeof raw.message === 'string' ? raw.message : undefined,
  }
  const parsed = schema.safeParse({
    reason: values.reason,
    message: values.message,
    website: typeof raw.website === 'string' ? raw.website : undefined,
  })
  const errors: string[] = []
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      errors.push(issue.path[0] === 'message' ? t('report.tooLong') : t('report.chooseReason'))
    return { ok: false, errors: [...new Set(errors)], values }
  }
  const message = (parsed.data.message ?? '').trim()
  if (!parsed.data.reason) errors.push(t('report.chooseReason'))
  if (parsed.data.reason === 'other' && !message) errors.push(t('report.needMessage'))
  if (errors.length) return { ok: false, errors, values }
  return {
    ok: true,
    spam: Boolean(parsed.data.website?.trim()),
    reason: parsed.data.reason!,
    message,
  }
}
