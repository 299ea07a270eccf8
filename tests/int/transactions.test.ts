import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { type AccessFixtures, activityData, createAccessFixtures } from '../helpers/accessFixtures'
import { startPayload, type TestPayload } from '../helpers/payload'

/** Transactions are on and serialised: concurrent saves all land, none fails with SQLITE_BUSY. */
let t: TestPayload
let f: AccessFixtures
beforeAll(async () => {
  t = await startPayload()
  f = await createAccessFixtures(t.payload)
}, 120_000)
afterAll(async () => t?.stop())

test('20 concurrent saves by different users all succeed', async () => {
  const actors = [f.users.memberA, f.users.editor, f.users.admin, f.users.memberA]
  const results = await Promise.allSettled(
    Array.from({ length: 20 }, (_, i) =>
      t.payload.create({
        collection: 'activities',
        data: activityData(f.orgA, `Gelijktijdig ${i}`) as never,
        draft: true,
        overrideAccess: false,
        user: actors[i % actors.length]!.user,
      }),
    ),
  )
  expect(results.filter((r) => r.status === 'rejected').map((r) => String(r.reason))).toEqual([])
  const stored = await t.payload.count({
    collection: 'activities',
    where: { title: { like: 'Gelijktijdig' } },
    overrideAccess: true,
  })
  expect(stored.totalDocs).toBe(20)
})

test('a save refused by a hook after validation leaves nothing behind', async () => {
  const { totalDocs: before } = await t.payload.count({
    collection: 'activities',
    overrideAccess: true,
  })
  // Members of an unverified organisation may not publish: refused in beforeChange.
  await expect(
    t.payload.create({
      collection: 'activities',
      data: activityData(Number(f.orgB), 'Mag niet live', 'published') as never,
      overrideAccess: false,
      user: f.users.memberB.user,
    }),
  ).rejects.toMatchObject({ status: 403 })
  expect(
    (await t.payload.count({ collection: 'activities', overrideAccess: true })).totalDocs,
  ).toBe(before)
})
