import type { TFunction } from 'i18next'

import { containsBsn } from '../../lib/bsn'
import { LADDER_RUNGS } from '../../lib/vocabulary'
import { asPosted, contactErrors, type FieldError, textOf } from './formInput'

export interface ReferralValues {
  clientName: string
  contactBy: string
  email: string
  phone: string
  support: string
  note: string
  currentRung: string
  consent: boolean
}

export type ReferralInput =
  | { ok: true; data: ReferralValues & { contactBy: 'email' | 'phone' } }
  | { ok: false; errors: FieldError[]; values: ReferralValues }

const RUNGS = new Set<string>(LADDER_RUNGS.map((r) => r.value))

/**
 * The posted referral form → what to store, or every problem named, in the page's language.
 * The data model refuses a surname and a BSN too; here each problem is named at its field.
 */
export const parseReferralForm = (body: unknown, t: TFunction): ReferralInput => {
  const posted = asPosted(body)
  const values: ReferralValues = {
    clientName: textOf(posted, 'clientName').trim(),
    contactBy: textOf(posted, 'contactBy'),
    email: textOf(posted, 'email').trim(),
    phone: textOf(posted, 'phone').trim(),
    support: textOf(posted, 'support').trim(),
    note: textOf(posted, 'note').trim(),
    currentRung: textOf(posted, 'currentRung'),
    consent: textOf(posted, 'consent') === 'yes',
  }
  const errors: FieldError[] = []
  if (!values.clientName) errors.push({ field: 'clientName', message: t('referral.needName') })
  else if (values.clientName.length > 40 || values.clientName.split(/\s+/).length > 2)
    errors.push({ field: 'clientName', message: t('referral.onlyFirstName') })
  errors.push(...contactErrors(values, t, 'referral'))
  if (values.support.length > 500)
    errors.push({ field: 'support', message: t('referral.tooLong', { max: 500 }) })
  if (values.note.length > 1000)
    errors.push({ field: 'note', message: t('referral.tooLong', { max: 1000 }) })
  for (const field of ['clientName', 'phone', 'support', 'note'] as const)
    if (containsBsn(values[field])) errors.push({ field, message: t('referral.noBsn') })
  if (values.currentRung && !RUNGS.has(values.currentRung)) values.currentRung = ''
  if (!values.consent) errors.push({ field: 'consent', message: t('referral.needConsent') })
  if (errors.length) return { ok: false, errors, values }
  return { ok: true, data: { ...values, contactBy: values.contactBy as 'email' | 'phone' } }
}
