import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { z } from 'zod'

import { systemRequest } from '../../../collections/requests'
import { contactKey } from '../../../src/lib/contact'
import { exportView, referralView, roomRequestView } from './personViews'
import { errorResponse, refuseUnlessEditor } from './respond'
import { internalRequest } from '../../../collections/requests'
import { forgetErased } from '../search/backend'

const contactSchema = z.object({ contact: z.string().trim().min(5).max(200) })

/** The person's e-mail address or phone number from the query (export) or the JSON body (erase). */
const contactOf = async (req: PayloadRequest, from: 'query' | 'body'): Promise<string | null> => {
  const raw: unknown =
    from === 'query'
      ? { contact: req.searchParams.get('contact') ?? undefined }
      : await req.json?.().catch(() => null)
  const parsed = contactSchema.safeParse(raw ?? {})
  return parsed.success ? contactKey(parsed.data.contact) : null
}

const badContact = (req: PayloadRequest) =>
  errorResponse(
    req,
    400,
    'Vul een e-mailadres of telefoonnummer in (contact).',
    'Enter an e-mail address or phone number (contact).',
  )

/** One person's interests, referrals or room requests, read as the editor (so the reads are logged as an export). */
const findPerson = <Slug extends 'interests' | 'referrals' | 'room-bookings'>(
  req: PayloadRequest,
  collection: Slug,
  key: string,
) =>
  req.payload.find({
    collection,
    where: { contactKey: { equals: key } },
    pagination: false,
    depth: 1,
    overrideAccess: false,
    user: req.user,
    req: internalRequest(req),
    context: { interestLogAction: 'export' },
  })

/**
 * GET /api/interests/person?contact=… — everything Meedoen holds about one person (an access
 * request under the GDPR), as a JSON download. Editors only; logged as an export.
 */
const exportHandler: PayloadHandler = async (req) => {
  const refused = refuseUnlessEditor(req)
  if (refused) return refused
  const key = await contactOf(req, 'query')
  if (!key) return badContact(req)
  const found = await findPerson(req, 'interests', key)
  const referrals = await findPerson(req, 'referrals', key)
  const rooms = await findPerson(req, 'room-bookings', key)
  const alerts = await req.payload.find({
    collection: 'alerts',
    where: { contactKey: { equals: key } },
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req: internalRequest(req),
  })
  const body = {
    exportedAt: new Date().toISOString(),
    contact: key,
    interests: found.docs.map(exportView),
    referrals: referrals.docs.map(referralView),
    roomRequests: rooms.docs.map(roomRequestView),
    alerts: alerts.docs.map((a) => ({
      email: a.email,
      search: a.query,
      language: a.locale,
      consent: a.consent,
      status: a.status,
      createdAt: a.createdAt,
      confirmedAt: a.confirmedAt ?? null,
      lastSentAt: a.lastSentAt ?? null,
    })),
  }
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="meedoen-gegevens.json"',
      'cache-control': 'no-store',
    },
  })
}

/** Deletes one person's interests or referrals as the editor, with one erase line in the log. */
const eraseLogged = async (
  req: PayloadRequest,
  about: 'interests' | 'referrals' | 'room-bookings',
  key: string,
) => {
  const deleted = await req.payload.delete({
    collection: about,
    where: { contactKey: { equals: key } },
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
    context: { interestLogAction: 'erase' },
  })
  // The request itself is logged once (with the interests, also when none were found); the
  // other kinds only when something of that kind was erased.
  if (about !== 'interests' && deleted.docs.length === 0) return deleted
  await req.payload.create({
    collection: 'interest-log',
    data: {
      about,
      action: 'erase',
      user: req.user!.id,
      count: deleted.docs.length,
      interests: deleted.docs.map((d) => d.id).join(','),
    },
    req: systemRequest(req, 'interest-log'),
    overrideAccess: false,
  })
  return deleted
}

/**
 * POST /api/interests/person/erase {"contact": "…"} — deletes every interest
 * and every referral of one person (an erasure request). Editors only; logged with the count.
 * The anonymous counts stay.
 */
const eraseHandler: PayloadHandler = async (req) => {
  const refused = refuseUnlessEditor(req)
  if (refused) return refused
  const key = await contactOf(req, 'body')
  if (!key) return badContact(req)
  const deleted = await eraseLogged(req, 'interests', key)
  const referrals = await eraseLogged(req, 'referrals', key)
  const rooms = await eraseLogged(req, 'room-bookings', key)
  const alerts = await req.payload.delete({
    collection: 'alerts',
    where: { contactKey: { equals: key } },
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  // The erased rows leave the database files now (on SQLite: out of the WAL), not at some later compaction.
  await forgetErased(req.payload)
  return Response.json({
    deleted: deleted.docs.length,
    referralsDeleted: referrals.docs.length,
    roomRequestsDeleted: rooms.docs.length,
    alertsDeleted: alerts.docs.length,
    errors: [deleted, referrals, rooms, alerts].reduce((n, r) => n + r.errors.length, 0),
  })
}

export const personDataEndpoints: Endpoint[] = [
  { path: '/person', method: 'get', handler: exportHandler },
  { path: '/person/erase', method: 'post', handler: eraseHandler },
]
