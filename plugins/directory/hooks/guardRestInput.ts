import {
  buildVersionCollectionFields,
  type CollectionSlug,
  type Endpoint,
  type FlattenedField,
  type Payload,
  type PayloadHandler,
  type PayloadRequest,
} from 'payload'

import { inLanguage } from '../../../collections/fields/inLanguage'
import { narrowAnonymousAccess } from './anonymousAccess'
import { badValuePath } from './checkBodyValues'
import { checkSort, checkWhere, type Problem } from './checkQuery'
import { deletePreference } from './deletePreference'

const GUARDED = Symbol('meedoenGuarded')
const NUMBER_PARAM = /^\d{1,9}$/

const answer = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })
const notFound: PayloadHandler = (req) =>
  answer(404, inLanguage(req, 'Niet gevonden.', 'Not found.'))

/** An id of this collection's kind: SQLite's are whole numbers, MongoDB's 24 hex digits. */
const idFits = (payload: Payload, slug: string, id: string): boolean => {
  const collection = payload.collections[slug as CollectionSlug]
  if (!collection) return true
  if (collection.customIDType) return id.length <= 200
  return payload.db.defaultIDType === 'number' ? /^\d{1,15}$/.test(id) : /^[0-9a-f]{24}$/i.test(id)
}

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
const checkBody = async (req: PayloadRequest, fields?: FlattenedField[]): Promise<Problem> => {
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
const checkQuery = (
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

/** `root`: routes outside collections and globals (search, access) read their own query. */
const guard = (
  handler: PayloadHandler,
  fields?: FlattenedField[],
  slug?: string,
  root = false,
): PayloadHandler => {
  const guarded: PayloadHandler = async (req) => {
    const id = req.routeParams?.id
    if (slug && typeof id === 'string' && !idFits(req.payload, slug, id)) return notFound(req)
    const problem =
      (root ? undefined : checkQuery(req, fields, slug)) ?? (await checkBody(req, fields))
    return problem ? answer(400, problem) : handler(req)
  }
  ;(guarded as unknown as Record<symbol, boolean>)[GUARDED] = true
  return guarded
}

/** The fields a route queries: the collection's own, or its versions' (`parent`, `version.title`). */
type FieldsOf = (path: string) => FlattenedField[] | undefined

const guardAll = (
  endpoints: Endpoint[],
  fieldsOf: FieldsOf = () => undefined,
  slug?: string,
  root = false,
): Endpoint[] =>
  endpoints.map((e) =>
    (e.handler as unknown as Record<symbol, boolean>)[GUARDED]
      ? e
      : { ...e, handler: guard(e.handler, fieldsOf(e.path), slug, root) },
  )

/**
 * Every REST route (Payload's own and ours, of collections, globals and the root) first checks
 * what the client sent, so malformed input is a 4xx and never reaches code that answers 500 in
 * Payload 3.90: an id that is not an id (`/api/activities/abc` hands SQLite a NaN), a body that
 * is not an object (`null`, `"str"`), a `where` with an unknown or nested path or a value of the
 * wrong kind, a sort by a path that is not the collection's own, a page that is not a number.
 * Payload sanitizes its config before plugins could wrap the default routes, hence on init. Its
 * internal collections without routes (migrations) answered 501 naming the server's own URL;
 * they get an empty route list, so 404. A visitor's `/api/access` is narrowed (anonymousAccess.ts).
 */
export const guardRestInput = (payload: Payload): void => {
  for (const { config } of Object.values(payload.collections)) {
    const versionFields = config.versions
      ? buildVersionCollectionFields(payload.config, config, true)
      : undefined
    const fieldsOf: FieldsOf = (path) =>
      path.startsWith('/versions') ? versionFields : config.flattenedFields
    // Without versions the version routes have no table behind them (Payload 3.90 answers 500).
    const endpoints =
      config.endpoints === false
        ? []
        : config.endpoints.map((e) =>
            !config.versions && e.path.startsWith('/versions') ? { ...e, handler: notFound } : e,
          )
    if (config.slug === 'payload-preferences') {
      endpoints.forEach(
        (e, i) =>
          e.method === 'delete' &&
          e.path === '/:key' &&
          (endpoints[i] = { ...e, handler: deletePreference }),
      )
    }
    config.endpoints = guardAll(endpoints, fieldsOf, config.slug)
  }
  for (const global of payload.globals.config) {
    if (global.endpoints) global.endpoints = guardAll(global.endpoints)
  }
  payload.config.endpoints = guardAll(
    narrowAnonymousAccess(payload.config.endpoints),
    undefined,
    undefined,
    true,
  ) as typeof payload.config.endpoints
}
