import type { PayloadRequest, Where } from 'payload'

import { relationID } from '../../../collections/access/getUserOrganisationIDs'
import { notCheckedSince } from '../../../collections/access/visibleNow'
import { staleReminderEmail } from './staleReminderEmail'
import { internalRequest } from '../../../collections/requests'

import type { ListingSlug } from '../constants'
import { hostSlugs } from '../../../collections/hostSlugs'
const SLUGS: ListingSlug[] = ['activities', 'openings']

const LIVE: Where = {
  and: [{ _status: { equals: 'published' } }, { staleHidden: { not_equals: true } }],
}

type Days = { remindAfterDays: number; hideAfterDays: number }
type DueListing = { collection: ListingSlug; id: number | string; title: string }

/** Hides the live listings of a collection not checked since `before`; returns how many. */
const hideStale = async (req: PayloadRequest, collection: ListingSlug, before: string) => {
  const stale = await req.payload.find({
    collection,
    req: internalRequest(req),
    depth: 0,
    pagination: false,
    where: { and: [LIVE, notCheckedSince(before)] },
    select: {},
  })
  for (const doc of stale.docs) {
    await req.payload.update({
      collection,
      id: doc.id,
      data: { staleHidden: true },
      depth: 0,
      req,
    })
  }
  return stale.docs.length
}

/** Adds the live listings of a collection not checked since `before` and not yet reminded about, per organisation. */
const collectDue = async (
  req: PayloadRequest,
  collection: ListingSlug,
  before: string,
  byOrganisation: Map<string, DueListing[]>,
) => {
  const due = await req.payload.find({
    collection,
    req: internalRequest(req),
    depth: 0,
    pagination: false,
    where: {
      and: [LIVE, notCheckedSince(before), { reminderSentAt: { exists: false } }],
    },
    select: { title: true, organisation: true },
  })
  for (const doc of due.docs) {
    const key = String(relationID(doc.organisation))
    byOrganisation.set(key, [
      ...(byOrganisation.get(key) ?? []),
      { collection, id: doc.id, title: doc.title },
    ])
  }
}

/** E-mails an organisation's members about its listings (when it has members with an address); returns whether it did. */
const emailOrganisation = async (
  req: PayloadRequest,
  organisation: string,
  listings: DueListing[],
  days: Days,
) => {
  const members = await req.payload.find({
    collection: hostSlugs(req.payload).users as 'users',
    req: internalRequest(req),
    depth: 0,
    pagination: false,
    where: { 'memberships.organisation': { equals: organisation } },
    select: { email: true },
  })
  const to = members.docs.map((u) => u.email).filter(Boolean)
  if (!to.length) return false
  await req.payload.sendEmail({
    to,
    ...staleReminderEmail(listings, req.payload.config.serverURL, days),
  })
  return true
}

/** Marks the listings as reminded at `now`. */
const markReminded = async (req: PayloadRequest, listings: DueListing[], now: Date) => {
  for (const listing of listings) {
    await req.payload.update({
      collection: listing.collection,
      id: listing.id,
      data: { reminderSentAt: now.toISOString() },
      depth: 0,
      req,
    })
  }
}

/**
 * E-mails each organisation once about its listings not checked for `remindAfterDays`
 * (one reminder per listing until it is checked again), and hides listings not checked for
 * `hideAfterDays` from the public. A scheduled job: system access, not a request path.
 */
export const remindAndHideStale = async (
  req: PayloadRequest,
  now: Date,
  days: Days,
): Promise<{ reminded: number; hidden: number; emails: number }> => {
  const ago = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString()
  const byOrganisation = new Map<string, DueListing[]>()
  let hidden = 0
  for (const collection of SLUGS) {
    hidden += await hideStale(req, collection, ago(days.hideAfterDays))
    await collectDue(req, collection, ago(days.remindAfterDays), byOrganisation)
  }
  let emails = 0
  let reminded = 0
  for (const [organisation, listings] of byOrganisation) {
    if (await emailOrganisation(req, organisation, listings, days)) emails++
    await markReminded(req, listings, now)
    reminded += listings.length
  }
  return { reminded, hidden, emails }
}
