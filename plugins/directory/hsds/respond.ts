import type { PayloadRequest, Where } from 'payload'

import { siteOf } from '../../../src/lib/hsds/ids'
import type { HsdsSite } from '../../../src/lib/hsds/map'
import { hsdsPage, type HsdsPaging, readPaging } from '../../../src/lib/hsds/page'
import { errorResponse } from '../endpoints/respond'

/** What every HSDS endpoint shares: the site's ids, the query, paging and filters, refusals. */
export const HSDS_OPENAPI =
  'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json'
/** Public data: cached a minute, and readable by any site's scripts (no cookies are involved). */
export const CACHE = { 'Cache-Control': 'public, max-age=60', 'Access-Control-Allow-Origin': '*' }

export const siteFor = (req: PayloadRequest): HsdsSite => {
  const serverURL = req.payload.config.serverURL
  return { serverURL, site: siteOf(serverURL) }
}

export const queryOf = (req: PayloadRequest) =>
  Object.fromEntries(new URL(req.url ?? '/', 'http://localhost').searchParams)

export const idParam = (req: PayloadRequest): string =>
  typeof req.routeParams?.id === 'string' ? req.routeParams.id : ''

export const notFound = (req: PayloadRequest) =>
  errorResponse(req, 404, 'Niet gevonden.', 'Not found.')

/** `search` and `modified_after`, as conditions; or the refusal of a wrong one. */
export const filtersOf = (
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

export const pagingOf = (req: PayloadRequest) => {
  const paging = readPaging(queryOf(req))
  if (paging.ok) return paging.paging
  return errorResponse(
    req,
    400,
    `${paging.parameter}: een geheel getal vanaf 1${paging.parameter === 'per_page' ? ', hoogstens 500' : ''}.`,
    `${paging.parameter}: a whole number from 1${paging.parameter === 'per_page' ? ', at most 500' : ''}.`,
  )
}

/** What a list endpoint reads for one page: its items and how many there are in all. */
export type PageReader = (paging: HsdsPaging) => Promise<{ contents: unknown[]; total: number }>

const NDJSON_BATCH = 500

/**
 * A list endpoint's answer: the page asked for (HSDS paging), or with `format=ndjson` every
 * item, one JSON object per line, streamed as it is read (a batch of 500 at a time).
 */
export const listResponse = async (req: PayloadRequest, read: PageReader): Promise<Response> => {
  const { format } = queryOf(req)
  if (format !== undefined && format !== 'json' && format !== 'ndjson')
    return errorResponse(req, 400, 'format: json of ndjson.', 'format: json or ndjson.')
  if (format !== 'ndjson') {
    const paging = pagingOf(req)
    if (paging instanceof Response) return paging
    const { contents, total } = await read(paging)
    return Response.json(hsdsPage(contents, total, paging), { headers: CACHE })
  }
  const encoder = new TextEncoder()
  let page = 1
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { contents } = await read({ page: page++, perPage: NDJSON_BATCH })
      if (contents.length)
        controller.enqueue(encoder.encode(contents.map((c) => `${JSON.stringify(c)}\n`).join('')))
      if (contents.length < NDJSON_BATCH) controller.close()
    },
  })
  return new Response(stream, {
    headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', ...CACHE },
  })
}
