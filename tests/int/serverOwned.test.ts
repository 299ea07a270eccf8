/**
 * Longer than 200 lines because both groups check what residents send over the API (the fields
 * the server owns, and the logging of every answer carrying interests) with the same tables, send
 * helper and one started Payload with its fixtures.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { type AccessFixtures, createAccessFixtures } from '../helpers/accessFixtures'
import { type Actor, restRequest } from '../helpers/apiDrivers'
import { startPayload, type TestPayload, allDocs } from '../helpers/payload'

/**
 * What the server decides about what residents send (arrival time, deadline, last change) stays
 * the server's: no role changes it over REST (one or many) or the Local API, so retention and
 * deadlines cannot be cheated.
 */
let t: TestPayload
let f: AccessFixtures
beforeAll(async () => {
  t = await startPayload()
  f = await createAccessFixtures(t.payload)
}, 120_000)
afterAll(async () => t?.stop())

type Slug = 'interests' | 'listing-reports' | 'loket-requests'
const DAY = 24 * 60 * 60 * 1000
const FUTURE = '2099-01-01T00:00:00.000Z'
const listing = () => ({ relationTo: 'openings', value: Number(f.docs.openings.pubA) })
const SENT: Record<Slug, () => Record<string, unknown>> = {
  interests: () => ({
    listing: listing(),
    name: 'Anna',
    contactBy: 'email',
    email: 'anna@example.nl',
    consent: true,
  }),
  'listing-reports': () => ({ listing: listing(), reason: 'wrong_time' }),
  'loket-requests': () => ({
    organisationName: 'Bakkerij',
    contactName: 'B',
    email: 'b@bakkerij.nl',
    kinds: ['paid_job'],
    place: 'Haren',
    consent: true,
  }),
}
const HANDLERS: Record<Slug, ('memberA' | 'editor' | 'admin')[]> = {
  interests: ['memberA', 'editor', 'admin'],
  'listing-reports': ['memberA', 'editor', 'admin'],
  'loket-requests': ['editor', 'admin'],
}
const send = async (slug: Slug) => {
  const res = await restRequest(t.payload, f.users.anonymous, 'POST', `/${slug}`, SENT[slug]())
  expect(res.status).toBe(201)
  return (res.json.doc as { id: number }).id
}
const stored = (slug: Slug, id: number) =>
  t.payload.findByID({
    collection: slug,
    id,
    overrideAccess: true,
    depth: 0,
  }) as unknown as Promise<Record<string, string>>
const OWNED: Record<Slug, string[]> = {
  interests: ['createdAt'],
  'listing-reports': ['createdAt'],
  'loket-requests': ['createdAt', 'dueAt'],
}
const forged = { createdAt: FUTURE, updatedAt: FUTURE, deleteAfter: FUTURE, dueAt: FUTURE }
const local = (payload: Payload) =>
  payload as unknown as { update: (a: Record<string, unknown>) => Promise<unknown> }

describe('arrival time, deadline and last change cannot be written', () => {
  for (const slug of ['interests', 'listing-reports', 'loket-requests'] as const) {
    test(`${slug}: REST one and many, Local API with a user and without access checks`, async () => {
      const id = await send(slug)
      const before = await stored(slug, id)
      const attempts: [string, () => Promise<unknown>][] = []
      for (const name of HANDLERS[slug]) {
        const actor: Actor = f.users[name]
        attempts.push(
          [
            `${name} PATCH one`,
            async () =>
              expect(
                (await restRequest(t.payload, actor, 'PATCH', `/${slug}/${id}`, forged)).status,
              ).toBe(200),
          ],
          [
            `${name} PATCH many`,
            async () =>
              expect(
                (
                  await restRequest(
                    t.payload,
                    actor,
                    'PATCH',
                    `/${slug}?where[id][equals]=${id}`,
                    forged,
                  )
                ).status,
              ).toBe(200),
          ],
          [
            `${name} Local API`,
            () =>
              local(t.payload).update({
                collection: slug,
                id,
                data: forged,
                overrideAccess: false,
                user: actor.user,
              }),
          ],
        )
      }
      attempts.push([
        'system Local API',
        () => local(t.payload).update({ collection: slug, id, data: forged, overrideAccess: true }),
      ])
      for (const [, run] of attempts) await run()
      const after = await stored(slug, id)
      for (const field of OWNED[slug]) expect([field, after[field]]).toEqual([field, before[field]])
      // The last change is the server's clock, never what was sent.
      expect(new Date(after.updatedAt!).getTime()).toBeLessThan(Date.now() + 60_000)
    })
  }

  test('an interest whose arrival a member tried to move to 2099 is still deleted after 90 days', async () => {
    const id = await send('interests')
    const now = new Date(Date.now() + 91 * DAY)
    expect(
      (
        await restRequest(t.payload, f.users.memberA, 'PATCH', `/interests/${id}`, {
          createdAt: FUTURE,
        })
      ).status,
    ).toBe(200)
    await t.payload.jobs.queue({
      task: 'directoryRetention',
      queue: 'directory',
      input: { now: now.toISOString() },
    })
    await t.payload.jobs.run({ queue: 'directory', limit: 1000 })
    expect(
      await t.payload.findByID({
        collection: 'interests',
        id,
        overrideAccess: true,
        disableErrors: true,
      }),
    ).toBeNull()
  })

  test('what may change still changes: status and note of an interest', async () => {
    const id = await send('interests')
    const res = await restRequest(t.payload, f.users.memberA, 'PATCH', `/interests/${id}`, {
      status: 'contacted',
      note: 'gebeld',
    })
    expect(res.status).toBe(200)
    expect(await stored('interests', id)).toMatchObject({ status: 'contacted', note: 'gebeld' })
  })
})

const log = async () => allDocs(t.payload, 'interest-log', 'id')
const newLines = async (run: () => Promise<unknown>) => {
  const before = (await log()).length
  await run()
  return (await log()).slice(before).map((l) => ({
    action: l.action,
    user: l.user,
    ids: (l.interests ?? '')
      .split(',')
      .map(Number)
      .sort((a, b) => a - b),
  }))
}

describe('every response carrying interests is logged', () => {
  test('PATCH many with an empty body: the interests it returns are logged for that member', async () => {
    const ids = [await send('interests'), await send('interests')].sort((a, b) => a - b)
    let body: Record<string, unknown> = {}
    const lines = await newLines(async () => {
      const res = await restRequest(
        t.payload,
        f.users.memberA,
        'PATCH',
        `/interests?where[id][in]=${ids.join(',')}`,
        {},
      )
      expect(res.status).toBe(200)
      body = res.json
    })
    expect((body.docs as { email: string }[]).map((d) => d.email)).toEqual([
      'anna@example.nl',
      'anna@example.nl',
    ])
    expect(lines).toEqual([{ action: 'read', user: f.users.memberA.user!.id, ids }])
  })

  test('a status change (one) and a delete (one and many) are logged; refused ones return and log nothing', async () => {
    const [a, b, c] = [await send('interests'), await send('interests'), await send('interests')]
    expect(
      await newLines(() =>
        restRequest(t.payload, f.users.memberA, 'PATCH', `/interests/${a}`, {
          status: 'contacted',
        }),
      ),
    ).toEqual([{ action: 'read', user: f.users.memberA.user!.id, ids: [a] }])
    expect(
      await newLines(() => restRequest(t.payload, f.users.editor, 'DELETE', `/interests/${a}`)),
    ).toEqual([{ action: 'read', user: f.users.editor.user!.id, ids: [a] }])
    expect(
      await newLines(() =>
        restRequest(t.payload, f.users.editor, 'DELETE', `/interests?where[id][in]=${b},${c}`),
      ),
    ).toEqual([{ action: 'read', user: f.users.editor.user!.id, ids: [b, c] }])
    const d = await send('interests')
    const refused = await newLines(async () => {
      const res = await restRequest(
        t.payload,
        f.users.memberB,
        'PATCH',
        `/interests?where[id][equals]=${d}`,
        {},
      )
      expect(res.json.docs).toEqual([])
      expect(
        (await restRequest(t.payload, f.users.memberA, 'DELETE', `/interests/${d}`)).status,
      ).toBe(403)
    })
    expect(refused).toEqual([])
  })

  test('a count filtered on a name or contact detail (which returns no interest, so no log line) is refused', async () => {
    await send('interests')
    for (const query of [
      'where[email][equals]=anna@example.nl',
      'where[or][0][status][equals]=new&where[or][1][contactKey][like]=anna',
    ]) {
      const res = await restRequest(t.payload, f.users.memberA, 'GET', `/interests/count?${query}`)
      expect([query, res.status]).toEqual([query, 403])
    }
    const byStatus = await restRequest(
      t.payload,
      f.users.memberA,
      'GET',
      '/interests/count?where[status][equals]=new',
    )
    expect(byStatus.status).toBe(200)
    expect(byStatus.json.totalDocs).toBeGreaterThan(0)
  })

  test('erasing a person logs the erasure once, not also as a read', async () => {
    await t.payload.create({
      collection: 'interests',
      data: {
        listing: { relationTo: 'openings', value: Number(f.docs.openings.pubA) },
        name: 'Weg',
        contactBy: 'email',
        email: 'weg@example.nl',
        consent: true,
        status: 'new',
      },
      overrideAccess: false,
      user: null,
    })
    const lines = await newLines(() =>
      restRequest(t.payload, f.users.editor, 'POST', '/interests/person/erase', {
        contact: 'weg@example.nl',
      }),
    )
    expect(lines.map((l) => l.action)).toEqual(['erase'])
  })
})
