import type { PayloadRequest } from 'payload'

import { internalRequest } from '../../../collections/requests'
import { externalIndexDoc } from '../../../src/lib/federation/indexDoc'
import {
  type ExternalListingData,
  fromSessionSeries,
} from '../../../src/lib/federation/fromSessionSeries'
import type { RpdeItem } from '../../../src/lib/federation/rpdePage'
import { fold } from '../../../src/lib/geo/fold'
import { httpUrl } from '../../../src/lib/httpUrl'
import type { SchoolHoliday } from '../../../src/lib/schedule'
import type { FederationSource } from '../../../src/payload-types'
import { indexWriterFor } from '../search/backend'

/** What applying a page needs besides the request: the source, our themes by name, the holidays. */
export interface FollowContext {
  source: Pick<FederationSource, 'id' | 'name'>
  themes: Map<string, number>
  holidays: SchoolHoliday[]
  now: Date
}

const keyOf = (source: FederationSource['id'], item: RpdeItem) => `${source}:${String(item.id)}`

/** Removes one external listing and its index row (inside the request's transaction). */
const drop = async (req: PayloadRequest, id: number) => {
  await req.payload.delete({ collection: 'external-listings', id, overrideAccess: false, req })
  await (await indexWriterFor(req))?.remove('external-listings', String(id))
}

/**
 * One item of a source's feed: a deleted item (or one we cannot read any more) leaves, an
 * updated one is created or changed — unless its `modified` is the one we have — and its row
 * in the public index follows, in the same transaction. `req` is the federation's system request.
 */
export const applyItem = async (
  req: PayloadRequest,
  c: FollowContext,
  item: RpdeItem,
): Promise<'updated' | 'deleted' | 'unchanged' | 'skipped'> => {
  const key = keyOf(c.source.id, item)
  const { docs } = await req.payload.find({
    collection: 'external-listings',
    where: { key: { equals: key } },
    depth: 0,
    limit: 1,
    select: { modified: true },
    overrideAccess: false,
    req,
  })
  const existing = docs[0]
  const data: ExternalListingData | { problem: string } | null =
    item.state === 'updated' && item.kind === 'SessionSeries' ? fromSessionSeries(item.data) : null
  if (!data || 'problem' in data) {
    if (existing) await drop(req, existing.id)
    return item.state === 'deleted' ? 'deleted' : 'skipped'
  }
  if (existing?.modified === String(item.modified)) return 'unchanged'
  const record = {
    source: c.source.id,
    sourceName: c.source.name,
    key,
    title: data.title,
    organisationName: data.organisationName,
    url: httpUrl(data.url) ?? null,
    modified: String(item.modified),
    themes: [...new Set(data.themeNames.flatMap((n) => c.themes.get(fold(n)) ?? []))],
    data: data as unknown as Record<string, unknown>,
  }
  const saved = existing
    ? await req.payload.update({
        collection: 'external-listings',
        id: existing.id,
        data: record,
        depth: 0,
        overrideAccess: false,
        req,
      })
    : await req.payload.create({
        collection: 'external-listings',
        data: record,
        depth: 0,
        overrideAccess: false,
        req,
      })
  const writer = await indexWriterFor(req)
  const row = externalIndexDoc(saved, data, c.now, c.holidays)
  if (row) await writer?.upsert(row)
  else await writer?.remove('external-listings', String(saved.id))
  return 'updated'
}

/** Every listing of a source leaves (the source is switched off, re-pointed or removed). */
export const dropSourceListings = async (req: PayloadRequest, source: FederationSource['id']) => {
  const { docs } = await req.payload.find({
    collection: 'external-listings',
    where: { source: { equals: source } },
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: false,
    // The server's own read: every listing, also when an editor's REST request started it.
    req: internalRequest(req),
  })
  for (const doc of docs) await drop(req, doc.id)
  return docs.length
}
