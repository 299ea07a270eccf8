import type { Endpoint, Payload, PayloadHandler, PayloadRequest, TypedUser } from 'payload'

import { countOwned } from '../../../collections/Organisations/keepReferenced'
import { internalRequest } from '../../../collections/requests'
import { normaliseKvk } from '../../../src/lib/kvk'
import { duplicatePairs, type OrgCandidate, orgNameKey } from '../../../src/lib/orgName'
import type { Organisation } from '../../../src/payload-types'
import { errorResponse, refuseUnlessEditor } from '../endpoints/respond'

/**
 * Every organisation's name, KvK number and dismissed pairs, as saved (a new name waiting for
 * review is not the name yet; the dismissed pairs are kept on the saved row only).
 */
const candidates = async (
  req: Pick<PayloadRequest, 'payload' | 'user'> & Partial<PayloadRequest>,
): Promise<OrgCandidate[]> => {
  const { docs } = await req.payload.find({
    collection: 'organisations',
    depth: 0,
    pagination: false,
    select: { name: true, kvkNumber: true, notDuplicateOf: true },
    overrideAccess: false,
    user: req.user,
    ...(req.context ? { req: internalRequest(req as PayloadRequest) } : {}),
  })
  return docs.map((o) => ({
    id: o.id,
    name: o.name,
    kvkNumber: o.kvkNumber,
    notDuplicateOf: (o.notDuplicateOf ?? []).map((d) => (typeof d === 'number' ? d : d.id)),
  }))
}

/** How many pairs the "mogelijk dubbel" list has, for the editors' dashboard. */
export const countDuplicateOrganisations = async (payload: Payload, user: TypedUser) =>
  duplicatePairs(await candidates({ payload, user })).length

/** What an editor needs to choose which of two to keep: where it is, what it has, since when. */
const summary = async (req: PayloadRequest, id: number) => {
  const as = { overrideAccess: false, user: req.user, req: internalRequest(req) } as const
  const org: Organisation = await req.payload.findByID({
    collection: 'organisations',
    id,
    draft: true,
    depth: 0,
    ...as,
  })
  const [owned, members] = await Promise.all([
    countOwned(req, id),
    req.payload.count({
      collection: 'users',
      where: { 'memberships.organisation': { equals: id } },
      ...as,
    }),
  ])
  return {
    id,
    name: org.name,
    slug: org.slug ?? null,
    kvkNumber: org.kvkNumber ?? null,
    city: org.address?.city ?? null,
    status: org._status ?? null,
    createdAt: org.createdAt,
    counts: { ...owned, members: members.totalDocs },
  }
}

/** GET /api/organisations/duplicates — the "mogelijk dubbel" list: pairs, each with both sides summed up. Editors only. */
const duplicatesHandler: PayloadHandler = async (req) => {
  const refused = refuseUnlessEditor(req)
  if (refused) return refused
  const pairs = duplicatePairs(await candidates(req))
  const docs = []
  for (const pair of pairs)
    docs.push({
      reason: pair.reason,
      keep: await summary(req, pair.keep),
      other: await summary(req, pair.other),
    })
  return Response.json({ totalDocs: docs.length, docs })
}

/**
 * GET /api/organisations/similar?name=…&kvk=…&id=… — while an editor types a name or KvK
 * number: the organisations that may be the same one (the document itself left out).
 */
const similarHandler: PayloadHandler = async (req) => {
  const refused = refuseUnlessEditor(req)
  if (refused) return refused
  const query = req.query ?? {}
  const text = (key: string) => (typeof query[key] === 'string' ? query[key] : '')
  const key = orgNameKey(text('name').slice(0, 200))
  const kvk = normaliseKvk(text('kvk').slice(0, 20))
  const self = Number(text('id')) || null
  if (!key && !kvk) return Response.json({ docs: [] })
  const docs = (await candidates(req))
    .filter((o) => o.id !== self && !o.notDuplicateOf?.includes(self ?? -1))
    .filter((o) => (key && orgNameKey(o.name) === key) || (kvk && o.kvkNumber === kvk))
    .slice(0, 5)
    .map((o) => ({ id: o.id, name: o.name, kvkNumber: o.kvkNumber ?? null }))
  return Response.json({ docs })
}

/** POST /api/organisations/:id/not-duplicate { of } — an editor says two organisations are not the same one. */
const notDuplicateHandler: PayloadHandler = async (req) => {
  const refused = refuseUnlessEditor(req)
  if (refused) return refused
  const id = Number(req.routeParams?.id)
  const body = (await req.json?.().catch(() => null)) as { of?: unknown } | null
  const of = Number(body?.of)
  if (!Number.isInteger(id) || !Number.isInteger(of) || id === of)
    return errorResponse(
      req,
      400,
      'Geef twee verschillende organisaties op.',
      'Give two different organisations.',
    )
  const list = await candidates(req)
  const org = list.find((o) => o.id === id)
  if (!org || !list.some((o) => o.id === of))
    return errorResponse(
      req,
      404,
      'Deze organisatie bestaat niet.',
      'This organisation does not exist.',
    )
  // The editors' own field, which no one edits over the API: written on the database.
  await req.payload.db.updateOne({
    collection: 'organisations',
    id,
    data: { notDuplicateOf: [...new Set([...(org.notDuplicateOf ?? []), of])] },
    req,
  })
  return Response.json({ id, notDuplicateOf: of })
}

export const duplicateEndpoints: Endpoint[] = [
  { path: '/duplicates', method: 'get', handler: duplicatesHandler },
  { path: '/similar', method: 'get', handler: similarHandler },
  { path: '/:id/not-duplicate', method: 'post', handler: notDuplicateHandler },
]
