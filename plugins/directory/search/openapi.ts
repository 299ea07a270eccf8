import { SEARCH_PARAMS } from '../../../src/lib/search/searchParamDefs'
import { LISTING_KINDS, MAX_PAGE_SIZE } from '../../../src/lib/search/types'

const counts = { type: 'object', additionalProperties: { type: 'integer' } }
const errorList = {
  type: 'object',
  properties: {
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: {
          field: { type: 'string' },
          message: {
            type: 'object',
            properties: { nl: { type: 'string' }, en: { type: 'string' } },
          },
        },
      },
    },
  },
}

/** One hit of the result page. */
const hit = {
  type: 'object',
  required: ['collection', 'id', 'kind', 'title', 'snippet'],
  properties: {
    collection: { type: 'string', enum: ['activities', 'openings'] },
    id: { type: 'string' },
    kind: { type: 'string', enum: LISTING_KINDS },
    title: { type: 'string' },
    slug: { type: ['string', 'null'] },
    distanceKm: {
      type: 'number',
      description: 'Only when searching near a place.',
    },
    point: {
      type: 'object',
      description: 'Where the listing is (WGS84), when it has a venue with a location.',
      properties: { lat: { type: 'number' }, lon: { type: 'number' } },
    },
    snippet: {
      type: 'string',
      description: 'Safe HTML: matches in <mark>, all else escaped.',
    },
    nextStart: { type: ['string', 'null'], format: 'date-time' },
    url: {
      type: ['string', 'null'],
      format: 'uri',
      description: 'The public page (English with lang=en).',
    },
    organisation: {
      type: ['string', 'null'],
      description: "The organisation's name.",
    },
  },
}

/** One page of results: the hits, the total, the place searched near and the facet counts. */
const searchResult = {
  type: 'object',
  required: ['hits', 'total', 'page', 'pageSize', 'facets'],
  properties: {
    hits: { type: 'array', maxItems: MAX_PAGE_SIZE, items: hit },
    total: { type: 'integer' },
    suggestion: {
      type: 'string',
      description:
        'When nothing was found: a close query that would find something ("Bedoelde je …?").',
    },
    page: { type: 'integer' },
    pageSize: { type: 'integer' },
    near: {
      type: 'object',
      properties: {
        lat: { type: 'number' },
        lon: { type: 'number' },
        radiusKm: { type: 'number' },
        from: { type: 'string', enum: ['coordinates', 'postcode'] },
      },
    },
    facets: {
      type: 'object',
      properties: {
        kinds: counts,
        themes: counts,
        areas: counts,
        weekdays: counts,
        partsOfDay: counts,
        free: { type: 'integer' },
        walkIn: { type: 'integer' },
        accessibility: counts,
        rungs: counts,
        help: counts,
        ageBands: counts,
      },
    },
  },
}

/** The OpenAPI 3.1 description of the public search API, built from the same parameter table. */
export const searchOpenApi = (serverURL: string, apiRoute: string) => ({
  openapi: '3.1.0',
  info: {
    title: 'Meedoen directory search',
    version: '1.0.0',
    description:
      'Search the public directory of activities, volunteering and work-and-learning places. Only published listings ' +
      'that are visible to everyone are searchable. Postcode data © GeoNames, CC BY 4.0.',
  },
  servers: [{ url: `${serverURL}${apiRoute}` }],
  paths: {
    '/directory/search': {
      get: {
        operationId: 'searchDirectory',
        summary: 'Search listings',
        parameters: SEARCH_PARAMS.map((p) => ({
          name: p.name,
          in: 'query',
          required: false,
          description: p.description,
          schema: p.openapi,
          ...(p.many ? { style: 'form', explode: true } : {}),
        })),
        responses: {
          200: {
            description: 'One page of results with facet counts over the whole result.',
            content: { 'application/json': { schema: searchResult } },
          },
          400: {
            description:
              'Bad parameters: every problem, naming its parameter, in Dutch and English.',
            content: { 'application/json': { schema: errorList } },
          },
          503: {
            description: 'Search is not available on this database.',
            content: { 'application/json': { schema: errorList } },
          },
        },
      },
    },
  },
})
