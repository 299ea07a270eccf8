import type { TFunction } from 'i18next'

import { asPosted, contactErrors, type FieldError, isSpam, textOf } from './formInput'

export interface InterestValues {
  name: string
  contactBy: string
  email: string
  phone: string
  message: string
  consent: boolean
}

export type InterestInput =
  | { ok: true; spam: boolean; data: InterestValues & { contactBy: 'email' | 'phone' } }
  | { ok: false; errors: FieldError[]; values: InterestValues }

/** The posted "ik heb interesse" form → what to store, or every problem named, in the page's language. */
export const parseInterestForm = (body: unknown, t: TFunction): InterestInput => {
  const posted = asPosted(body)
  const values: InterestValues = {
    name: textOf(posted, 'name').trim(),
    contactBy: textOf(posted, 'contactBy'),
    email: textOf(posted, 'email').trim(),
    phone: textOf(posted, 'phone').trim(),
    message: textOf(posted, 'message').trim(),
    consent: textOf(posted, 'consent') === 'yes',
  }
  const errors: FieldError[] = []
  if (!values.name) errors.push({ field: 'name', message: t('interest.needName') })
  else if (values.name.length > 100)
    errors.push({ field: 'name', message: t('interest.nameTooLong') })
  errors.push(...contactErrors(values, t, 'interest'))
  if (values.message.length > 1000)
    errors.push({ field: 'message', message: t('interest.tooLong') })
  if (!values.consent) errors.push({ field: 'consent', message: t('interest.needConsent') })
  if (errors.length) return { ok: false, errors, values }
  return {
    ok: true,
    spam: isSpam(posted),
    data: { ...values, contactBy: values.contactBy as 'email' | 'phone' },
  }
}
