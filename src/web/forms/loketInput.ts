import type { TFunction } from 'i18next'

import { OPENING_KINDS, type OpeningKind } from '../../lib/vocabulary'
import {
  asPosted,
  EMAIL,
  type FieldError,
  isSpam,
  PHONE,
  type Posted,
  textOf,
  textsOf,
} from './formInput'

export interface LoketValues {
  organisationName: string
  kvkNumber: string
  contactName: string
  email: string
  phone: string
  kinds: string[]
  place: string
  hoursPerWeek: string
  placesCount: string
  message: string
  consent: boolean
}

interface LoketData {
  organisationName: string
  kvkNumber?: string
  contactName: string
  email: string
  phone?: string
  kinds: OpeningKind[]
  place: string
  hoursPerWeek?: number
  placesCount?: number
  message?: string
  consent: true
}

export type LoketInput =
  | { ok: true; spam: boolean; data: LoketData }
  | { ok: false; errors: FieldError[]; values: LoketValues }

const KINDS = new Set<string>(OPENING_KINDS.map((k) => k.value))

/** A whole number in a range from a text field; empty is allowed (null), nonsense is not (undefined). */
const wholeNumber = (text: string, min: number, max: number): number | null | undefined => {
  if (!text) return null
  if (!/^\d{1,4}$/.test(text)) return undefined
  const n = Number(text)
  return n >= min && n <= max ? n : undefined
}

/** What was typed, trimmed (the KvK number without spaces or dots, each kind once). */
const loketValues = (posted: Posted): LoketValues => {
  const text = (field: string) => textOf(posted, field).trim()
  return {
    organisationName: text('organisationName'),
    kvkNumber: text('kvkNumber').replace(/[\s.]/g, ''),
    contactName: text('contactName'),
    email: text('email'),
    phone: text('phone'),
    kinds: [...new Set(textsOf(posted, 'kinds'))],
    place: text('place'),
    hoursPerWeek: text('hoursPerWeek'),
    placesCount: text('placesCount'),
    message: text('message'),
    consent: textOf(posted, 'consent') === 'yes',
  }
}

/** The posted employer form → what to store, or every problem named, in the page's language. */
export const parseLoketForm = (body: unknown, t: TFunction): LoketInput => {
  const posted = asPosted(body)
  const values = loketValues(posted)
  const errors: FieldError[] = []
  const need = (field: keyof LoketValues, ok: boolean, key: string) => {
    if (!ok) errors.push({ field, message: t(key) })
  }
  need('organisationName', Boolean(values.organisationName), 'loket.needOrganisation')
  need('kvkNumber', !values.kvkNumber || /^\d{8}$/.test(values.kvkNumber), 'loket.badKvk')
  need('contactName', Boolean(values.contactName), 'loket.needContactName')
  if (!values.email) need('email', false, 'loket.needEmail')
  else need('email', EMAIL.test(values.email) && values.email.length <= 200, 'loket.badEmail')
  need('phone', !values.phone || PHONE.test(values.phone), 'loket.badPhone')
  need(
    'kinds',
    values.kinds.length > 0 && values.kinds.every((k) => KINDS.has(k)),
    'loket.needKinds',
  )
  need('place', Boolean(values.place), 'loket.needPlace')
  const hours = wholeNumber(values.hoursPerWeek, 1, 60)
  const places = wholeNumber(values.placesCount, 1, 500)
  need('hoursPerWeek', hours !== undefined, 'loket.badHours')
  need('placesCount', places !== undefined, 'loket.badPlaces')
  const tooLong =
    values.organisationName.length > 120 ||
    values.contactName.length > 100 ||
    values.place.length > 100 ||
    values.message.length > 2000
  need('message', !tooLong, 'loket.tooLong')
  need('consent', values.consent, 'loket.needConsent')
  if (errors.length) return { ok: false, errors, values }
  return {
    ok: true,
    spam: isSpam(posted),
    data: {
      organisationName: values.organisationName,
      kvkNumber: values.kvkNumber || undefined,
      contactName: values.contactName,
      email: values.email,
      phone: values.phone || undefined,
      kinds: values.kinds as OpeningKind[],
      place: values.place,
      hoursPerWeek: hours ?? undefined,
      placesCount: places ?? undefined,
      message: values.message || undefined,
      consent: true,
    },
  }
}
