import type { Endpoint, PayloadRequest, Where } from 'payload'

import { readHsdsId } from '../../../src/lib/hsds/ids'
import {
  toHsdsServiceAtLocation,
  venuesNear,
  type VenueRecord,
} from '../../../src/lib/hsds/location'
import type { ServiceRecord } from '../../../src/lib/hsds/map'
import { errorResponse } from '../endpoints/respond'
import { oneOf, servicesSlice, publicReader } from './read'
import { CACHE, idParam, listResponse, notFound, queryOf, siteFor } from './respond'

/**
 * `/api/hsds/service_at_locations`: each public listing at its venue, with the venue as an HSDS
 * location; `postcode` (and `proximity` in metres) keeps those near a place.
 */
// No `select`: with one, Payload 3.90 on SQLite leaves out the point field (`location`).
const publicVenues = async (req: PayloadRequest, where?: Where): Promise<VenueRecord[]> =>
  (
    await req.payload.find({
      collection: 'venues',
      where: { and: [{ _status: { equals: 'published' } }, ...(where ? [where] : [])] },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      req: publicReader(req),
    })
  ).docs

const venueOf = (doc: unknown): number | null => {
  const venue = (doc as { venue?: number | { id: number } | null }).venue
  return typeof venue === 'object' && venue ? venue.id : (venue ?? null)
}

/** The public venues a `postcode` and `proximity` ask for (all of them when none is asked), or the refusal. */
const placeFilter = async (req: PayloadRequest): Promise<VenueRecord[] | Response> => {
  const { postcode, proximity } = queryOf(req)
  if (proximity !== undefined && (postcode === undefined || !/^\d{1,6}$/.test(proximity)))
    return errorResponse(
      req,
      400,
      'proximity: een aantal meters (hoogstens 999999), samen met postcode.',
      'proximity: a number of metres (at most 999999), with postcode.',
    )
  const venues = await publicVenues(req)
  if (postcode === undefined) return venues
  const near = venuesNear(venues, postcode, proximity === undefined ? undefined : Number(proximity))
  if (!near)
    return errorResponse(
      req,
      400,
      'postcode: een Nederlandse postcode, zoals 9751 AB of 9751.',
      'postcode: a Dutch postcode, such as 9751 AB or 9751.',
    )
  return near
}

const atVenues: Endpoint = {
  path: '/hsds/service_at_locations',
  method: 'get',
  handler: async (req) => {
    const venues = await placeFilter(req)
    if (venues instanceof Response) return venues
    const site = siteFor(req)
    // Read once for the filter: the venues of every page come from here.
    const byId = new Map(venues.map((v) => [v.id, v]))
    return listResponse(req, async (paging) => {
      if (!venues.length) return { contents: [], total: 0 }
      // Only listings at a public venue: every one counted is shown.
      const found = await servicesSlice(req, [{ venue: { in: [...byId.keys()] } }], paging)
      const contents = found.records.flatMap((r) => {
        const venue = byId.get(venueOf(r.doc) ?? 0)
        return venue ? [toHsdsServiceAtLocation(site, r, venue)] : []
      })
      return { contents, total: found.total }
    })
  },
}

const atVenue: Endpoint = {
  path: '/hsds/service_at_locations/:id',
  method: 'get',
  handler: async (req) => {
    const site = siteFor(req)
    const ref = readHsdsId(site.site, idParam(req))
    const collection =
      ref?.kind === 'activitiesAtVenues'
        ? 'activities'
        : ref?.kind === 'openingsAtVenues'
          ? 'openings'
          : null
    if (!ref || !collection) return notFound(req)
    const doc = await oneOf(req, collection, ref.id)
    const venueID = doc ? venueOf(doc) : null
    const [venue] = venueID ? await publicVenues(req, { id: { equals: venueID } }) : []
    if (!doc || !venue) return notFound(req)
    const record = { collection, doc } as unknown as ServiceRecord
    return Response.json(toHsdsServiceAtLocation(site, record, venue), { headers: CACHE })
  },
}

export const locationEndpoints: Endpoint[] = [atVenues, atVenue]
