/** A problem with one field of a posted form, in the page's language. */
export interface FieldError {
  field: string
  message: string
}

export type Posted = Record<string, unknown>

/** The posted body as plain values: a text per field (the first, if it was sent twice). */
export const textOf = (body: Posted, field: string): string => {
  const value = body[field]
  const first: unknown = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? first : ''
}

/** All values of a field that may be sent several times (checkboxes). */
export const textsOf = (body: Posted, field: string): string[] => {
  const value = body[field]
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string')
}

export const asPosted = (body: unknown): Posted =>
  body && typeof body === 'object' ? (body as Posted) : {}

/** Same rule as the data model's phone check (collections/fields/contactField). */
export const PHONE = /^[+0-9][0-9 ()-]{5,19}$/
/** Payload's own e-mail rule (payload/dist/fields/validations.js), so what the form accepts is stored. */
export const EMAIL =
  /^(?!.*\.\.)[\w!#$%&'*+/=?^`{|}~-](?:[\w!#$%&'*+/=?^`{|}~.-]*[\w!#$%&'*+/=?^`{|}~-])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i

/** A filled honeypot: a robot. It is answered as if it worked, and nothing is stored. */
export const isSpam = (body: Posted): boolean => textOf(body, 'website').trim() !== ''

/**
 * The chosen contact channel and its value: problems named with the texts of the form's
 * namespace (`needEmail`, `badEmail`, `needPhone`, `badPhone`, `needChannel`).
 */
export const contactErrors = (
  values: { contactBy: string; email: string; phone: string },
  t: (key: string) => string,
  ns: string,
): FieldError[] => {
  if (values.contactBy === 'email') {
    if (!values.email) return [{ field: 'email', message: t(`${ns}.needEmail`) }]
    if (!EMAIL.test(values.email) || values.email.length > 200)
      return [{ field: 'email', message: t(`${ns}.badEmail`) }]
    return []
  }
  if (values.contactBy === 'phone') {
    if (!values.phone) return [{ field: 'phone', message: t(`${ns}.needPhone`) }]
    if (!PHONE.test(values.phone)) return [{ field: 'phone', message: t(`${ns}.badPhone`) }]
    return []
  }
  return [{ field: 'contactBy', message: t(`${ns}.needChannel`) }]
}
