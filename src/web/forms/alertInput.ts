import type { TFunction } from 'i18next'

import { alertQuery } from '../../lib/alerts/query'
import { asPosted, EMAIL, type FieldError, isSpam, textOf } from './formInput'

export interface AlertValues {
  email: string
  consent: boolean
  query: string
}

export type AlertInput =
  | { ok: true; spam: boolean; data: { email: string; query: string; consent: true } }
  | { ok: false; errors: FieldError[]; values: AlertValues }

/** "Stuur me nieuwe plekken": an e-mail address, consent, and the search it is for. */
export const parseAlertForm = (body: unknown, t: TFunction): AlertInput => {
  const posted = asPosted(body)
  const values: AlertValues = {
    email: textOf(posted, 'email').trim(),
    consent: textOf(posted, 'consent') === 'yes',
    query: textOf(posted, 'query'),
  }
  const errors: FieldError[] = []
  if (!values.email) errors.push({ field: 'email', message: t('interest.needEmail') })
  else if (!EMAIL.test(values.email) || values.email.length > 200)
    errors.push({ field: 'email', message: t('interest.badEmail') })
  if (!values.consent) errors.push({ field: 'consent', message: t('alerts.needConsent') })
  const query = alertQuery(values.query)
  if (query === null) errors.push({ field: '', message: t('alerts.badSearch') })
  if (errors.length || query === null) return { ok: false, errors, values }
  return {
    ok: true,
    spam: isSpam(posted),
    data: { email: values.email, query, consent: true },
  }
}
