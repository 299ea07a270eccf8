import type { FlattenedField, PayloadRequest } from 'payload'

import { inLanguage } from '../../../collections/fields/inLanguage'
import { badValuePath } from './checkBodyValues'
import { checkSort, checkWhere, type Problem } from './checkQuery'

// What a REST request carries, checked before Payload reads it (see guardRestInput.ts).

const NUMBER_PARAM = /^\d{1,9}$/

const isPlain = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The document a client sends, as Payload will read it: a JSON body, or the `_payload` field of
 * a form (uploads, the admin). A copy of the body is read; Payload reads the original after.
 */
const sentDocument = async (
  req: PayloadRequest,
): Promise<{ text: string; multipart: boolean } | undefined> => {
  if (!['POST', 'PATCH', 'PUT'].includes(req.method ?? '')) return undefined
  const type = (req.headers.get('content-type') ?? '').split(';', 1)[0]!.trim()
  const copy = (req as unknown as Request).clone()
  if (type === 'application/json') return { text: await copy.text(), multipart: false }
  if (type !== 'multipart/form-data') return undefined
  const field = await copy.formData().then(
    (form) => form.get('_payload'),
    () => undefined,
  )
  return { text: typeof field === 'string' ? field : '', multipart: true }
}

/** A body must be a JSON object (`null`, `"str"`, `[1]` are not documents or credentials), its scalars of their kind. */
export const checkBody = async (
  req: PayloadRequest,
  fields?: FlattenedField[],
): Promise<Problem> => {
  const sent = await sentDocument(req)
  if (!sent) return undefined
  // A form without a document leaves Payload with no data at all (500 on a collection's create
  // and on a global's update).
  if (!sent.text.trim())
    return sent.multipart
      ? inLanguage(req, 'Stuur de gegevens mee in _payload.', 'Send the data in _payload.')
      : undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(sent.text)
  } catch {
    // Payload answers 400 "Invalid JSON" for a JSON body itself, but 500 for a form's `_payload`.
    return sent.multipart
      ? inLanguage(req, 'Ongeldige JSON in _payload.', 'Invalid JSON in _payload.')
      : undefined
  }
  if (!isPlain(parsed))
    return inLanguage(req, 'Stuur de gegevens als JSON-object.', 'Send the data as a JSON object.')
  const bad = fields && badValuePath(parsed as Record<string, unknown>, fields)
  return bad
    ? inLanguage(
        req,
        `Deze waarde past niet bij het veld: ${bad}.`,
        `This value does not fit the field: ${bad}.`,
      )
    : undefined
}

/** Whether `page`, `limit` or `depth` is absent or a small whole number (a page from 1). */
const numberFits = (name: string, value: unknown) =>
  value === undefined ||
  (typeof value === 'string' && NUMBER_PARAM.test(value) && (name !== 'page' || Number(value) >= 1))

/** `where` (also as a JSON string), `sort`, `page`, `limit`, `depth` and a join's `limit` / `page` of a REST query. */
export const checkRestQuery = (
  req: PayloadRequest,
  fields: FlattenedField[] | undefined,
  slug: string | undefined,
): Problem => {
  const query = req.query ?? {}
  for (const name of ['page', 'limit', 'depth'] as const) {
    if (!numberFits(name, query[name]))
      return inLanguage(req, `Ongeldige waarde voor ${name}.`, `Invalid value for ${name}.`)
  }
  // `joins[members][limit]=99999999999999999999` answered 500 (the fuzz test found it).
  const joins = query.joins
  if (joins && typeof joins === 'object') {
    for (const [join, options] of Object.entries(joins)) {
      if (!options || typeof options !== 'object') continue
      for (const name of ['page', 'limit'] as const) {
        if (!numberFits(name, (options as Record<string, unknown>)[name])) {
          return inLanguage(
            req,
            `Ongeldige waarde voor joins[${join}][${name}].`,
            `Invalid value for joins[${join}][${name}].`,
          )
        }
      }
    }
  }
  if (!fields || !slug) return undefined
  let where = query.where
  if (typeof where === 'string') {
    try {
      where = where ? JSON.parse(where) : undefined
    } catch {
      return inLanguage(req, 'Deze zoekvraag kan niet.', 'This query is not possible.')
    }
  }
  const c = { req, payload: req.payload, slug, fields }
  return checkWhere(c, where) ?? checkSort(c, query.sort)
}
