import type { Endpoint, PayloadRequest } from 'payload'

import { internalRequest } from '../../../collections/requests'
import {
  readAfterChangeNumber,
  RPDE_PAGE_SIZE,
  rpdeCacheControl,
  rpdePage,
} from '../../../src/lib/openactive/rpde'
import { FEED_PATH } from '../../../src/lib/openactive/sessionSeries'
import { licenseOf } from '../../../src/lib/openactive/site'
import { errorResponse } from '../endpoints/respond'
import { idParam, queryOf } from '../hsds/respond'
import { feedKey, feedRequest, openDataSettings } from './feedWriter'

const PATH = FEED_PATH.slice('/api'.length)
const CORS = { 'Access-Control-Allow-Origin': '*' }

const licenseFor = async (req: PayloadRequest) =>
  licenseOf((await openDataSettings(req))?.license).url

/** GET /api/feeds/session-series: the activities as an OpenActive RPDE feed. */
const feedPage: Endpoint = {
  path: PATH,
  method: 'get',
  handler: async (req) => {
    const after = readAfterChangeNumber(queryOf(req))
    if (!after.ok)
      return errorResponse(
        req,
        400,
        'afterChangeNumber: een geheel getal vanaf 0 (neem de link in "next" over).',
        'afterChangeNumber: a whole number from 0 (follow the "next" link).',
      )
    const [{ docs }, license] = await Promise.all([
      req.payload.find({
        collection: 'feed-items',
        where: { changeNumber: { greater_than: after.after } },
        sort: 'changeNumber',
        limit: RPDE_PAGE_SIZE,
        pagination: false,
        depth: 0,
        overrideAccess: false,
        // A page of 500, not REST's page cap (which is for what clients ask of collections).
        req: internalRequest(feedRequest(req)),
      }),
      licenseFor(req),
    ])
    const page = rpdePage({
      feedURL: `${req.payload.config.serverURL}${FEED_PATH}`,
      ...after,
      rows: docs,
      license,
    })
    return Response.json(page, {
      headers: { 'Cache-Control': rpdeCacheControl(page.items.length), ...CORS },
    })
  },
}

/** GET /api/feeds/session-series/:id: one activity's SessionSeries (the `@id` of each item). */
const feedItem: Endpoint = {
  path: `${PATH}/:id`,
  method: 'get',
  handler: async (req) => {
    const id = idParam(req)
    const { docs } = /^\d{1,15}$/.test(id)
      ? await req.payload.find({
          collection: 'feed-items',
          where: { listing: { equals: feedKey(id) } },
          limit: 1,
          pagination: false,
          depth: 0,
          overrideAccess: false,
          req: feedRequest(req),
        })
      : { docs: [] }
    const row = docs[0]
    if (!row) return errorResponse(req, 404, 'Niet gevonden.', 'Not found.')
    if (row.state === 'deleted')
      return errorResponse(req, 410, 'Deze activiteit is er niet meer.', 'This activity is gone.')
    return Response.json(row.data, {
      headers: { 'Cache-Control': 'public, max-age=60', ...CORS },
    })
  },
}

export const feedEndpoints: Endpoint[] = [feedPage, feedItem]
