import type { Endpoint } from 'payload'

import { readHsdsId } from '../../../src/lib/hsds/ids'
import { profileURI } from '../../../src/lib/hsds/profile'
import {
  type ActivityRecord,
  type OpeningRecord,
  type OrganisationRecord,
  toHsdsOrganization,
  toHsdsService,
} from '../../../src/lib/hsds/map'
import { countOf, oneOf, publicWhere, servicesSlice, sliceOf } from './read'
import {
  CACHE,
  filtersOf,
  HSDS_OPENAPI,
  idParam,
  notFound,
  listResponse,
  queryOf,
  siteFor,
} from './respond'
import { locationEndpoints } from './locationEndpoints'
import { profileEndpoints } from './profileEndpoints'
import { taxonomyEndpoints } from './taxonomyEndpoints'

/**
 * The HSDS 3.0 API (Open Referral's Human Services Data Specification) at `/api/hsds`: the
 * directory's organisations and its activities and openings (as services), for other
 * directories and portals. Public data only, read as the public reads it. Ids are stable
 * UUIDs (src/lib/hsds/ids.ts). `profile` is the URI of the Meedoen profile (src/lib/hsds/profile).
 */
const root: Endpoint = {
  path: '/hsds',
  method: 'get',
  handler: (req) =>
    Response.json(
      { version: '3.0', profile: profileURI(siteFor(req).serverURL), openapi_url: HSDS_OPENAPI },
      { headers: CACHE },
    ),
}

const services: Endpoint = {
  path: '/hsds/services',
  method: 'get',
  handler: (req) => {
    const filters = filtersOf(req, queryOf(req), ['title', 'summary'])
    if (filters instanceof Response) return filters
    const site = siteFor(req)
    return listResponse(req, async (paging) => {
      const found = await servicesSlice(req, filters, paging)
      return { contents: found.records.map((r) => toHsdsService(site, r)), total: found.total }
    })
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
  handler: (req) => {
    const filters = filtersOf(req, queryOf(req), ['name', 'description'])
    if (filters instanceof Response) return filters
    const where = publicWhere('organisations', filters)
    const site = siteFor(req)
    return listResponse(req, async (paging) => {
      const [total, docs] = await Promise.all([
        countOf(req, 'organisations', where),
        sliceOf(req, 'organisations', where, (paging.page - 1) * paging.perPage, paging.perPage),
      ])
      return {
        contents: docs.map((o) => toHsdsOrganization(site, o as unknown as OrganisationRecord)),
        total,
      }
    })
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

export const hsdsEndpoints: Endpoint[] = [
  root,
  services,
  service,
  organizations,
  organization,
  ...taxonomyEndpoints,
  ...locationEndpoints,
  ...profileEndpoints,
]
