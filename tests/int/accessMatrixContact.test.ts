/**
 * Longer than 200 lines because it is one table: every role against the contact collections'
 * rules (interests, their log and outcomes, loket requests, reports, outside listings), through the
 * Local API and REST, on one started Payload with its fixtures.
 */
import { describe, expect, test } from '@jest/globals'

import type { UntypedLocalApi } from '../helpers/apiDrivers'
import { type ActorName, ACTOR_NAMES } from '../helpers/accessFixtures'
import { useAccessMatrix } from '../helpers/accessMatrixSuite'

/**
 * The access matrix of the contact flows: six actors × interests, loket requests, interest
 * counts and the interest log × create / read / update / delete, through the Local API
 * (overrideAccess: false) and REST; every refusal also checks that nothing changed.
 */
const suite = useAccessMatrix('contact access matrix')

const EDITORS: Record<ActorName, boolean> = {
  anonymous: false,
  professional: false,
  memberA: false,
  memberB: false,
  editor: true,
  admin: true,
}
let feedRows = 900_000
const EVERYONE = Object.fromEntries(ACTOR_NAMES.map((a) => [a, true])) as Record<ActorName, boolean>
/** The outside source the external listings of the matrix belong to (made once). */
let sourceID: number | undefined
const outsideSource = async () =>
  (sourceID ??= (
    await sys().create({
      collection: 'federation-sources',
      data: { name: 'Meedoen Elders', feedUrl: 'https://elders.example/api/feeds/session-series' },
      overrideAccess: true,
    })
  ).id)
const NOBODY = Object.fromEntries(ACTOR_NAMES.map((a) => [a, false])) as Record<ActorName, boolean>
type Doc = Record<string, unknown>
const sys = () => suite.t.payload as unknown as UntypedLocalApi<Doc & { id: number }>
const systemRead = (collection: string, id: string | number) =>
  sys().findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true })
const interestFor = (doc: 'pubA' | 'pubB' | 'draftA', name: string) => ({
  listing: { relationTo: 'openings', value: Number(suite.f.docs.openings[doc]) },
  name,
  contactBy: 'email',
  email: `${name}@matrix.test`,
  consent: true,
  status: 'new',
})
const loketRequest = (name: string) => ({
  organisationName: name,
  contactName: 'C',
  email: 'c@matrix.test',
  kinds: ['paid_job'],
  place: 'Haren',
  consent: true,
  status: 'new',
})
const systemCreate = async (collection: string, data: Doc) =>
  String(
    (
      await sys().create({
        collection,
        data,
        overrideAccess: collection === 'interests' ? false : true,
        user: null,
      })
    ).id,
  )

describe.each(['local', 'rest'] as const)('%s API', (api) => {
  const d = () => suite.drivers[api]

  describe('interests', () => {
    // Residents say it on the public site, anonymously; logged-in staff have nothing to send here
    // (so the admin offers them no "create").
    test.each(ACTOR_NAMES)(
      '%s: may say "ik heb interesse" (residents only) for a published open opening, never for a draft',
      async (actor) => {
        const resident = actor === 'anonymous'
        expect(
          (
            await d().create(
              suite.f.users[actor],
              'interests',
              interestFor('pubA', `${api}-${actor}-ok`),
            )
          ).ok,
        ).toBe(resident)
        expect(
          (
            await d().create(
              suite.f.users[actor],
              'interests',
              interestFor('draftA', `${api}-${actor}-draft`),
            )
          ).ok,
        ).toBe(false)
        const stored = await suite.t.payload.count({
          collection: 'interests',
          where: { name: { in: [`${api}-${actor}-ok`, `${api}-${actor}-draft`] } },
          overrideAccess: true,
        })
        expect(stored.totalDocs).toBe(resident ? 1 : 0)
      },
    )

    const SEES: Record<ActorName, { A: boolean; B: boolean }> = {
      anonymous: { A: false, B: false },
      professional: { A: false, B: false },
      memberA: { A: true, B: false },
      memberB: { A: false, B: true },
      editor: { A: true, B: true },
      admin: { A: true, B: true },
    }
    test.each(ACTOR_NAMES.flatMap((a) => (['A', 'B'] as const).map((o) => [a, o] as const)))(
      '%s and an interest for organisation %s: read, handle (not rewrite), delete',
      async (actor, org) => {
        const id = await systemCreate(
          'interests',
          interestFor(org === 'A' ? 'pubA' : 'pubB', `${api}-${actor}-${org}`),
        )
        const allowed = SEES[actor][org]
        expect((await d().findIDs(suite.f.users[actor], 'interests')).includes(id)).toBe(allowed)
        const read = await d().findByID(suite.f.users[actor], 'interests', id)
        expect(read.ok).toBe(allowed)
        if (read.ok) expect(read.doc?.email).toBe(`${api}-${actor}-${org}@matrix.test`)

        const res = await d().update(suite.f.users[actor], 'interests', id, {
          status: 'contacted',
          name: 'herschreven',
          email: 'ander@matrix.test',
        })
        expect(res.ok).toBe(allowed)
        const after = await systemRead('interests', id)
        expect(after).toMatchObject({
          status: allowed ? 'contacted' : 'new',
          name: `${api}-${actor}-${org}`,
          email: `${api}-${actor}-${org}@matrix.test`,
        })

        expect((await d().remove(suite.f.users[actor], 'interests', id)).ok).toBe(EDITORS[actor])
        expect(Boolean(await systemRead('interests', id))).toBe(!EDITORS[actor])
      },
    )
  })

  describe('loket-requests', () => {
    test.each(ACTOR_NAMES)(
      '%s: anyone may send one; only editors read, handle and delete them',
      async (actor) => {
        expect(
          (
            await d().create(
              suite.f.users[actor],
              'loket-requests',
              loketRequest(`${api}-${actor}-sent`),
            )
          ).ok,
        ).toBe(true)
        const id = await systemCreate('loket-requests', loketRequest(`${api}-${actor}`))
        expect((await d().findIDs(suite.f.users[actor], 'loket-requests')).includes(id)).toBe(
          EDITORS[actor],
        )
        expect((await d().findByID(suite.f.users[actor], 'loket-requests', id)).ok).toBe(
          EDITORS[actor],
        )
        expect(
          (
            await d().update(suite.f.users[actor], 'loket-requests', id, {
              status: 'in_progress',
              organisationName: 'anders',
            })
          ).ok,
        ).toBe(EDITORS[actor])
        expect(await systemRead('loket-requests', id)).toMatchObject({
          status: EDITORS[actor] ? 'in_progress' : 'new',
          organisationName: `${api}-${actor}`,
        })
        expect((await d().remove(suite.f.users[actor], 'loket-requests', id)).ok).toBe(
          EDITORS[actor],
        )
        expect(Boolean(await systemRead('loket-requests', id))).toBe(!EDITORS[actor])
      },
    )
  })

  describe('alerts', () => {
    test.each(ACTOR_NAMES)(
      '%s: anyone may ask for new places; only editors read and erase them; nobody changes them',
      async (actor) => {
        const alert = (email: string) => ({
          email,
          query: 'kind=activity',
          consent: true,
          locale: 'nl',
        })
        expect(
          (
            await d().create(
              suite.f.users[actor],
              'alerts',
              alert(`${api}-${actor}-sent@matrix.test`),
            )
          ).ok,
        ).toBe(true)
        const id = await systemCreate('alerts', alert(`${api}-${actor}@matrix.test`))
        expect((await d().findIDs(suite.f.users[actor], 'alerts')).includes(id)).toBe(
          EDITORS[actor],
        )
        expect((await d().findByID(suite.f.users[actor], 'alerts', id)).ok).toBe(EDITORS[actor])
        expect(
          (await d().update(suite.f.users[actor], 'alerts', id, { status: 'active' })).ok,
        ).toBe(false)
        expect(await systemRead('alerts', id)).toMatchObject({ status: 'pending' })
        expect((await d().remove(suite.f.users[actor], 'alerts', id)).ok).toBe(EDITORS[actor])
        expect(Boolean(await systemRead('alerts', id))).toBe(!EDITORS[actor])
      },
    )
  })

  describe.each([
    [
      'interest-outcomes',
      { organisation: 1, listingKind: 'volunteer', month: '2026-12', status: 'new' },
      { status: 'placed' },
      EDITORS,
    ],
    [
      'referral-outcomes',
      { organisation: 1, listingKind: 'volunteer', month: '2026-12', status: 'sent' },
      { status: 'placed' },
      EDITORS,
    ],
    ['interest-log', { action: 'read', count: 1 }, { count: 99 }, { ...EDITORS, editor: false }],
    // The open-data feed's rows: public only through the feed endpoint, never through the APIs.
    [
      'feed-items',
      { listing: 'activities/999', kind: 'SessionSeries', changeNumber: 999_999, state: 'updated' },
      { state: 'deleted' },
      NOBODY,
    ],
    // Listings of other directories: public to read, written only by the federation job.
    [
      'external-listings',
      { sourceName: 'Meedoen Elders', title: 'Van elders', data: { title: 'Van elders' } },
      { title: 'Veranderd' },
      EVERYONE,
    ],
  ] as const)('%s (written only by the server)', (collection, data, change, readers) => {
    // Feed rows are one per listing, each with its own change number; outside listings one per item of their source.
    const fresh = async () =>
      collection === 'feed-items'
        ? { ...data, listing: `activities/${++feedRows}`, changeNumber: feedRows }
        : collection === 'external-listings'
          ? { ...data, key: `elders:${++feedRows}`, source: await outsideSource() }
          : data
    test.each(ACTOR_NAMES)('%s', async (actor) => {
      const stored = await fresh()
      const id = String((await sys().create({ collection, data: stored, overrideAccess: true })).id)
      expect((await d().findIDs(suite.f.users[actor], collection)).includes(id)).toBe(
        readers[actor],
      )
      const before = await suite.t.payload.count({ collection, overrideAccess: true })
      expect((await d().create(suite.f.users[actor], collection, await fresh())).ok).toBe(false)
      expect((await suite.t.payload.count({ collection, overrideAccess: true })).totalDocs).toBe(
        before.totalDocs,
      )
      expect((await d().update(suite.f.users[actor], collection, id, change)).ok).toBe(false)
      expect(await systemRead(collection, id)).toMatchObject(stored)
      expect((await d().remove(suite.f.users[actor], collection, id)).ok).toBe(false)
      expect(Boolean(await systemRead(collection, id))).toBe(true)
    })
  })
})
