import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { type AccessFixtures, createAccessFixtures } from '../helpers/accessFixtures'
import { localDriver } from '../helpers/apiDrivers'
import { startPayload, type TestPayload } from '../helpers/payload'

/**
 * Scheduled publish and unpublish (Payload's schedulePublish on the jobs queue, as the admin's
 * "Plan publicatie" queues it): a job whose time has come runs, one still in the future does
 * not, and an unpublished listing leaves what residents can read and find.
 */
let t: TestPayload
let f: AccessFixtures
beforeAll(async () => {
  t = await startPayload()
  f = await createAccessFixtures(t.payload)
}, 120_000)
afterAll(async () => t?.stop())

const schedule = (
  type: 'publish' | 'unpublish',
  id: string,
  waitUntil: Date,
  user = f.users.editor.user!,
) =>
  t.payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type,
      doc: { relationTo: 'activities', value: id },
      user: { relationTo: 'users', value: user.id },
    },
    waitUntil,
  } as never)
const statusOf = async (id: string) =>
  (await t.payload.findByID({ collection: 'activities', id, overrideAccess: true, depth: 0 }))
    ._status

test('an unpublish whose time has come takes the listing off the public site; one still to come waits', async () => {
  const gone = f.docs.activities.pubA
  const later = f.docs.activities.pubB
  expect(await localDriver(t.payload).findIDs(f.users.anonymous, 'activities')).toEqual(
    expect.arrayContaining([gone, later]),
  )
  await schedule('unpublish', gone, new Date(Date.now() - 1000))
  await schedule('unpublish', later, new Date(Date.now() + 60 * 60 * 1000))
  await t.payload.jobs.run({ queue: 'default' })
  expect(await statusOf(gone)).toBe('draft')
  expect(await statusOf(later)).toBe('published')
  const visible = await localDriver(t.payload).findIDs(f.users.anonymous, 'activities')
  expect(visible).not.toContain(gone)
  expect(visible).toContain(later)
})

test('a scheduled publish by an editor puts a draft live at its time', async () => {
  const draft = f.docs.activities.draftA
  await schedule('publish', draft, new Date(Date.now() - 1000))
  await t.payload.jobs.run({ queue: 'default' })
  expect(await statusOf(draft)).toBe('published')
  expect(await localDriver(t.payload).findIDs(f.users.anonymous, 'activities')).toContain(draft)
})

test('a member who must submit for review cannot schedule a publish of their own (the job refuses it as their save would be)', async () => {
  const draft = f.docs.activities.draftB
  await schedule('publish', draft, new Date(Date.now() - 1000), f.users.memberB.user!)
  await t.payload.jobs.run({ queue: 'default' })
  expect(await statusOf(draft)).toBe('draft')
})
