import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals'
import type { SendEmailOptions } from 'payload'

import { DIRECTORY_QUEUE, TASKS } from '../../plugins/directory'
import { loggedEmails } from '../../src/email/createEmailAdapter'
import { localDriver } from '../helpers/apiDrivers'
import {
  type AccessFixtures,
  activityData,
  createAccessFixtures,
  openingData,
} from '../helpers/accessFixtures'
import { startPayload, type TestPayload } from '../helpers/payload'

/**
 * The nightly freshness job through Payload's real jobs queue, with the clock injected as the
 * job's input: a fixed "now" and listings dated relative to it.
 */
let t: TestPayload
let f: AccessFixtures
const NOW = new Date('2027-03-10T02:15:00.000Z')
const daysBefore = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString()
const day = (iso: string) => `${iso}T12:00:00.000Z`
/** An e-mail's recipients as address strings (the reminders go to a list of plain addresses). */
const addresses = (to: SendEmailOptions['to']): string[] =>
  to === undefined
    ? []
    : typeof to === 'string'
      ? [to]
      : Array.isArray(to)
        ? to.flatMap(addresses)
        : [to.address ?? '']
const sentTo = (m: SendEmailOptions, address: string) =>
  addresses(m.to).some((to) => to.includes(address))
/** An e-mail's plain text ('' when it has none). */
const textOf = (m: SendEmailOptions) => (typeof m.text === 'string' ? m.text : '')

beforeAll(async () => {
  t = await startPayload()
  f = await createAccessFixtures(t.payload)
}, 120_000)
afterAll(async () => t?.stop())
beforeEach(() => {
  loggedEmails.length = 0
})

const runJob = async (now = NOW) => {
  const job = await t.payload.jobs.queue({
    task: TASKS.freshness,
    input: { now: now.toISOString() },
    queue: DIRECTORY_QUEUE,
  })
  await t.payload.jobs.run({ queue: DIRECTORY_QUEUE })
  // A job that succeeded is deleted from the queue; one that failed stays, with its log.
  const left = await t.payload.findByID({
    collection: 'payload-jobs',
    id: job.id,
    overrideAccess: true,
    disableErrors: true,
  })
  expect(left && { error: left.error, log: left.log }).toBeNull()
}
const make = async (collection: 'activities' | 'openings', data: Record<string, unknown>) =>
  String((await t.payload.create({ collection, data: data as never, overrideAccess: true })).id)
const read = (collection: 'activities' | 'openings', id: string) =>
  t.payload.findByID({ collection, id, depth: 0, overrideAccess: true }) as unknown as Promise<
    Record<string, unknown>
  >
const orgA = () => Number(f.orgA)

test('unpublishes openings past validThrough and one-off activities that are over; leaves the rest', async () => {
  const expired = await make('openings', {
    ...openingData(orgA(), 'Verlopen plek', 'published'),
    validThrough: day('2027-03-09'),
    checkedOn: daysBefore(1),
  })
  const lastDay = await make('openings', {
    ...openingData(orgA(), 'Laatste dag vandaag', 'published'),
    validThrough: day('2027-03-10'),
    checkedOn: daysBefore(1),
  })
  const pastOnce = await make('activities', {
    ...activityData(orgA(), 'Eenmalig geweest', 'published'),
    checkedOn: daysBefore(1),
    schedule: { kind: 'once', date: day('2027-03-09'), startTime: '10:00', endTime: '12:00' },
  })
  const weekly = await make('activities', {
    ...activityData(orgA(), 'Elke week', 'published'),
    checkedOn: daysBefore(1),
  })

  await runJob()
  expect(await read('openings', expired)).toMatchObject({ _status: 'draft', status: 'closed' })
  expect(await read('openings', lastDay)).toMatchObject({ _status: 'published', status: 'open' })
  expect(await read('activities', pastOnce)).toMatchObject({ _status: 'draft' })
  expect(await read('activities', weekly)).toMatchObject({ _status: 'published' })
  const anonymous = await localDriver(t.payload).findIDs(f.users.anonymous, 'openings')
  expect(anonymous).not.toContain(expired)
})

test('reminds the members of an organisation once, by e-mail, after 150 days without a check', async () => {
  const due = await make('activities', {
    ...activityData(orgA(), 'Al lang niet gecontroleerd', 'published'),
    checkedOn: daysBefore(151),
  })
  const fresh = await make('activities', {
    ...activityData(orgA(), 'Net gecontroleerd', 'published'),
    checkedOn: daysBefore(149),
  })

  await runJob()
  const toA = loggedEmails.filter((m) => sentTo(m, 'membera@matrix.test'))
  expect(toA).toHaveLength(1)
  expect(toA[0]!.subject).toMatch(/Klopt je aanbod op Meedoen nog/)
  expect(textOf(toA[0]!)).toContain('Al lang niet gecontroleerd')
  expect(textOf(toA[0]!)).not.toContain('Net gecontroleerd')
  expect(
    loggedEmails.some((m) => sentTo(m, 'memberb@matrix.test') && textOf(m).includes('Al lang')),
  ).toBe(false)
  expect((await read('activities', due)).reminderSentAt).toBe(NOW.toISOString())
  expect((await read('activities', fresh)).reminderSentAt ?? null).toBeNull()
  expect((await read('activities', due)).staleHidden).toBe(false)

  loggedEmails.length = 0
  await runJob(new Date(NOW.getTime() + 86_400_000))
  expect(loggedEmails.filter((m) => textOf(m).includes('Al lang niet gecontroleerd'))).toHaveLength(
    0,
  )
})

test('hides listings after 180 days without a check until someone confirms them', async () => {
  const stale = await make('openings', {
    ...openingData(orgA(), 'Vergeten plek', 'published'),
    checkedOn: daysBefore(181),
  })
  await runJob()
  expect(await read('openings', stale)).toMatchObject({ staleHidden: true, _status: 'published' })
  const driver = localDriver(t.payload)
  expect(await driver.findIDs(f.users.anonymous, 'openings')).not.toContain(stale)
  expect(await driver.findIDs(f.users.memberA, 'openings')).toContain(stale)
  expect(await driver.findIDs(f.users.editor, 'openings')).toContain(stale)

  // The owner confirms it is still current (what the admin button does).
  await t.payload.update({
    collection: 'openings',
    id: stale,
    data: {},
    overrideAccess: false,
    user: f.users.memberA.user,
    context: { meedoenConfirmCurrent: true },
  })
  expect(await driver.findIDs(f.users.anonymous, 'openings')).toContain(stale)
})

test('the job is refused to anyone but admins through the jobs API', async () => {
  const res = await t.payload
    .find({ collection: 'payload-jobs', overrideAccess: false, user: f.users.editor.user })
    .then(
      () => 'allowed',
      (e: { status?: number }) => e.status,
    )
  expect(res).toBe(403)
})

test('the nightly run moves "next time" in the search index forward', async () => {
  const { sqlExecutor } = await import('../../src/db/sqlExecutor')
  const id = await make('activities', {
    ...activityData(orgA(), 'Elke dinsdag', 'published'),
    checkedOn: daysBefore(1),
  })
  const nextStart = async () =>
    (
      await sqlExecutor(t.payload).all<{ next_start: string }>(
        "SELECT doc ->> '$.nextStart' AS next_start FROM search_docs WHERE key = ?",
        [`activities/${id}`],
      )
    )[0]!.next_start
  // Indexed today (November 2026); the injected clock says March 2027.
  expect((await nextStart()) < NOW.toISOString()).toBe(true)
  await runJob()
  const next = await nextStart()
  expect(next > NOW.toISOString()).toBe(true)
  expect(new Date(next).getUTCDay()).toBe(2) // Tuesday 10:00 in Amsterdam is 09:00 UTC on Tuesday
})
