import type { TFunction } from 'i18next'

import { asPosted, EMAIL, type FieldError, isSpam, PHONE, textOf } from './formInput'

export interface RoomValues {
  date: string
  start: string
  end: string
  purpose: string
  people: string
  groupName: string
  contactName: string
  email: string
  phone: string
  consent: boolean
}

export type RoomInput =
  | { ok: true; spam: boolean; data: Omit<RoomValues, 'people'> & { people: number } }
  | { ok: false; errors: FieldError[]; values: RoomValues }

const required: [keyof RoomValues, string][] = [
  ['date', 'room.needDate'],
  ['start', 'room.needStart'],
  ['end', 'room.needEnd'],
  ['purpose', 'room.needPurpose'],
  ['groupName', 'room.needGroup'],
  ['contactName', 'room.needName'],
]

/**
 * The posted room request → what to store, or every problem named at its field, in the page's
 * language. The data model checks the times against the room and the calendar (with its own
 * message); here what a form can see.
 */
export const parseRoomForm = (body: unknown, t: TFunction): RoomInput => {
  const posted = asPosted(body)
  const text = (field: keyof RoomValues) => textOf(posted, field).trim()
  const values: RoomValues = {
    date: text('date'),
    start: text('start'),
    end: text('end'),
    purpose: text('purpose'),
    people: text('people'),
    groupName: text('groupName'),
    contactName: text('contactName'),
    email: text('email'),
    phone: text('phone'),
    consent: textOf(posted, 'consent') === 'yes',
  }
  const errors: FieldError[] = required
    .filter(([field]) => !values[field])
    .map(([field, key]) => ({ field, message: t(key) }))
  const people = Number(values.people)
  if (!Number.isInteger(people) || people < 1 || people > 1000)
    errors.push({ field: 'people', message: t('room.badPeople') })
  if (!values.email) errors.push({ field: 'email', message: t('room.needEmail') })
  else if (!EMAIL.test(values.email)) errors.push({ field: 'email', message: t('room.badEmail') })
  if (values.phone && !PHONE.test(values.phone))
    errors.push({ field: 'phone', message: t('room.badPhone') })
  if (
    values.purpose.length > 200 ||
    values.groupName.length > 100 ||
    values.contactName.length > 100
  )
    errors.push({ field: '', message: t('room.tooLong') })
  if (!values.consent) errors.push({ field: 'consent', message: t('room.needConsent') })
  if (errors.length) return { ok: false, errors, values }
  return { ok: true, spam: isSpam(posted), data: { ...values, people } }
}
