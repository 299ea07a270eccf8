import type { Endpoint } from 'payload'

import { lookupPc4 } from '../../../src/lib/geo/pc4'
import { parseSearchParams } from '../../../src/lib/search/queryParams'
import { searchEngineFor } from './backend'
import { withHitDetails } from './hitDetails'
import { searchOpenApi } from './openapi'

const lookupPostcode = (postcode: string) => {
  const found = lookupPc4(postcode)
  return found ? { lat: found.lat, lon: found.lon } : null
}

/** GET /api/directory/search: the public search, parameters checked with zod. */
export const searchEndpoint: Endpoint = {
  path: '/directory/search',
  method: 'get',
  handler: async (req) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const parsed = parseSearchParams(url.searchParams, lookupPostcode)
    if (!parsed.ok) return Response.json({ errors: parsed.errors }, { status: 400 })
    const engine = searchEngineFor(req.payload)
    if (!engine) {
      const message = {
        nl: 'Zoeken is op deze database niet beschikbaar.',
        en: 'Search is not available on this database.',
      }
      return Response.json({ errors: [{ field: '', message }] }, { status: 503 })
    }
    const result = await engine.search(parsed.query)
    const hits = await withHitDetails(req.payload, result.hits, parsed.query.locale)
    return Response.json(
      { ...result, hits, ...(parsed.near ? { near: parsed.near } : {}) },
      { headers: { 'Cache-Control': 'public, max-age=30' } },
    )
  },
}

/** GET /api/directory/openapi.json: the API description. */
export const openApiEndpoint: Endpoint = {
  path: '/directory/openapi.json',
  method: 'get',
  handler: (req) =>
    Response.json(searchOpenApi(req.payload.config.serverURL, req.payload.config.routes.api), {
      headers: { 'Cache-Control': 'public, max-age=3600' },
    }),
}
