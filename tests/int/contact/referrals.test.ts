/**
 * Longer than 200 lines because the rules of a warm referral — who refers, what may be in it,
 * who reads and answers it, the e-mails, the reminders, the outcome question, retention, export
 * and erasure — share one started Payload with its access fixtures and the helpers below.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { TypedUser } from 'payload'

import { restRequest } from '../../helpers/apiDrivers'
import { type AccessFixtures, createAccessFixtures } from '../../helpers/accessFixtures'
import { mailsDuring as mailsOf } from '../../helpers/mailsDuring'
import { allDocs, startPayload, type TestPayload } from '../../helpers/payload'
import { addWorkingDays } from '../../../src/lib/contact'

let t: TestPayload
let f: AccessFixtures
let otherProfessional: TypedUser
beforeAll(async () => {
  t = await startPayload()
  f = await createAccessFixtures(t.payload)
  // The opening offers rung 5 in the fixture's neighbourhood: the impact counts need both.
  await t.payload.update({
    collection: 'openings',
    id: Number(f.docs.openings.pubA),
    data: { ladderRungs: ['4', '5'], areas: [Number(f.docs.areas.one)] },
    overrideAccess: true,
  })
  const other = await t.payload.create({
    collection: 'users',
    data: {
      name: 'Tweede Consulent',
      email: 'consulent2@example.nl',
      password: 'tweede-wachtwoord-1',
      roles: ['professional'],
    },
    overrideAccess: true,
  })
  otherProfessional = { ...other, collection: 'users' }
}, 120_000)
afterAll(async () => t?.stop())

const DAY = 24 * 60 * 60 * 1000
type Data = Record<string, unknown>
const good = (extra: Data = {}): Data => ({
  listing: { relationTo: 'openings', value: Number(f.docs.openings.pubA) },
  clientName: 'Samira',
  contactBy: 'phone',
  phone: '06 12121212',
  email: 'niet@bewaard.nl',
  support: 'Een vast aanspreekpunt helpt.',
  note: 'Wil graag buiten werken.',
  currentRung: '2',
  consent: true,
  ...extra,
})
const refer = (data: Data, user: TypedUser | null = f.users.professional.user ?? null) =>
  t.payload.create({ collection: 'referrals', data: data as never, overrideAccess: false, user })
const stored = (id: number) =>
  t.payload.findByID({ collection: 'referrals', id, overrideAccess: true, depth: 0 })
const log = async () => allDocs(t.payload, 'interest-log', 'id')

const mailsDuring = (run: () => Promise<unknown>) => mailsOf(t.payload, run)
const runJobs = () => t.payload.jobs.run({ queue: 'directory', limit: 100 })
const followUp = (now: Date) =>
  t.payload.jobs.queue({
    task: 'directoryReferralFollowUp',
    queue: 'directory',
    input: { now: now.toISOString() },
  })

describe('a professional refers a client', () => {
  test('stored with the least data: one channel, the referrer, the organisation, a deadline in working days; the organisation is e-mailed without the client', async () => {
    const mails = await mailsDuring(async () => {
      const doc = await refer(good({ status: 'placed', dueAt: '2030-01-01T00:00:00.000Z' }))
      const saved = await stored(doc.id)
      expect(saved).toMatchObject({
        clientName: 'Samira',
        contactBy: 'phone',
        phone: '06 12121212',
        email: null,
        status: 'sent',
        referredBy: f.users.professional.user!.id,
        organisation: Number(f.orgA),
        listingKind: 'volunteer',
        consentVersion: 'verwijzing-2026-12',
      })
      const due = new Date(saved.dueAt!)
      expect(Math.abs(due.getTime() - addWorkingDays(new Date(), 5).getTime())).toBeLessThan(60_000)
      await runJobs()
    })
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toBe('Nieuwe verwijzing: openings pubA')
    expect(mails[0]!.text).toContain('professional verwijst iemand naar openings pubA')
    expect(mails[0]!.text).not.toMatch(/Samira|06 12121212|buiten werken/)
    expect(mails[0]!.to).toEqual(expect.arrayContaining(['membera@matrix.test']))
  })

  test('refused with a clear 400 and nothing stored: a BSN anywhere, a surname, no consent, no channel, a closed opening', async () => {
    const before = (await allDocs(t.payload, 'referrals')).length
    const cases: [Data, RegExp][] = [
      [{ note: 'BSN 123.456.782' }, /Zet geen BSN in een verwijzing/],
      [{ support: 'bsn 111222333' }, /Zet geen BSN/],
      [{ clientName: 'Samira el Idrissi' }, /geen achternaam/],
      [{ consent: false }, /toestemming/],
      [{ phone: '' }, /telefoonnummer van de cliënt/],
      [{ contactBy: 'email', email: '' }, /e-mailadres van de cliënt/],
    ]
    for (const [extra, message] of cases)
      await expect(refer(good(extra))).rejects.toMatchObject({ status: 400, message })
    await t.payload.update({
      collection: 'openings',
      id: Number(f.docs.openings.pubB),
      data: { status: 'closed' },
      overrideAccess: true,
    })
    await expect(
      refer(good({ listing: { relationTo: 'openings', value: Number(f.docs.openings.pubB) } })),
    ).rejects.toMatchObject({ status: 400, message: /niet meer open/ })
    await expect(
      refer(good({ listing: { relationTo: 'openings', value: Number(f.docs.openings.draftA) } })),
    ).rejects.toMatchObject({ status: 400 })
    expect((await allDocs(t.payload, 'referrals')).length).toBe(before)
  })

  test('only professionals refer: not the public, not a member, not over REST without the role', async () => {
    await expect(refer(good(), null)).rejects.toMatchObject({ status: 403 })
    await expect(refer(good(), f.users.memberA.user)).rejects.toMatchObject({ status: 403 })
    expect(
      (await restRequest(t.payload, f.users.editor, 'POST', '/referrals', good())).status,
    ).toBe(403)
    const rest = await restRequest(t.payload, f.users.professional, 'POST', '/referrals', good())
    expect(rest.status).toBe(201)
  })
})

describe('who reads and answers', () => {
  test('the referrer, the receiving members and the editors read it, every read logged; other professionals and members see nothing', async () => {
    const doc = await refer(good({ clientName: 'J.K.' }))
    const ids = async (user: TypedUser | null | undefined) =>
      (
        await t.payload.find({
          collection: 'referrals',
          overrideAccess: false,
          user: user ?? undefined,
          depth: 0,
        })
      ).docs.map((d) => d.id)
    const before = (await log()).length
    expect(await ids(f.users.professional.user)).toContain(doc.id)
    expect(await ids(f.users.memberA.user)).toContain(doc.id)
    expect(await ids(f.users.editor.user)).toContain(doc.id)
    expect(await ids(otherProfessional)).toEqual([])
    expect(await ids(f.users.memberB.user)).toEqual([])
    const lines = (await log()).slice(before)
    expect(lines.map((l) => [l.about, l.action, l.user])).toEqual([
      ['referrals', 'read', f.users.professional.user!.id],
      ['referrals', 'read', f.users.memberA.user!.id],
      ['referrals', 'read', f.users.editor.user!.id],
    ])
    expect(
      (await restRequest(t.payload, { name: 'anonymous' } as never, 'GET', '/referrals')).status,
    ).toBe(403)
    // A count filtered on the client's name would tell who was referred without a logged read.
    await expect(
      t.payload.count({
        collection: 'referrals',
        where: { clientName: { equals: 'J.K.' } },
        overrideAccess: false,
        user: f.users.editor.user,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  test('the organisation answers one step at a time; the referrer cannot answer; what was sent stays fixed; the referrer is e-mailed', async () => {
    const doc = await refer(good())
    const member = f.users.memberA.user!
    const update = (data: Data, user: TypedUser) =>
      t.payload.update({
        collection: 'referrals',
        id: doc.id,
        data: data,
        overrideAccess: false,
        user,
      })
    await expect(update({ status: 'accepted' }, f.users.professional.user!)).rejects.toMatchObject({
      status: 403,
    })
    await expect(update({ status: 'placed' }, member)).rejects.toMatchObject({
      status: 400,
      message: /kan niet naar/,
    })
    const mails = await mailsDuring(async () => {
      await update(
        {
          status: 'accepted',
          response: 'Welkom dinsdag om 10 uur.',
          clientName: 'X',
          phone: '0600000000',
        },
        member,
      )
      await runJobs()
    })
    const saved = await stored(doc.id)
    expect(saved).toMatchObject({
      status: 'accepted',
      response: 'Welkom dinsdag om 10 uur.',
      clientName: 'Samira',
      phone: '06 12121212',
    })
    expect(saved.respondedAt).toBeTruthy()
    const about = mails.filter((m) => m.text?.includes(`verwijzing ${doc.id} `))
    // Both jobs ran in this run (in either order): the new referral's and the answer's.
    expect(about.map((m) => [m.to, m.subject]).sort()).toEqual([
      [['membera@matrix.test'], 'Nieuwe verwijzing: openings pubA'],
      [['professional@matrix.test'], 'Verwijzing geaccepteerd: openings pubA'],
    ])
    await update({ status: 'placed' }, member)
    const outcome = (await allDocs(t.payload, 'referral-outcomes')).find(
      (o) => o.id === saved.outcome,
    )
    expect(outcome).toMatchObject({
      status: 'placed',
      rungFrom: '2',
      rungTo: '5',
      area: Number(f.docs.areas.one),
      organisation: Number(f.orgA),
    })
    expect(Object.keys(outcome!)).not.toEqual(expect.arrayContaining(['clientName']))
    await expect(update({ status: 'sent' }, member)).rejects.toMatchObject({ status: 400 })
  })
})

describe('reminders and the outcome question', () => {
  test('late: the referrer and the organisation are reminded once; weeks after accepting, the organisation is asked once "Is de plek gelukt?"', async () => {
    const late = await refer(good({ clientName: 'Laat' }))
    const due = new Date((await stored(late.id)).dueAt!)
    const first = await mailsDuring(async () => {
      await followUp(new Date(due.getTime() + DAY))
      await runJobs()
    })
    const reminders = first.filter(
      (m) =>
        m.subject?.startsWith('Nog geen antwoord') ||
        m.subject?.startsWith('Verwijzing wacht op antwoord'),
    )
    expect(reminders.map((m) => m.subject!.split(':')[0])).toEqual(
      expect.arrayContaining(['Nog geen antwoord', 'Verwijzing wacht op antwoord']),
    )
    expect(reminders.some((m) => String(m.to).includes('professional@matrix.test'))).toBe(true)
    const again = await mailsDuring(async () => {
      await followUp(new Date(due.getTime() + 2 * DAY))
      await runJobs()
    })
    expect(again.filter((m) => m.text?.includes(`verwijzing ${late.id} `))).toEqual([])

    const accepted = await refer(good({ clientName: 'Later' }))
    await t.payload.update({
      collection: 'referrals',
      id: accepted.id,
      data: { status: 'accepted' },
      overrideAccess: false,
      user: f.users.memberA.user,
    })
    const answered = new Date((await stored(accepted.id)).respondedAt!)
    const early = await mailsDuring(async () => {
      await followUp(new Date(answered.getTime() + 41 * DAY))
      await runJobs()
    })
    expect(early.filter((m) => m.subject?.startsWith('Is de plek gelukt?'))).toEqual([])
    const asked = await mailsDuring(async () => {
      await followUp(new Date(answered.getTime() + 43 * DAY))
      await runJobs()
    })
    const question = asked.filter(
      (m) =>
        m.text?.includes(`verwijzing ${accepted.id} `) &&
        m.subject?.startsWith('Is de plek gelukt?'),
    )
    expect(question).toHaveLength(1)
    expect(question[0]!.to).toEqual(expect.arrayContaining(['membera@matrix.test']))
    const twice = await mailsDuring(async () => {
      await followUp(new Date(answered.getTime() + 50 * DAY))
      await runJobs()
    })
    expect(twice.filter((m) => m.text?.includes(`verwijzing ${accepted.id} `))).toEqual([])
  })
})

describe('impact', () => {
  test('editors see referrals, accepted, placed and moves up per month and neighbourhood, without a person; others are refused', async () => {
    const placed = await refer(good({ clientName: 'Geplaatst' }))
    for (const status of ['accepted', 'placed'])
      await t.payload.update({
        collection: 'referrals',
        id: placed.id,
        data: { status } as never,
        overrideAccess: false,
        user: f.users.memberA.user,
      })
    const res = await restRequest(t.payload, f.users.editor, 'GET', '/referral-outcomes/impact')
    expect(res.status).toBe(200)
    const month = res.json.months as { month: string; placed: number; movedUp: number }[]
    expect(month).toHaveLength(12)
    const total = res.json.total as Record<string, number>
    expect(total.placed).toBeGreaterThanOrEqual(1)
    expect(total.movedUp).toBeGreaterThanOrEqual(1)
    expect(res.json.areas).toEqual(
      expect.arrayContaining([expect.objectContaining({ area: 'Glimmen' })]),
    )
    expect(JSON.stringify(res.json)).not.toMatch(/Samira|06 12121212|professional/)
    for (const actor of ['anonymous', 'memberA', 'professional'] as const)
      expect(
        (await restRequest(t.payload, f.users[actor], 'GET', '/referral-outcomes/impact')).status,
      ).toBe(actor === 'anonymous' ? 401 : 403)
    const bad = await restRequest(
      t.payload,
      f.users.editor,
      'GET',
      '/referral-outcomes/impact?from=2026-13',
    )
    expect(bad.status).toBe(400)
  })
})

describe('privacy', () => {
  test('export and erasure of one person include their referrals, logged; the anonymous counts stay', async () => {
    const doc = await refer(good({ phone: '06 99887766', clientName: 'Erik' }))
    const exported = await restRequest(
      t.payload,
      f.users.editor,
      'GET',
      `/interests/person?contact=${encodeURIComponent('0699887766')}`,
    )
    expect(exported.status).toBe(200)
    expect(exported.json.referrals).toEqual([
      expect.objectContaining({ id: doc.id, clientName: 'Erik', referredBy: 'professional' }),
    ])
    const outcomes = (await allDocs(t.payload, 'referral-outcomes')).length
    const erased = await restRequest(t.payload, f.users.editor, 'POST', '/interests/person/erase', {
      contact: '06-99 88 77 66',
    })
    expect(erased.json).toMatchObject({ referralsDeleted: 1 })
    expect(
      await t.payload.findByID({
        collection: 'referrals',
        id: doc.id,
        overrideAccess: true,
        disableErrors: true,
      }),
    ).toBeNull()
    expect((await allDocs(t.payload, 'referral-outcomes')).length).toBe(outcomes)
    const lines = (await log()).filter((l) => l.about === 'referrals')
    expect(lines.map((l) => l.action)).toEqual(expect.arrayContaining(['export', 'erase']))
  })

  test('retention deletes referrals after 180 days with one log line; the counts stay', async () => {
    const old = await refer(good({ clientName: 'Oud' }))
    const young = await refer(good({ clientName: 'Jong' }))
    const now = new Date()
    await t.payload.db.updateOne({
      collection: 'referrals',
      id: old.id,
      data: { createdAt: new Date(now.getTime() - 181 * DAY).toISOString() },
    })
    await t.payload.jobs.queue({
      task: 'directoryRetention',
      queue: 'directory',
      input: { now: now.toISOString() },
    })
    await runJobs()
    expect(
      await t.payload.findByID({
        collection: 'referrals',
        id: old.id,
        overrideAccess: true,
        disableErrors: true,
      }),
    ).toBeNull()
    expect(await stored(young.id)).toBeTruthy()
    const line = (await log())
      .filter((l) => l.about === 'referrals' && l.action === 'retention')
      .at(-1)
    expect(line?.interests?.split(',')).toContain(String(old.id))
  })
})
