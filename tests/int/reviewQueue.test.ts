import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { countReviewQueue, queueListURL } from '../../plugins/directory/reviewQueue'
import { type AccessFixtures, createAccessFixtures, openingData } from '../helpers/accessFixtures'
import { startPayload, type TestPayload } from '../helpers/payload'

/** The dashboard's "waiting for action" counts, as each viewer may see them. */
let t: TestPayload
let f: AccessFixtures
beforeAll(async () => {
  t = await startPayload()
  f = await createAccessFixtures(t.payload)
}, 120_000)
afterAll(async () => t?.stop())

const now = new Date()
const q = { now, hideAfterDays: 180 }
const daysAgo = (n: number) => new Date(now.getTime() - n * 24 * 60 * 60 * 1000).toISOString()

test('counts what awaits review or changes, what is hidden, reminded, going stale or has no location, per viewer', async () => {
  const asMemberB = { overrideAccess: false, user: f.users.memberB.user, draft: true } as const
  await t.payload.create({
    collection: 'openings',
    data: openingData(Number(f.orgB), 'Nieuw van B') as never,
    ...asMemberB,
  })
  // A pending edit of a published listing lives in its versions; it counts too.
  await t.payload.update({
    collection: 'activities',
    id: f.docs.activities.pubB,
    data: { title: 'Bewerkt door B', _status: 'draft' },
    ...asMemberB,
  })
  await t.payload.update({
    collection: 'activities',
    id: f.docs.activities.pubA,
    data: { staleHidden: true },
    overrideAccess: true,
  })
  await t.payload.update({
    collection: 'openings',
    id: f.docs.openings.pubA,
    data: { reminderSentAt: now.toISOString(), checkedOn: daysAgo(160) },
    overrideAccess: true,
  })
  // Checked 100 days ago: not yet within 30 days of being hidden (at 180).
  await t.payload.update({
    collection: 'openings',
    id: f.docs.openings.pubB,
    data: { checkedOn: daysAgo(100) },
    overrideAccess: true,
  })
  await t.payload.update({
    collection: 'venues',
    id: f.docs.venues.pubA,
    data: { locationStatus: 'not_verified' },
    overrideAccess: true,
    context: { geocode: false },
  })
  await t.payload.update({
    collection: 'activities',
    id: f.docs.activities.draftA,
    data: { venue: Number(f.docs.venues.pubA), locationKind: 'venue' },
    overrideAccess: true,
    draft: true,
  })

  expect(await countReviewQueue(t.payload, f.users.editor.user, q)).toEqual({
    awaitingReview: { activities: 1, openings: 1 },
    hidden: { activities: 1 },
    reminded: { openings: 1 },
    noLocation: { venues: 1, activities: 1 },
  })
  expect(await countReviewQueue(t.payload, f.users.memberA.user, q)).toEqual({
    goingStale: { openings: 1 },
    hidden: { activities: 1 },
    reminded: { openings: 1 },
    noLocation: { venues: 1, activities: 1 },
  })
  expect((await countReviewQueue(t.payload, f.users.memberB.user, q)).awaitingReview).toEqual({
    activities: 1,
    openings: 1,
  })
  expect(await countReviewQueue(t.payload, f.users.professional.user, q)).toEqual({})
})

test('links to the admin list filtered to the queue', () => {
  expect(queueListURL('/admin', 'openings', 'awaitingReview', q)).toBe(
    '/admin/collections/openings?where%5BreviewState%5D%5Bequals%5D=awaiting_review',
  )
  expect(queueListURL('/admin', 'activities', 'reminded', q)).toBe(
    '/admin/collections/activities?where%5Band%5D%5B0%5D%5BreminderSentAt%5D%5Bexists%5D=true&where%5Band%5D%5B1%5D%5BstaleHidden%5D%5Bnot_equals%5D=true',
  )
})
