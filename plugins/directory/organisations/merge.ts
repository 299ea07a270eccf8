import {
  commitTransaction,
  type Endpoint,
  initTransaction,
  killTransaction,
  type PayloadHandler,
  type PayloadRequest,
} from 'payload'

import type { Organisation } from '../../../src/payload-types'
import { refreshFeedWhere } from '../openactive/feedWriter'
import { reindexListingsWhere } from '../search/indexListings'
import { errorResponse, refuseUnlessEditor } from '../endpoints/respond'
import {
  idsWhere,
  moveAddressed,
  moveListing,
  moveMemberships,
  moveVenue,
  patchVersioned,
} from './moves'

const findOrganisation = (req: PayloadRequest, id: number): Promise<Organisation | null> =>
  req.payload.findByID({
    collection: 'organisations',
    id,
    // The saved row: the merge's own fields (former addresses) are kept there only.
    draft: false,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
    disableErrors: true,
  })

/** What the kept organisation lacks and the merged one has: its KvK number, contact, description. */
const gapsFilled = (keep: Organisation, merged: Organisation) => {
  const contact = { ...merged.contact, ...dropEmpty(keep.contact ?? {}) }
  const data: Record<string, unknown> = {}
  if (!keep.kvkNumber && merged.kvkNumber) data.kvkNumber = merged.kvkNumber
  if (!keep.description && merged.description) data.description = merged.description
  if (JSON.stringify(contact) !== JSON.stringify({ ...keep.contact })) data.contact = contact
  return data
}

const dropEmpty = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v))

/** Moves everything of `from` to `into`, deletes `from`, and makes its address redirect. */
const merge = async (req: PayloadRequest, from: Organisation, into: Organisation) => {
  const moved = { activities: 0, openings: 0, venues: 0, members: 0 }
  for (const collection of ['activities', 'openings'] as const) {
    const ids = await idsWhere(req, collection, 'organisation', from.id)
    for (const id of ids) await moveListing(req, collection, id, from.id, into.id)
    moved[collection] = ids.length
  }
  const venues = await idsWhere(req, 'venues', 'organisations', from.id)
  for (const id of venues) await moveVenue(req, id, from.id, into.id)
  moved.venues = venues.length
  moved.members = await moveMemberships(req, from.id, into.id)
  await moveAddressed(req, from.id, into.id)
  await req.payload.delete({
    collection: 'organisations',
    id: from.id,
    overrideAccess: false,
    user: req.user,
    req,
  })
  // Its KvK number is free only now (it is unique); the merge's own fields are not editable.
  await patchVersioned<Organisation>(req, 'organisations', into.id, (doc) => {
    const data = gapsFilled(doc, from)
    return Object.keys(data).length ? data : null
  })
  await req.payload.db.updateOne({
    collection: 'organisations',
    id: into.id,
    data: {
      formerSlugs: [
        ...new Set([...(into.formerSlugs ?? []), from.slug, ...(from.formerSlugs ?? [])]),
      ].filter(Boolean),
    },
    req,
  })
  await reindexListingsWhere(req, 'organisation', into.id)
  await refreshFeedWhere(req, 'organisation', into.id)
  return moved
}

/**
 * POST /api/organisations/:id/merge { into } — the editors' merge of an organisation entered
 * twice: its listings, venues, members and what residents and partners sent it move to `into`;
 * it is deleted and its page redirects to the kept one. One transaction: all or nothing.
 */
const handler: PayloadHandler = async (req) => {
  const refused = refuseUnlessEditor(req)
  if (refused) return refused
  const body = (await req.json?.().catch(() => null)) as { into?: unknown } | null
  const fromID = Number(req.routeParams?.id)
  const intoID = Number(body?.into)
  if (!Number.isInteger(fromID) || !Number.isInteger(intoID) || fromID === intoID)
    return errorResponse(
      req,
      400,
      'Kies twee verschillende organisaties om samen te voegen.',
      'Choose two different organisations to merge.',
    )
  const [from, into] = await Promise.all([
    findOrganisation(req, fromID),
    findOrganisation(req, intoID),
  ])
  if (!from || !into)
    return errorResponse(
      req,
      404,
      'Een van deze organisaties bestaat niet (meer).',
      'One of these organisations does not exist (any more).',
    )
  const own = await initTransaction(req)
  try {
    const moved = await merge(req, from, into)
    if (own) await commitTransaction(req)
    return Response.json({ into: into.id, slug: into.slug, moved })
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}

export const mergeEndpoint: Endpoint = { path: '/:id/merge', method: 'post', handler }
