/**
 * Longer than 200 lines because the privacy rules for interests (read log, export and erasure,
 * retention, counts) share one started Payload with its access fixtures and the interest and log
 * helpers below; the log-access test reads the line the first test wrote.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { restRequest } from '../../helpers/apiDrivers'
import {
  type AccessFixtures,
  createAccessFixtures,
  type ListingDocs,
} from '../../helpers/accessFixtures'
import { startPayload, type TestPayload, allDocs } from '../../helpers/payload'

/**
 * Personal data of interests: every read logged, export and erasure of one person, deletion
 * after the retention period (injected clock), and counts that keep no person.
 */
let t: TestPayload
let f: AccessFixtures
beforeAll(async () => {
  t = await startPayload()
  f = await createAccessFixtures(t.payload)
}, 120_000)
afterAll(async () => t?.stop())

const DAY = 24 * 60 * 60 * 1000
const interest = (
  name: string,
  contact: { email?: string; phone?: string },
  doc: keyof ListingDocs = 'pubA',
) =>
  t.payload.create({
    collection: 'interests',
    data: {
      listing: { relationTo: 'openings', value: Number(f.docs.openings[doc]) },
      name,
      contactBy: contact.email ? 'email' : 'phone',
      ...contact,
      consent: true,
      status: 'new',
    },
    overrideAccess: false,
    user: null,
  })
const systemRead = (doc: { id: number }) =>
  t.payload.findByID({ collection: 'interests', id: doc.id, overrideAccess: true, depth: 0 })
const log = async () => allDocs(t.payload, 'interest-log', 'id')
const exists = async (id: number) =>
  Boolean(
    await t.payload.findByID({
      collection: 'interests',
      id,
      overrideAccess: true,
      disableErrors: true,
    }),
  )
/** Moves an interest's arrival back in time, as if it came `days` ago. */
const backdate = (collection: 'interests' | 'interest-log', id: number, days: number, now: Date) =>
  t.payload.db.updateOne({
    collection,
    id,
    data: { createdAt: new Date(now.getTime() - days * DAY).toISOString() },
  })

describe('read log', () => {
  test("a person's read (list or one, Local API or REST) leaves one line: who, which, how many; system reads none", async () => {
    const a = await interest('Lezer', { email: 'lezer@example.nl' })
    const before = (await log()).length
    await t.payload.find({
      collection: 'interests',
      overrideAccess: false,
      user: f.users.memberA.user,
    })
    await t.payload.findByID({
      collection: 'interests',
      id: a.id,
      overrideAccess: false,
      user: f.users.editor.user,
    })
    await restRequest(t.payload, f.users.memberA, 'GET', `/interests/${a.id}`)
    await t.payload.find({ collection: 'interests', overrideAccess: true })
    // memberB sees none of A's interests: nothing read, nothing logged.
    await t.payload.find({
      collection: 'interests',
      overrideAccess: false,
      user: f.users.memberB.user,
    })
    const lines = (await log()).slice(before)
    expect(
      lines.map((l) => [l.action, l.user, l.interests?.split(',').includes(String(a.id))]),
    ).toEqual([
      ['read', f.users.memberA.user!.id, true],
      ['read', f.users.editor.user!.id, true],
      ['read', f.users.memberA.user!.id, true],
    ])
    expect(lines[1]!.count).toBe(1)
  })

  test('the log is for administrators only, and nobody can write, change or delete it through the API', async () => {
    const line = (await log())[0]!
    for (const actor of ['anonymous', 'memberA', 'professional', 'editor'] as const) {
      expect((await restRequest(t.payload, f.users[actor], 'GET', '/interest-log')).status).toBe(
        403,
      )
    }
    expect((await restRequest(t.payload, f.users.admin, 'GET', '/interest-log')).status).toBe(200)
    for (const actor of ['anonymous', 'editor', 'admin'] as const) {
      expect(
        (
          await restRequest(t.payload, f.users[actor], 'POST', '/interest-log', {
            action: 'read',
            count: 0,
          })
        ).status,
      ).toBe(403)
      expect(
        (
          await restRequest(t.payload, f.users[actor], 'PATCH', `/interest-log/${line.id}`, {
            count: 99,
          })
        ).status,
      ).toBe(403)
      expect(
        (await restRequest(t.payload, f.users[actor], 'DELETE', `/interest-log/${line.id}`)).status,
      ).toBe(403)
    }
    expect((await log())[0]).toEqual(line)
  })
})

describe("one person's data", () => {
  test('export: everything about one e-mail address, however it is written, as a download; editors only; logged', async () => {
    await interest('Fatima', { email: 'Fatima@Example.nl' })
    await interest('Fatima', { email: 'fatima@example.nl ' }, 'pubB')
    await interest('Iemand anders', { email: 'ander@example.nl' })
    for (const actor of ['anonymous', 'memberA', 'professional'] as const) {
      expect(
        (
          await restRequest(
            t.payload,
            f.users[actor],
            'GET',
            '/interests/person?contact=fatima@example.nl',
          )
        ).status,
      ).toBe(actor === 'anonymous' ? 401 : 403)
    }
    expect(
      (await restRequest(t.payload, f.users.editor, 'GET', '/interests/person?contact=x')).status,
    ).toBe(400)
    const before = (await log()).length
    const res = await restRequest(
      t.payload,
      f.users.editor,
      'GET',
      `/interests/person?contact=${encodeURIComponent(' FATIMA@example.NL')}`,
    )
    expect(res.status).toBe(200)
    const exported = res.json.interests as {
      name: string
      email: string
      organisation: string
      consent: { given: boolean; notice: string }
      deleteAfter: string
    }[]
    expect(exported).toHaveLength(2)
    expect(exported.map((i) => i.organisation).sort()).toEqual(['Organisatie A', 'Organisatie B'])
    expect(exported[0]).toMatchObject({
      name: 'Fatima',
      consent: { given: true, notice: 'interesse-2026-12' },
    })
    expect(exported[0]!.deleteAfter).toBeTruthy()
    const lines = (await log()).slice(before)
    expect(lines.map((l) => [l.action, l.count, l.user])).toEqual([
      ['export', 2, f.users.editor.user!.id],
    ])
  })

  test('erase: deletes every interest of one phone number (+31 or 06), logged with the count; the anonymous counts stay; others untouched', async () => {
    const one = await interest('Piet', { phone: '+31 6 2222 3333' })
    const two = await interest('Piet', { phone: '06-22223333' }, 'pubB')
    const other = await interest('Klaas', { phone: '06 99999999' })
    expect(
      (
        await restRequest(t.payload, f.users.memberA, 'POST', '/interests/person/erase', {
          contact: '0622223333',
        })
      ).status,
    ).toBe(403)
    expect(await exists(one.id)).toBe(true)
    expect(
      (await restRequest(t.payload, f.users.editor, 'POST', '/interests/person/erase', {})).status,
    ).toBe(400)
    const outcomesBefore = (
      await t.payload.count({ collection: 'interest-outcomes', overrideAccess: true })
    ).totalDocs
    const res = await restRequest(t.payload, f.users.editor, 'POST', '/interests/person/erase', {
      contact: '06 2222 3333',
    })
    expect(res).toEqual({
      status: 200,
      json: {
        deleted: 2,
        referralsDeleted: 0,
        roomRequestsDeleted: 0,
        alertsDeleted: 0,
        errors: 0,
      },
    })
    expect([await exists(one.id), await exists(two.id), await exists(other.id)]).toEqual([
      false,
      false,
      true,
    ])
    expect((await log()).filter((l) => l.about === 'interests').at(-1)).toMatchObject({
      action: 'erase',
      count: 2,
      user: f.users.editor.user!.id,
    })
    expect(
      (await t.payload.count({ collection: 'interest-outcomes', overrideAccess: true })).totalDocs,
    ).toBe(outcomesBefore)
  })
})

describe('what the sender cannot choose, and no copies', () => {
  test("arrival time and the organisation's note are the server's; an interest cannot be duplicated (a copy would restart retention)", async () => {
    const res = await restRequest(t.payload, f.users.anonymous, 'POST', '/interests', {
      ...{
        listing: { relationTo: 'openings', value: Number(f.docs.openings.pubA) },
        name: 'Tijdreiziger',
        contactBy: 'email',
        email: 'tijd@example.nl',
        consent: true,
      },
      createdAt: '2999-01-01T00:00:00.000Z',
      note: 'al gebeld',
      outcome: 1,
    })
    expect(res.status).toBe(201)
    const stored = await systemRead(res.json.doc as { id: number })
    expect(Math.abs(new Date(stored.createdAt).getTime() - Date.now())).toBeLessThan(60_000)
    expect(stored.note).toBeNull()
    const outcome = await t.payload.findByID({
      collection: 'interest-outcomes',
      id: stored.outcome as number,
      overrideAccess: true,
      depth: 0,
    })
    expect(outcome).toMatchObject({ organisation: Number(f.orgA), status: 'new' })
    for (const actor of ['memberA', 'editor'] as const) {
      expect(
        (await restRequest(t.payload, f.users[actor], 'POST', `/interests/${stored.id}/duplicate`))
          .status,
      ).toBeGreaterThanOrEqual(400)
    }
    expect(
      (
        await t.payload.count({
          collection: 'interests',
          where: { name: { equals: 'Tijdreiziger' } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(1)
  })

  test('a refused interest leaves no count row behind', async () => {
    const before = (
      await t.payload.count({ collection: 'interest-outcomes', overrideAccess: true })
    ).totalDocs
    const bad = await restRequest(t.payload, f.users.anonymous, 'POST', '/interests', {
      listing: { relationTo: 'openings', value: Number(f.docs.openings.pubA) },
      name: 'X',
      contactBy: 'email',
      email: 'geen adres',
      consent: true,
    })
    expect(bad.status).toBe(400)
    expect(
      (await t.payload.count({ collection: 'interest-outcomes', overrideAccess: true })).totalDocs,
    ).toBe(before)
  })

  test("a loket request needs consent and cannot bring its own deadline, arrival or editors' note", async () => {
    const data = {
      organisationName: 'Regels BV',
      contactName: 'R',
      email: 'r@regels.nl',
      kinds: ['paid_job'],
      place: 'Haren',
      consent: false,
    }
    expect(
      (await restRequest(t.payload, f.users.anonymous, 'POST', '/loket-requests', data)).status,
    ).toBe(400)
    const made = await restRequest(t.payload, f.users.anonymous, 'POST', '/loket-requests', {
      ...data,
      consent: true,
      createdAt: '2000-01-01T00:00:00.000Z',
      dueAt: '2000-01-02T00:00:00.000Z',
      editorNote: 'afgewezen',
    })
    expect(made.status).toBe(201)
    const stored = await t.payload.findByID({
      collection: 'loket-requests',
      id: (made.json.doc as { id: number }).id,
      overrideAccess: true,
    })
    expect(new Date(stored.dueAt!).getTime()).toBeGreaterThan(Date.now())
    expect(new Date(stored.createdAt).getFullYear()).toBeGreaterThan(2020)
    expect(stored.editorNote).toBeNull()
  })
})

describe('every row, not a page', () => {
  test("export over REST returns all of one person's interests, and the counts see every row", async () => {
    for (let i = 0; i < 12; i++)
      await interest(`Veel ${i}`, { email: 'veel@example.nl' }, i % 2 ? 'pubA' : 'pubB')
    const res = await restRequest(
      t.payload,
      f.users.editor,
      'GET',
      '/interests/person?contact=veel@example.nl',
    )
    expect((res.json.interests as unknown[]).length).toBe(12)
    expect((await log()).at(-1)).toMatchObject({ action: 'export', count: 12 })
    const counts = await restRequest(t.payload, f.users.editor, 'GET', '/interest-outcomes/counts')
    const total = (counts.json.rows as { total: number }[]).reduce((n, r) => n + r.total, 0)
    expect(total).toBe(
      (await t.payload.count({ collection: 'interest-outcomes', overrideAccess: true })).totalDocs,
    )
    expect(total).toBeGreaterThan(10)
  })
})

describe('retention', () => {
  test('the daily job deletes interests older than 90 days (injected clock), logs the count, and prunes old log lines', async () => {
    const now = new Date('2027-03-01T02:30:00Z')
    const old = await interest('Oud', { email: 'oud@example.nl' })
    const edge = await interest('Net niet', { email: 'netniet@example.nl' })
    const young = await interest('Nieuw', { email: 'nieuw@example.nl' })
    await backdate('interests', old.id, 91, now)
    await backdate('interests', edge.id, 89, now)
    await backdate('interests', young.id, 1, now)
    const oldLine = await t.payload.create({
      collection: 'interest-log',
      data: { about: 'interests', action: 'read', count: 1 },
      overrideAccess: true,
    })
    await backdate('interest-log', oldLine.id, 731, now)

    await t.payload.jobs.queue({
      task: 'directoryRetention',
      queue: 'directory',
      input: { now: now.toISOString() },
    })
    await t.payload.jobs.run({ queue: 'directory', limit: 1000 })
    expect([await exists(old.id), await exists(edge.id), await exists(young.id)]).toEqual([
      false,
      true,
      true,
    ])
    const lines = await log()
    expect(lines.find((l) => l.id === oldLine.id)).toBeUndefined()
    expect(lines.at(-1)).toMatchObject({ action: 'retention', user: null })
    expect(lines.at(-1)!.interests!.split(',')).toContain(String(old.id))

    // 60 days later the edge case is past its 90 days too.
    await t.payload.jobs.queue({
      task: 'directoryRetention',
      queue: 'directory',
      input: { now: new Date(now.getTime() + 60 * DAY).toISOString() },
    })
    await t.payload.jobs.run({ queue: 'directory', limit: 1000 })
    expect([await exists(edge.id), await exists(young.id)]).toEqual([false, true])
  })

  test('handled loket requests go a year after their last change; open ones stay', async () => {
    const now = new Date('2028-06-01T02:30:00Z')
    const make = async (status: string) => {
      const made = await t.payload.create({
        collection: 'loket-requests',
        data: {
          organisationName: `Oud ${status}`,
          contactName: 'O',
          email: 'o@oud.nl',
          kinds: ['paid_job'],
          place: 'Haren',
          consent: true,
          status: 'new',
        },
        overrideAccess: true,
      })
      await t.payload.db.updateOne({
        collection: 'loket-requests',
        id: made.id,
        data: { status, updatedAt: new Date(now.getTime() - 366 * DAY).toISOString() },
      })
      return made.id
    }
    const [declined, converted, open] = [
      await make('declined'),
      await make('converted'),
      await make('in_progress'),
    ]
    await t.payload.jobs.queue({
      task: 'directoryRetention',
      queue: 'directory',
      input: { now: now.toISOString() },
    })
    await t.payload.jobs.run({ queue: 'directory', limit: 1000 })
    const left = async (id: number) =>
      Boolean(
        await t.payload.findByID({
          collection: 'loket-requests',
          id,
          overrideAccess: true,
          disableErrors: true,
        }),
      )
    expect([await left(declined), await left(converted), await left(open)]).toEqual([
      false,
      false,
      true,
    ])
  })

  test('the admin shows when each interest will be deleted', async () => {
    const made = await interest('Datum', { email: 'datum@example.nl' })
    const read = await t.payload.findByID({
      collection: 'interests',
      id: made.id,
      overrideAccess: false,
      user: f.users.memberA.user,
    })
    expect(new Date(read.deleteAfter!).getTime() - new Date(read.createdAt).getTime()).toBe(
      90 * DAY,
    )
  })
})

describe('counts without personal data', () => {
  test('per organisation and kind with outcomes; status changes follow; deleted interests still count; editors only', async () => {
    const made = await interest('Teller', { email: 'teller@example.nl' })
    await t.payload.update({
      collection: 'interests',
      id: made.id,
      data: { status: 'placed' },
      overrideAccess: false,
      user: f.users.memberA.user,
    })
    for (const actor of ['anonymous', 'memberA', 'professional'] as const) {
      expect(
        (await restRequest(t.payload, f.users[actor], 'GET', '/interest-outcomes/counts')).status,
      ).toBe(actor === 'anonymous' ? 401 : 403)
    }
    expect(
      (
        await restRequest(
          t.payload,
          f.users.editor,
          'GET',
          '/interest-outcomes/counts?from=2026-13',
        )
      ).status,
    ).toBe(400)
    const counts = async () => {
      const res = await restRequest(t.payload, f.users.editor, 'GET', '/interest-outcomes/counts')
      expect(res.status).toBe(200)
      const rows = res.json.rows as {
        organisationName: string
        kind: string
        total: number
        byStatus: Record<string, number>
      }[]
      return rows.find((r) => r.organisationName === 'Organisatie A' && r.kind === 'volunteer')!
    }
    const before = await counts()
    expect(before.byStatus.placed).toBeGreaterThanOrEqual(1)
    expect(JSON.stringify(before)).not.toMatch(/Teller|example\.nl/)
    await t.payload.delete({
      collection: 'interests',
      id: made.id,
      overrideAccess: false,
      user: f.users.editor.user,
    })
    expect(await counts()).toEqual(before)
  })
})
