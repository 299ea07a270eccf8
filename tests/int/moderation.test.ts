import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { moderateListing } from '../../collections/hooks/moderateListing'
import { type ApiDriver, localDriver, restDriver, restRequest } from '../helpers/apiDrivers'
import {
  type AccessFixtures,
  activityData,
  createAccessFixtures,
  openingData,
} from '../helpers/accessFixtures'
import { startPayload, type TestPayload } from '../helpers/payload'

/** Submit → review → publish, "still current", and what members cannot set themselves. */
let t: TestPayload
let f: AccessFixtures
let drivers: Record<'local' | 'rest', ApiDriver>
beforeAll(async () => {
  t = await startPayload()
  f = await createAccessFixtures(t.payload)
  drivers = { local: localDriver(t.payload), rest: restDriver(t.payload) }
}, 120_000)
afterAll(async () => t?.stop())

type Doc = Record<string, unknown>
const latest = (collection: 'activities' | 'openings', id: string) =>
  t.payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
  }) as unknown as Promise<Doc>
const live = (collection: 'activities' | 'openings', id: string) =>
  t.payload.findByID({ collection, id, depth: 0, overrideAccess: true }) as unknown as Promise<Doc>
const recent = (iso: unknown) => typeof iso === 'string' && Date.now() - Date.parse(iso) < 60_000

describe.each(['local', 'rest'] as const)('%s API', (api) => {
  const d = () => drivers[api]

  describe.each(['activities', 'openings'] as const)('%s', (collection) => {
    const build = (org: string, title: string, status: 'draft' | 'published' = 'draft') =>
      collection === 'activities'
        ? activityData(org, title, status)
        : openingData(org, title, status)

    test('a member of an unverified organisation submits: the draft awaits review, system fields ignored', async () => {
      const res = await d().create(f.users.memberB, collection, {
        ...build(f.orgB, `${api} ingediend`),
        reviewState: 'none',
        checkedOn: '2020-01-01T00:00:00.000Z',
        staleHidden: true,
        featured: true,
      })
      expect(res.ok).toBe(true)
      const doc = await latest(collection, String(res.ok && res.doc?.id))
      expect(doc).toMatchObject({
        _status: 'draft',
        reviewState: 'awaiting_review',
        staleHidden: false,
        featured: false,
      })
      expect(doc.checkedOn ?? null).toBeNull()
    })

    test('…and cannot publish: 403 with a clear message, nothing published', async () => {
      const draft = f.docs[collection].draftB
      const res = await d().update(f.users.memberB, collection, draft, {
        title: `${api} probeer te publiceren`,
        _status: 'published',
      })
      expect(res).toEqual({ ok: false, status: 403 })
      expect(await live(collection, draft)).toMatchObject({ _status: 'draft' })
      expect((await latest(collection, draft)).title).not.toBe(`${api} probeer te publiceren`)
    })

    test('editors see what awaits review and publishing sets checkedOn', async () => {
      const created = await d().create(
        f.users.memberB,
        collection,
        build(f.orgB, `${api} ter review`),
      )
      const id = String(created.ok && created.doc?.id)
      const waiting = await t.payload.find({
        collection,
        draft: true,
        overrideAccess: false,
        user: f.users.editor.user,
        where: { reviewState: { equals: 'awaiting_review' } },
        depth: 0,
      })
      expect(waiting.docs.map((x) => String(x.id))).toContain(id)
      expect((await d().update(f.users.editor, collection, id, { _status: 'published' })).ok).toBe(
        true,
      )
      const doc = await live(collection, id)
      expect(doc).toMatchObject({ _status: 'published', reviewState: 'none' })
      expect(recent(doc.checkedOn)).toBe(true)
    })

    test('a member cannot move a listing to another organisation: a field error (400), nothing changed', async () => {
      const id = f.docs[collection].draftA
      const res = await d().update(f.users.memberA, collection, id, {
        organisation: Number(f.orgB),
        _status: 'draft',
      })
      expect(res).toEqual({ ok: false, status: 400 })
      expect(String((await latest(collection, id)).organisation)).toBe(f.orgA)
    })

    test('a member of a verified organisation publishes directly, which sets checkedOn', async () => {
      const res = await d().create(
        f.users.memberA,
        collection,
        build(f.orgA, `${api} direct live`, 'published'),
      )
      expect(res).toMatchObject({ ok: true })
      const doc = await live(collection, String(res.ok && res.doc?.id))
      expect(doc).toMatchObject({ _status: 'published', reviewState: 'none' })
      expect(recent(doc.checkedOn)).toBe(true)
    })
  })
})

describe('confirm "still current"', () => {
  const confirm = (actor: keyof AccessFixtures['users'], collection: string, id: string) =>
    restRequest(t.payload, f.users[actor], 'POST', `/${collection}/${id}/confirm-current`)

  test('brings a hidden listing back and records the check, for its own members', async () => {
    const id = f.docs.openings.pubB
    await t.payload.update({
      collection: 'openings',
      id,
      data: { staleHidden: true, checkedOn: '2025-01-01T12:00:00.000Z' },
      overrideAccess: true,
    })
    const anonymousBefore = await drivers.local.findIDs(f.users.anonymous, 'openings')
    expect(anonymousBefore).not.toContain(id)

    const res = await confirm('memberB', 'openings', id)
    expect(res.status).toBe(200)
    const doc = await live('openings', id)
    expect(doc.staleHidden).toBe(false)
    expect(recent(doc.checkedOn)).toBe(true)
    expect(await drivers.local.findIDs(f.users.anonymous, 'openings')).toContain(id)
  })

  test('is refused for anonymous (401) and for another organisation (403/404), changing nothing', async () => {
    const id = f.docs.activities.pubA
    const before = await live('activities', id)
    expect((await confirm('anonymous', 'activities', id)).status).toBe(401)
    expect([403, 404]).toContain((await confirm('memberB', 'activities', id)).status)
    expect((await confirm('professional', 'activities', id)).status).toBeGreaterThanOrEqual(403)
    expect((await live('activities', id)).checkedOn).toEqual(before.checkedOn)
  })

  test('is refused with 409 while an unreviewed draft is pending, so the draft is not published', async () => {
    const id = f.docs.activities.pubB
    await drivers.local.update(f.users.memberB, 'activities', id, {
      title: 'Nieuwe titel in concept',
      _status: 'draft',
    })
    const res = await confirm('memberB', 'activities', id)
    expect(res.status).toBe(409)
    expect(JSON.stringify(res.json)).toMatch(/niet gepubliceerd/)
    expect((await live('activities', id)).title).toBe('activities pubB')
  })
})

test('with verifiedPublishDirectly off, even a verified organisation cannot publish', async () => {
  const hook = moderateListing({ verifiedPublishDirectly: false })
  const args = {
    data: { _status: 'published', organisation: 1 },
    req: { user: { roles: [], memberships: [{ organisation: 1, role: 'owner' }] }, context: {} },
    context: {},
  }
  await expect(hook(args as never)).rejects.toMatchObject({ status: 403 })
})
