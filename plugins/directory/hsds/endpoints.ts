import type { Endpoint, PayloadRequest, Where } from 'payload'

import { readHsdsId, siteOf } from '../../../src/lib/hsds/ids'
import {
  type ActivityRecord,
  type HsdsSite,
  type OpeningRecord,
  type OrganisationRecord,
  toHsdsOrganization,
  toHsdsService,
} from '../../../src/lib/hsds/map'
import { hsdsPage, readPaging } from '../../../src/lib/hsds/page'
import { errorResponse } from '../endpoints/respond'
import { countOf, oneOf, publicWhere, servicesSlice, sliceOf } from './read'

/**
 * The HSDS 3.0 API (Open Referral's Human Services Data Specification) at `/api/hsds`: the
 * directory's organisations and its activities and openings (as services), for other
 * directories and portals. Public data only, read as the public reads it. Ids are stable
 * UUIDs (src/lib/hsds/ids.ts).
 */
const HSDS_DOCS = 'https://docs.openreferral.org/en/v3.0/hsds/'
const HSDS_OPENAPI =
  'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json'
const CACHE = { 'Cache-Control': 'public, max-age=60' }

const siteFor = (req: PayloadRequest): HsdsSite => {
  const serverURL = req.payload.config.serverURL
  return { serverURL, site: siteOf(serverURL) }
}

const queryOf = (req: PayloadRequest) =>
  Object.fromEntries(new URL(req.url ?? '/', 'http://localhost').searchParams)

const idParam = (req: PayloadRequest): string =>
  typeof req.routeParams?.id === 'string' ? req.routeParams.id : ''

const notFound = (req: PayloadRequest) => errorResponse(req, 404, 'Niet gevonden.', 'Not found.')

/** `search` and `modified_after`, as conditions; or the refusal of a wrong one. */
const filtersOf = (
  req: PayloadRequest,
  query: Record<string, string>,
  textFields: string[],
): Where[] | Response => {
  const where: Where[] = []
  const search = query.search?.trim()
  if (search) {
    if (search.length > 200)
      return errorResponse(
        req,
        400,
        'search: hoogstens 200 tekens.',
        'search: at most 200 characters.',
      )
    where.push({ or: textFields.map((field) => ({ [field]: { like: search } })) })
  }
  if (query.modified_after !== undefined) {
    const after = new Date(query.modified_after)
    if (!/^\d{4}-\d{2}-\d{2}/.test(query.modified_after) || Number.isNaN(after.getTime()))
      return errorResponse(
        req,
        400,
        'modified_after: een datum en tijd zoals 2026-12-01T00:00:00Z.',
        'modified_after: a date-time such as 2026-12-01T00:00:00Z.',
      )
    where.push({ updatedAt: { greater_than_equal: after.toISOString() } })
  }
  return where
}

const pagingOf = (req: PayloadRequest, query: Record<string, string>) => {
  const paging = readPaging(query)
  if (paging.ok) return paging.paging
  return errorResponse(
    req,
    400,
    `${paging.parameter}: een geheel getal vanaf 1${paging.parameter === 'per_page' ? ', hoogstens 500' : ''}.`,
    `${paging.parameter}: a whole number from 1${paging.parameter === 'per_page' ? ', at most 500' : ''}.`,
  )
}

const root: Endpoint = {
  path: '/hsds',
  method: 'get',
  handler: () =>
    Response.json(
      { version: '3.0', profile: HSDS_DOCS, openapi_url: HSDS_OPENAPI },
      { headers: CACHE },
    ),
}

const services: Endpoint = {
  path: '/hsds/services',
  method: 'get',
  handler: async (req) => {
    const query = queryOf(req)
    const paging = pagingOf(req, query)
    if (paging instanceof Response) return paging
    const filters = filtersOf(req, query, ['title', 'summary'])
    if (filters instanceof Response) return filters
    const found = await servicesSlice(req, filters, paging)
    const site = siteFor(req)
    const contents = [
      ...found.activities.map((doc) =>
        toHsdsService(site, { collection: 'activities', doc: doc as unknown as ActivityRecord }),
      ),
      ...found.openings.map((doc) =>
        toHsdsService(site, { collection: 'openings', doc: doc as unknown as OpeningRecord }),
      ),
    ]
    return Response.json(hsdsPage(contents, found.total, paging), { headers: CACHE })
  },
}

const service: Endpoint = {
  path: '/hsds/services/:id',
  method: 'get',
  handler: async (req) => {
    const site = siteFor(req)
    const ref = readHsdsId(site.site, idParam(req))
    if (!ref || (ref.kind !== 'activities' && ref.kind !== 'openings')) return notFound(req)
    const doc = await oneOf(req, ref.kind, ref.id)
    if (!doc) return notFound(req)
    const record =
      ref.kind === 'activities'
        ? { collection: 'activities' as const, doc: doc as unknown as ActivityRecord }
        : { collection: 'openings' as const, doc: doc as unknown as OpeningRecord }
    const organisation = await oneOf(
      req,
      'organisations',
      (doc as { organisation: number }).organisation,
    )
    return Response.json(
      {
        ...toHsdsService(site, record),
        ...(organisation
          ? {
              organization: toHsdsOrganization(site, organisation as unknown as OrganisationRecord),
            }
          : {}),
      },
      { headers: CACHE },
    )
  },
}

const organizations: Endpoint = {
  path: '/hsds/organizations',
  method: 'get',
  handler: async (req) => {
    const query = queryOf(req)
    const paging = pagingOf(req, query)
    if (paging instanceof Response) return paging
    const filters = filtersOf(req, query, ['name', 'description'])
    if (filters instanceof Response) return filters
    const where = publicWhere('organisations', filters)
    const start = (paging.page - 1) * paging.perPage
    const [total, docs] = await Promise.all([
      countOf(req, 'organisations', where),
      sliceOf(req, 'organisations', where, start, paging.perPage),
    ])
    const site = siteFor(req)
    const contents = docs.map((o) => toHsdsOrganization(site, o as unknown as OrganisationRecord))
    return Response.json(hsdsPage(contents, total, paging), { headers: CACHE })
  },
}

const organization: Endpoint = {
  path: '/hsds/organizations/:id',
  method: 'get',
  handler: async (req) => {
    const site = siteFor(req)
    const ref = readHsdsId(site.site, idParam(req))
    if (!ref || ref.kind !== 'organisations') return notFound(req)
    const doc = await oneOf(req, 'organisations', ref.id)
    if (!doc) return notFound(req)
    return Response.json(toHsdsOrganization(site, doc as unknown as OrganisationRecord), {
      headers: CACHE,
    })
  },
}

export const hsdsEndpoints: Endpoint[] = [root, services, service, organizations, organization]
