import {
  buildVersionCollectionFields,
  type CollectionSlug,
  type Endpoint,
  type FlattenedField,
  type Payload,
  type PayloadHandler,
} from 'payload'

import { inLanguage } from '../../../collections/fields/inLanguage'
import { narrowAnonymousAccess } from './anonymousAccess'
import { checkBody, checkRestQuery } from './checkRequest'
import { deletePreference } from './deletePreference'

const GUARDED = Symbol('meedoenGuarded')

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
      (root ? undefined : checkRestQuery(req, fields, slug)) ?? (await checkBody(req, fields))
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
  // A global's body is checked against its fields too: a `createdAt` of "oemoDlxE" was stored
  // and then failed every read of the global (500).
  for (const global of payload.globals.config) {
    if (global.endpoints)
      global.endpoints = guardAll(global.endpoints, () => global.flattenedFields)
  }
  payload.config.endpoints = guardAll(
    narrowAnonymousAccess(payload.config.endpoints),
    undefined,
    undefined,
    true,
  ) as typeof payload.config.endpoints
}
