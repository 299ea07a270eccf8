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

/**
 * E-mails each organisation once about its listings not checked for `remindAfterDays`
 * (one reminder per listing until it is checked again), and hides listings not checked for
 * `hideAfterDays` from the public. A scheduled job: system access, not a request path.
 */
export const remindAndHideStale = async (
  req: PayloadRequest,
  now: Date,
  days: { remindAfterDays: number; hideAfterDays: number },
): Promise<{ reminded: number; hidden: number; emails: number }> => {
  const ago = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString()
  const byOrganisation = new Map<
    string,
    { collection: ListingSlug; id: number | string; title: string }[]
  >()
  let hidden = 0
  let reminded = 0

  for (const collection of SLUGS) {
    const stale = await req.payload.find({
      collection,
      req: internalRequest(req),
      depth: 0,
      pagination: false,
      where: { and: [LIVE, notCheckedSince(ago(days.hideAfterDays))] },
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
      hidden++
    }
    const due = await req.payload.find({
      collection,
      req: internalRequest(req),
      depth: 0,
      pagination: false,
      where: {
        and: [
          LIVE,
          notCheckedSince(ago(days.remindAfterDays)),
          { reminderSentAt: { exists: false } },
        ],
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

  let emails = 0
  for (const [organisation, listings] of byOrganisation) {
    const members = await req.payload.find({
      collection: hostSlugs(req.payload).users as 'users',
      req: internalRequest(req),
      depth: 0,
      pagination: false,
      where: { 'memberships.organisation': { equals: organisation } },
      select: { email: true },
    })
    const to = members.docs.map((u) => u.email).filter(Boolean)
    if (to.length) {
      await req.payload.sendEmail({
        to,
        ...staleReminderEmail(listings, req.payload.config.serverURL, days),
      })
      emails++
    }
    for (const listing of listings) {
      await req.payload.update({
        collection: listing.collection,
        id: listing.id,
        data: { reminderSentAt: now.toISOString() },
        depth: 0,
        req,
      })
      reminded++
    }
  }
  return { reminded, hidden, emails }
}
