import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { z } from 'zod'

import { systemRequest } from '../../../collections/requests'
import { contactKey } from '../../../src/lib/contact'
import type { Interest, Referral } from '../../../src/payload-types'
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

const exportView = (i: Interest) => {
  const listing = typeof i.listing.value === 'object' ? i.listing.value : null
  const organisation = typeof i.organisation === 'object' ? i.organisation : null
  return {
    id: i.id,
    receivedAt: i.createdAt,
    listing: listing ? { title: listing.title, kind: i.listingKind } : null,
    organisation: organisation?.name ?? null,
    name: i.name,
    contactBy: i.contactBy,
    email: i.email ?? null,
    phone: i.phone ?? null,
    message: i.message ?? null,
    consent: { given: i.consent, notice: i.consentVersion },
    status: i.status,
    noteByOrganisation: i.note ?? null,
    deleteAfter: i.deleteAfter ?? null,
  }
}

const referralView = (r: Referral) => {
  const listing = typeof r.listing.value === 'object' ? r.listing.value : null
  const organisation = typeof r.organisation === 'object' ? r.organisation : null
  const referrer = typeof r.referredBy === 'object' ? r.referredBy : null
  return {
    id: r.id,
    referredAt: r.createdAt,
    listing: listing ? { title: listing.title, kind: r.listingKind } : null,
    organisation: organisation?.name ?? null,
    referredBy: referrer?.name ?? null,
    clientName: r.clientName,
    contactBy: r.contactBy,
    email: r.email ?? null,
    phone: r.phone ?? null,
    support: r.support ?? null,
    note: r.note ?? null,
    rungNow: r.currentRung ?? null,
    consent: { given: r.consent, notice: r.consentVersion },
    status: r.status,
    answer: r.response ?? null,
    deleteAfter: r.deleteAfter ?? null,
  }
}

/** One person's interests or referrals, read as the editor (so the reads are logged as an export). */
const findPerson = <Slug extends 'interests' | 'referrals'>(
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
const eraseLogged = async (req: PayloadRequest, about: 'interests' | 'referrals', key: string) => {
  const deleted = await req.payload.delete({
    collection: about,
    where: { contactKey: { equals: key } },
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
    context: { interestLogAction: 'erase' },
  })
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
    alertsDeleted: alerts.docs.length,
    errors: deleted.errors.length + referrals.errors.length + alerts.errors.length,
  })
}

export const personDataEndpoints: Endpoint[] = [
  { path: '/person', method: 'get', handler: exportHandler },
  { path: '/person/erase', method: 'post', handler: eraseHandler },
]
