import {
  commitTransaction,
  type Endpoint,
  initTransaction,
  killTransaction,
  type PayloadHandler,
  type PayloadRequest,
} from 'payload'

import { OPENING_KINDS } from '../../../src/lib/vocabulary'
import type { LoketRequest, Organisation } from '../../../src/payload-types'
import { errorResponse, refuseUnlessEditor } from './respond'

const alreadyConverted = (req: PayloadRequest) =>
  errorResponse(
    req,
    409,
    'Van deze aanvraag is al een organisatie gemaakt.',
    'An organisation was already created from this request.',
  )

const kindLabel = (kind: string) => OPENING_KINDS.find((k) => k.value === kind)?.label.nl ?? kind

/** The draft openings a request asks for: one per kind, to be completed by the editor or the employer. */
const draftOpeningsOf = (request: LoketRequest, organisation: Organisation['id']) =>
  request.kinds.map((kind) => ({
    kind,
    title: `${kindLabel(kind)} bij ${request.organisationName}`.slice(0, 120),
    summary:
      `${request.organisationName} biedt een ${kindLabel(kind).toLowerCase()} in ${request.place}.`.slice(
        0,
        200,
      ),
    description: request.message ?? undefined,
    organisation,
    hoursPerWeekMax: request.hoursPerWeek ?? undefined,
    placesTotal: request.placesCount ?? undefined,
    placesAvailable: request.placesCount ?? undefined,
    status: 'open' as const,
    // The employer was not asked; the editor or the employer answers when completing it.
    accessibility: { wheelchair: 'unknown' as const, dutchNeeded: 'unknown' as const },
    _status: 'draft' as const,
  }))

/** The request under the route's id, as the user may see it (null when there is none). */
const findRequest = async (req: PayloadRequest): Promise<LoketRequest | null> => {
  const id = req.routeParams?.id as string | undefined
  return id
    ? await req.payload.findByID({
        collection: 'loket-requests',
        id,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
        disableErrors: true,
      })
    : null
}

/** Marks the request converted unless it already is; returns whether this call did it. */
const claim = async (req: PayloadRequest, request: LoketRequest): Promise<boolean> => {
  const claimed = await req.payload.update({
    collection: 'loket-requests',
    where: { and: [{ id: { equals: request.id } }, { status: { not_equals: 'converted' } }] },
    data: { status: 'converted' },
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return claimed.docs.length === 1
}

/** Creates the draft organisation (type werkgever, the request's contact) and its draft openings; returns their ids. */
const createDrafts = async (req: PayloadRequest, request: LoketRequest) => {
  const { payload, user } = req
  const organisation = await payload.create({
    collection: 'organisations',
    data: {
      name: request.organisationName,
      type: 'werkgever',
      kvkNumber: request.kvkNumber ?? undefined,
      contact: { email: request.email, phone: request.phone ?? undefined },
      description: request.message ?? undefined,
      _status: 'draft',
    },
    draft: true,
    depth: 0,
    overrideAccess: false,
    user,
    req,
  })
  const openings = []
  for (const data of draftOpeningsOf(request, organisation.id)) {
    openings.push(
      (
        await payload.create({
          collection: 'openings',
          data,
          draft: true,
          depth: 0,
          overrideAccess: false,
          user,
          req,
        })
      ).id,
    )
  }
  return { organisation: organisation.id, openings }
}

/**
 * POST /api/loket-requests/:id/convert — the one action that turns an employer's request into
 * a draft organisation (type werkgever, the request's contact) with one draft opening per
 * kind asked for, and marks the request converted. Editors only; one transaction: all of it
 * or nothing. A request already converted is refused (409).
 */
const handler: PayloadHandler = async (req) => {
  const refused = refuseUnlessEditor(req)
  if (refused) return refused
  const request = await findRequest(req)
  if (!request)
    return errorResponse(req, 404, 'Deze aanvraag bestaat niet.', 'This request does not exist.')
  if (request.organisation || request.status === 'converted') return alreadyConverted(req)
  const own = await initTransaction(req)
  try {
    // Claim the request first, inside the transaction: of two clicks at once, one finds it taken.
    if (!(await claim(req, request))) {
      if (own) await killTransaction(req)
      return alreadyConverted(req)
    }
    const created = await createDrafts(req, request)
    await req.payload.update({
      collection: 'loket-requests',
      id: request.id,
      data: { organisation: created.organisation },
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    if (own) await commitTransaction(req)
    return Response.json(created, { status: 201 })
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}

export const convertLoketEndpoint: Endpoint = { path: '/:id/convert', method: 'post', handler }
