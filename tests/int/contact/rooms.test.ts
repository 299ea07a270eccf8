/**
 * Longer than 200 lines because the rules of a room request — who may ask and for what, who
 * reads and answers, the time an acceptance holds (also against a second acceptance at the same
 * moment), the e-mails with the .ics, and retention — share one started Payload and its helpers.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { TypedUser } from 'payload'

import { type AccessFixtures, createAccessFixtures } from '../../helpers/accessFixtures'
import { mailsDuring as mailsOf } from '../../helpers/mailsDuring'
import { allDocs, startPayload, type TestPayload } from '../../helpers/payload'

let t: TestPayload
let f: AccessFixtures
let roomId: string
let venue: number
beforeAll(async () => {
  t = await startPayload()
  f = await createAccessFixtures(t.payload)
  venue = Number(f.docs.venues.pubA)
  const updated = await t.payload.update({
    collection: 'venues',
    id: venue,
    data: {
      rooms: [
        {
          name: 'Grote zaal',
          capacity: 20,
          stepFree: 'yes',
          bookable: true,
          facilities: ['kitchen'],
        },
        { name: 'Kantoor', capacity: 4, stepFree: 'unknown', bookable: false },
      ],
    },
    overrideAccess: true,
  })
  roomId = updated.rooms![0]!.id!
}, 120_000)
afterAll(async () => t?.stop())

const DAY = 24 * 60 * 60 * 1000
const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10)
type Data = Record<string, unknown>
const request = (extra: Data = {}) => ({
  venue,
  roomId,
  date: inDays(10),
  start: '14:00',
  end: '16:00',
  purpose: 'Repair café',
  people: 12,
  groupName: 'Bewonersgroep De Linde',
  contactName: 'Karin',
  email: 'karin@linde.test',
  consent: true,
  ...extra,
})
const ask = (extra: Data = {}, user: TypedUser | null = null) =>
  t.payload.create({
    collection: 'room-bookings',
    data: request(extra) as never,
    overrideAccess: false,
    user,
    depth: 0,
  })
const answer = (
  id: number,
  status: string,
  user: TypedUser | null | undefined = f.users.memberA.user,
) =>
  t.payload.update({
    collection: 'room-bookings',
    id,
    data: { status } as never,
    overrideAccess: false,
    user: user ?? undefined,
  })
const slots = async () => allDocs(t.payload, 'room-slots')
const mailsDuring = (run: () => Promise<unknown>) => mailsOf(t.payload, run)
const runJobs = () => t.payload.jobs.run({ queue: 'directory', limit: 100 })

describe('asking for a room', () => {
  test("a request is stored for the venue's organisations; they are e-mailed without the requester's details", async () => {
    const mails = await mailsDuring(async () => {
      const made = await ask({ status: 'accepted', organisations: [Number(f.orgB)] })
      expect(made).toMatchObject({
        status: 'requested',
        roomName: 'Grote zaal',
        organisations: [Number(f.orgA)],
        contactKey: 'karin@linde.test',
      })
      await runJobs()
    })
    expect(mails.map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Aanvraag ruimte: Grote zaal, \w+dag \d+ \w+$/),
    ])
    expect(JSON.stringify(mails)).not.toMatch(/Karin|karin@linde/)
    expect((await slots()).length).toBe(0)
  })

  test('refused with a clear 400 and nothing stored: a room not offered, a past or bad time, too many people, no consent; logged-in staff do not post here', async () => {
    const before = (await allDocs(t.payload, 'room-bookings')).length
    const kantoor = (
      await t.payload.findByID({ collection: 'venues', id: venue, overrideAccess: true })
    ).rooms![1]!.id
    const cases: [Data, RegExp][] = [
      [{ roomId: kantoor }, /niet via Meedoen aanvragen/],
      [{ roomId: 'bestaat-niet' }, /niet via Meedoen aanvragen/],
      [{ date: inDays(-1) }, /al voorbij/],
      [{ date: '2026-02-30' }, /bestaande datum/],
      [{ start: '14:10' }, /op het kwartier/],
      [{ end: '13:00' }, /na de begintijd/],
      [{ people: 21 }, /hoogstens 20 mensen/],
      [{ consent: false }, /toestemming/],
    ]
    for (const [extra, message] of cases)
      await expect(ask(extra)).rejects.toMatchObject({ status: 400, message })
    await expect(ask({}, f.users.memberA.user)).rejects.toMatchObject({ status: 403 })
    expect((await allDocs(t.payload, 'room-bookings')).length).toBe(before)
  })
})

describe('answering', () => {
  test("only the venue's organisations and the editors read and answer; every read is logged", async () => {
    const made = await ask({ date: inDays(20) })
    const ids = async (user: TypedUser | null | undefined) =>
      (
        await t.payload.find({
          collection: 'room-bookings',
          overrideAccess: false,
          user: user ?? undefined,
        })
      ).docs.map((d) => d.id)
    expect(await ids(f.users.memberA.user)).toContain(made.id)
    expect(await ids(f.users.editor.user)).toContain(made.id)
    expect(await ids(f.users.memberB.user)).toEqual([])
    await expect(ids(f.users.professional.user)).rejects.toMatchObject({ status: 403 })
    await expect(answer(made.id, 'accepted', f.users.memberB.user)).rejects.toMatchObject({
      status: 403,
    })
    const log = (await allDocs(t.payload, 'interest-log')).filter(
      (l) => l.about === 'room-bookings',
    )
    expect(log.map((l) => l.user)).toEqual(
      expect.arrayContaining([f.users.memberA.user!.id, f.users.editor.user!.id]),
    )
    await answer(made.id, 'declined')
    await expect(answer(made.id, 'accepted')).rejects.toMatchObject({
      status: 400,
      message: /kan niet naar/,
    })
  })

  test('accepting holds the time: a new request for it is refused (409), next to it is fine; the requester gets the .ics', async () => {
    const made = await ask({ date: inDays(30), start: '10:00', end: '12:00' })
    const mails = await mailsDuring(async () => {
      await answer(made.id, 'accepted')
      await runJobs()
    })
    expect((await slots()).filter((s) => s.booking === made.id)).toHaveLength(8)
    await expect(ask({ date: inDays(30), start: '11:30', end: '13:00' })).rejects.toMatchObject({
      status: 409,
      message: /al bezet/,
    })
    await ask({ date: inDays(30), start: '12:00', end: '13:00' })
    const accepted = mails.find((m) => String(m.subject).startsWith('Ruimte geaccepteerd'))
    expect(accepted?.to).toBe('karin@linde.test')
    const [ics] = accepted!.attachments as { filename: string; content: string }[]
    expect(ics!.filename).toBe('ruimte.ics')
    expect(ics!.content).toContain('BEGIN:VEVENT')
    expect(ics!.content).toContain(
      `DTSTART;TZID=Europe/Amsterdam:${inDays(30).replaceAll('-', '')}T100000`,
    )
    // Cancelled: the time is free again.
    await answer(made.id, 'cancelled')
    expect((await slots()).filter((s) => s.booking === made.id)).toHaveLength(0)
    await ask({ date: inDays(30), start: '10:00', end: '11:00' })
  })

  test('two requests for the same time accepted at the same moment: exactly one holds it, the other is refused and stays requested', async () => {
    const a = await ask({ date: inDays(40), start: '19:00', end: '21:00', groupName: 'Groep A' })
    const b = await ask({ date: inDays(40), start: '20:00', end: '22:00', groupName: 'Groep B' })
    const results = await Promise.allSettled([
      answer(a.id, 'accepted', f.users.memberA.user),
      answer(b.id, 'accepted', f.users.editor.user),
    ])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(refused.reason).toMatchObject({ status: 409 })
    const stored = await Promise.all(
      [a.id, b.id].map((id) =>
        t.payload.findByID({ collection: 'room-bookings', id, overrideAccess: true }),
      ),
    )
    expect(stored.map((s) => s.status).sort()).toEqual(['accepted', 'requested'])
    const winner = stored.find((s) => s.status === 'accepted')!
    const held = (await slots()).filter((s) => s.date === inDays(40))
    expect(held.every((s) => s.booking === winner.id)).toBe(true)
    expect(held).toHaveLength(8)
  })
})

describe('privacy', () => {
  test('retention deletes requests some weeks after their day, with a log line; their times are freed', async () => {
    const old = await ask({ date: inDays(5), start: '08:00', end: '09:00' })
    await answer(old.id, 'accepted')
    await t.payload.jobs.queue({
      task: 'directoryRetention',
      queue: 'directory',
      input: { now: new Date(Date.now() + 40 * DAY).toISOString() },
    })
    await runJobs()
    expect(
      await t.payload.findByID({
        collection: 'room-bookings',
        id: old.id,
        overrideAccess: true,
        disableErrors: true,
      }),
    ).toBeNull()
    expect((await slots()).filter((s) => s.booking === old.id)).toHaveLength(0)
    const line = (await allDocs(t.payload, 'interest-log'))
      .filter((l) => l.about === 'room-bookings' && l.action === 'retention')
      .at(-1)
    expect(line?.interests?.split(',')).toContain(String(old.id))
  })
})
