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

test('counts what awaits review, what is hidden and what was reminded, per viewer', async () => {
  const asMemberB = { overrideAccess: false, user: f.users.memberB.user, draft: true } as const
  await t.payload.create({ collection: 'openings', data: openingData(Number(f.orgB), 'Nieuw van B') as never, ...asMemberB })
  // A pending edit of a published listing lives in its versions; it counts too.
  await t.payload.update({ collection: 'activities', id: f.docs.activities.pubB, data: { title: 'Bewerkt door B', _status: 'draft' }, ...asMemberB })
  await t.payload.update({ collection: 'activities', id: f.docs.activities.pubA, data: { staleHidden: true }, overrideAccess: true })
  await t.payload.update({ collection: 'openings', id: f.docs.openings.pubA, data: { reminderSentAt: new Date().toISOString() }, overrideAccess: true })

  expect(await countReviewQueue(t.payload, f.users.editor.user)).toEqual({
    awaitingReview: { activities: 1, openings: 1 },
    hidden: { activities: 1, openings: 0 },
    reminded: { activities: 0, openings: 1 },
  })
  expect(await countReviewQueue(t.payload, f.users.memberA.user)).toEqual({
    awaitingReview: { activities: 0, openings: 0 },
    hidden: { activities: 1, openings: 0 },
    reminded: { activities: 0, openings: 1 },
  })
  expect((await countReviewQueue(t.payload, f.users.memberB.user)).awaitingReview).toEqual({ activities: 1, openings: 1 })
})

test('links to the admin list filtered to the queue', () => {
  expect(queueListURL('/admin', 'openings', 'awaitingReview')).toBe('/admin/collections/openings?where%5BreviewState%5D%5Bequals%5D=awaiting_review')
  expect(queueListURL('/admin', 'activities', 'reminded')).toBe(
    '/admin/collections/activities?where%5Band%5D%5B0%5D%5BreminderSentAt%5D%5Bexists%5D=true&where%5Band%5D%5B1%5D%5BstaleHidden%5D%5Bnot_equals%5D=true',
  )
})
