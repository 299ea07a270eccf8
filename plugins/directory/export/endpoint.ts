import { DateTime } from 'luxon'
import {
  APIError,
  type CollectionSlug,
  type Endpoint,
  type PayloadRequest,
  type SanitizedCollectionConfig,
} from 'payload'

import { internalRequest } from '../../../collections/requests'
import { type Cell, toCsv, toXlsx } from '../../../src/lib/export/sheet'
import { errorResponse } from '../endpoints/respond'
import type { SanitizedDirectoryOptions } from '../types'
import { sheetRows } from './cells'
import { exportColumns, labelOf } from './columns'
import { type ListQuery, listQueryOf } from './query'

/** Personal data and the server's own bookkeeping: never exported in bulk, whoever asks. */
const NOT_EXPORTABLE = new Set([
  'interests',
  'alerts',
  'loket-requests',
  'listing-reports',
  'interest-log',
  'feed-items',
  'search-changes',
])
const PAGE = 1000
const MAX_ROWS = 20_000
const FORMATS = {
  csv: { type: 'text/csv; charset=utf-8' },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
} as const
type Format = keyof typeof FORMATS

/** The collection to export, if it is one this user may export: not hidden from them, not an account or personal data. */
const exportableConfig = (
  req: PayloadRequest,
  options: SanitizedDirectoryOptions,
): SanitizedCollectionConfig | undefined => {
  const slug = req.routeParams?.collection
  if (typeof slug !== 'string' || !Object.hasOwn(req.payload.collections, slug)) return undefined
  const { config } = req.payload.collections[slug as CollectionSlug]
  // Payload's own collections (preferences, jobs, locks, migrations) are no admin lists.
  if (config.auth || slug === options.users || slug.startsWith('payload-')) return undefined
  if (NOT_EXPORTABLE.has(slug)) return undefined
  const { hidden } = config.admin
  return hidden === true || (typeof hidden === 'function' && hidden({ user: req.user as never }))
    ? undefined
    : config
}

/** Every document of the list, read as the user reads it, page by page; or too many to export. */
const readAll = async (
  req: PayloadRequest,
  slug: CollectionSlug,
  query: ListQuery,
): Promise<Record<string, unknown>[] | 'too many'> => {
  const docs: Record<string, unknown>[] = []
  for (let page = 1; ; page++) {
    const found = await req.payload.find({
      collection: slug,
      where: query.where,
      ...(query.sort ? { sort: query.sort } : {}),
      depth: 1,
      draft: true,
      overrideAccess: false,
      user: req.user,
      // The server's own read: pages of 1000, not REST's page cap (see capPageSize).
      req: internalRequest(req),
      limit: PAGE,
      page,
    })
    if (found.totalDocs > MAX_ROWS) return 'too many'
    docs.push(...(found.docs as unknown as Record<string, unknown>[]))
    if (!found.hasNextPage) return docs
  }
}

/** Excel allows 31 characters in a sheet's name, and none of : \ / ? * [ ]. */
const sheetName = (config: SanitizedCollectionConfig, req: PayloadRequest) =>
  labelOf(config.labels.plural, config.slug, req.i18n)
    .replace(/[:\\/?*[\]]/g, ' ')
    .slice(0, 31) || 'Export'

const fileResponse = async (
  rows: Cell[][],
  format: Format,
  config: SanitizedCollectionConfig,
  req: PayloadRequest,
): Promise<Response> => {
  const body = format === 'csv' ? toCsv(rows) : await toXlsx(rows, sheetName(config, req))
  const day = DateTime.now().setZone('Europe/Amsterdam').toFormat('yyyy-MM-dd')
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': FORMATS[format].type,
      'Content-Disposition': `attachment; filename="${config.slug}-${day}.${format}"`,
      'Cache-Control': 'no-store',
    },
  })
}

/** A refusal of the read itself (a query Payload will not run, no read access) as a 4xx, never a 500. */
const refusedRead = (req: PayloadRequest, error: unknown): Response => {
  if (!(error instanceof APIError) || error.status >= 500) throw error
  return error.status === 403
    ? errorResponse(req, 403, 'Je mag deze lijst niet bekijken.', 'You may not read this list.')
    : errorResponse(req, 400, 'Deze zoekvraag kan niet.', 'This query is not possible.')
}

/**
 * GET /api/export/:collection?format=csv|xlsx&where…&sort…&search… — an admin list as a
 * spreadsheet, filtered, searched and sorted as the list shows it, read with the user's own
 * access (drafts included, as in the admin). Values a cell shows are the admin's words:
 * option labels, related titles, Dutch dates (columns.ts, cells.ts). Formula injection is
 * defused in src/lib/export/sheet.ts.
 */
export const exportEndpoints = (options: SanitizedDirectoryOptions): Endpoint[] => [
  {
    path: '/export/:collection',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return errorResponse(req, 401, 'Log eerst in.', 'Please log in first.')
      const config = exportableConfig(req, options)
      if (!config)
        return errorResponse(
          req,
          404,
          'Deze lijst kun je niet exporteren.',
          'This list cannot be exported.',
        )
      const format = req.query?.format ?? 'csv'
      if (format !== 'csv' && format !== 'xlsx')
        return errorResponse(req, 400, 'format: csv of xlsx.', 'format: csv or xlsx.')
      const query = await listQueryOf(req, config)
      if (typeof query === 'string') return errorResponse(req, 400, query, query)
      let docs: Awaited<ReturnType<typeof readAll>>
      try {
        docs = await readAll(req, config.slug, query)
      } catch (error) {
        return refusedRead(req, error)
      }
      if (docs === 'too many')
        return errorResponse(
          req,
          413,
          'Verfijn de filter: hoogstens 20.000 regels.',
          'Narrow the filter: at most 20,000 rows.',
        )
      return fileResponse(
        await sheetRows(exportColumns(config, req.i18n), docs, req),
        format,
        config,
        req,
      )
    },
  },
]
