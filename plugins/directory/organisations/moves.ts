import type { CollectionSlug, PayloadRequest } from 'payload'

import { relationID } from '../../../collections/access/getUserOrganisationIDs'
import { internalRequest } from '../../../collections/requests'

type ID = number

/** A hasMany link to organisations with `from` replaced by `into`, each once. */
const swapped = (links: unknown[] | null | undefined, from: ID, into: ID): ID[] => [
  ...new Set(
    (links ?? [])
      .map((link) => Number(relationID(link)))
      .filter(Number.isInteger)
      .map((o) => (o === from ? into : o)),
  ),
]

/**
 * A document with drafts, changed by `patch` (which returns null when the document does not
 * need it). Payload saves on top of the latest version, so a plain save would publish a draft
 * waiting for review; and a draft's save leaves the document's own row as it was. So the
 * latest version is saved as what it is (draft or published), and when that is a draft the
 * row (the published or first version) gets the same change directly; the caller refreshes
 * the search index and feed once for all.
 */
export const patchVersioned = async <T extends { id: ID; _status?: string | null }>(
  req: PayloadRequest,
  collection: 'activities' | 'openings' | 'venues' | 'organisations',
  id: ID,
  patch: (doc: T) => Record<string, unknown> | null,
): Promise<void> => {
  const as = { collection, id, depth: 0, overrideAccess: false, user: req.user, req } as const
  const row = (await req.payload.findByID({ ...as, draft: false })) as unknown as T
  const latest = (await req.payload.findByID({ ...as, draft: true })) as unknown as T
  const draft = latest._status === 'draft'
  const latestChange = patch(latest)
  if (latestChange) await req.payload.update({ ...as, data: latestChange, draft })
  const rowChange = draft ? patch(row) : null
  if (rowChange)
    await req.payload.db.updateOne({
      collection,
      id,
      data: { ...rowChange, updatedAt: new Date().toISOString() },
      req,
    })
}

/** Every id in `collection` whose `field` holds `from`, in the published rows and the latest drafts. */
export const idsWhere = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  field: string,
  from: ID,
  draft = true,
): Promise<ID[]> => {
  const as = {
    collection,
    where: { [field]: { equals: from } },
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: false,
    user: req.user,
    req: internalRequest(req),
  } as const
  const [published, drafts] = await Promise.all([
    req.payload.find(as),
    draft ? req.payload.find({ ...as, draft: true }) : { docs: [] },
  ])
  return [...new Set([...published.docs, ...drafts.docs].map((d) => Number(d.id)))]
}

/** One listing of `from` now of `into` (the merge then refreshes their search rows and feed items). */
export const moveListing = (
  req: PayloadRequest,
  collection: 'activities' | 'openings',
  id: ID,
  from: ID,
  into: ID,
) =>
  patchVersioned<{ id: ID; organisation?: unknown }>(req, collection, id, (doc) =>
    Number(relationID(doc.organisation)) === from ? { organisation: into } : null,
  )

/** A venue shared with `from` is shared with `into` (once). */
export const moveVenue = (req: PayloadRequest, id: ID, from: ID, into: ID) =>
  patchVersioned<{ id: ID; organisations?: unknown[] | null }>(req, 'venues', id, (doc) => {
    const ids = (doc.organisations ?? []).map((o) => Number(relationID(o)))
    return ids.includes(from) ? { organisations: swapped(doc.organisations, from, into) } : null
  })

/**
 * A member of `from` becomes a member of `into`; who already is keeps the higher role. Written
 * on the database: memberships are the administrators' field, and merging is the editors'
 * action that moves them as a whole.
 */
export const moveMemberships = async (req: PayloadRequest, from: ID, into: ID) => {
  const users = await req.payload.find({
    collection: 'users',
    where: { 'memberships.organisation': { equals: from } },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req: internalRequest(req),
  })
  for (const user of users.docs) {
    // One membership per organisation; of two, the owner's role wins. Each keeps its row's id.
    const rows = new Map<ID, { id?: string | null; organisation: ID; role: 'owner' | 'member' }>()
    for (const m of user.memberships ?? []) {
      const organisation = Number(relationID(m.organisation))
      if (!Number.isInteger(organisation)) continue
      const target = organisation === from ? into : organisation
      if (rows.get(target)?.role !== 'owner')
        rows.set(target, { id: m.id, organisation: target, role: m.role })
    }
    const kept = [...rows.values()]
    await req.payload.db.updateOne({
      collection: 'users',
      id: user.id,
      data: { memberships: kept },
      req,
    })
  }
  return users.docs.length
}

/** What a resident or partner sent to `from`, and its anonymous counts: now addressed to `into`. */
export const ADDRESSED: CollectionSlug[] = [
  'interests',
  'referrals',
  'listing-reports',
  'loket-requests',
  'import-runs',
  'interest-outcomes',
  'referral-outcomes',
]

/**
 * Rows whose `organisation` is fixed once sent (no one may change it over the API) are moved
 * on the database, inside the merge's transaction.
 */
export const moveAddressed = async (req: PayloadRequest, from: ID, into: ID) => {
  for (const collection of ADDRESSED)
    await req.payload.db.updateMany({
      collection,
      where: { organisation: { equals: from } },
      data: { organisation: into },
      req,
      returning: false,
    })
  const bookings = await idsWhere(req, 'room-bookings', 'organisations', from, false)
  for (const id of bookings) {
    const booking = await req.payload.findByID({
      collection: 'room-bookings',
      id,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    await req.payload.db.updateOne({
      collection: 'room-bookings',
      id,
      data: { organisations: swapped(booking.organisations, from, into) },
      req,
    })
  }
}
