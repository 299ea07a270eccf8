/**
 * RPDE 1.0 pages ("change number" ordering): the items after a change number, oldest first,
 * and the `next` URL taken from the last item used. The last page has no items and points at
 * itself. Pure: the feed rows come from the database, the URL from the site.
 */
export const RPDE_PAGE_SIZE = 500

export interface FeedRow {
  listing: string
  kind: string
  changeNumber: number
  state: 'updated' | 'deleted'
  data?: unknown
}

interface RpdeItem {
  state: 'updated' | 'deleted'
  kind: string
  id: number | string
  modified: number
  data?: unknown
}

/** `afterChangeNumber` as given: absent means the start; anything but a whole number ≥ 0 is refused. */
export const readAfterChangeNumber = (
  query: Record<string, string>,
): { ok: true; after: number; given: boolean } | { ok: false } => {
  const raw = query.afterChangeNumber
  if (raw === undefined) return { ok: true, after: 0, given: false }
  if (!/^\d{1,15}$/.test(raw)) return { ok: false }
  return { ok: true, after: Number(raw), given: true }
}

const idOf = (listing: string): number | string => {
  const id = listing.slice(listing.indexOf('/') + 1)
  return /^\d+$/.test(id) ? Number(id) : id
}

/** A feed row as an RPDE item: `data` only on updated items, never on deleted ones. */
const toRpdeItem = (row: FeedRow): RpdeItem => ({
  state: row.state,
  kind: row.kind,
  id: idOf(row.listing),
  modified: row.changeNumber,
  ...(row.state === 'updated' ? { data: row.data } : {}),
})

export const rpdePage = (args: {
  feedURL: string
  after: number
  given: boolean
  rows: FeedRow[]
  license: string
}) => {
  const last = args.rows.at(-1)
  const next = last
    ? `${args.feedURL}?afterChangeNumber=${last.changeNumber}`
    : args.given
      ? `${args.feedURL}?afterChangeNumber=${args.after}`
      : args.feedURL
  return { next, items: args.rows.map(toRpdeItem), license: args.license }
}

/** A page with items may be cached an hour (it never changes); the last page only seconds. */
export const rpdeCacheControl = (items: number) =>
  items ? 'public, max-age=3600' : 'public, max-age=8'
