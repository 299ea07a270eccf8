import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Field, TypedUser } from 'payload'
import sharp from 'sharp'

import { searchStoreFor } from '../../plugins/directory'
import { searchEngine } from '../../src/lib/search/engine/engine'
import { type AccessFixtures, activityData, createAccessFixtures } from '../helpers/accessFixtures'
import {
  type Actor,
  type ApiDriver,
  localDriver,
  restDriver,
  restRequest,
} from '../helpers/apiDrivers'
import { HOST_MEDIA, type HostSite, startHostSite } from '../helpers/hostSite'
import { describeSearchContract } from '../helpers/searchContract'

/**
 * The plugin installed into an existing site (tests/helpers/hostSite.ts): its people, uploads
 * and pages stay its own, the directory works on top of them — access through both APIs and
 * what the admin believes, the search contract, and an organisation's journey from upload to
 * the public search.
 */
let site: HostSite
let f: AccessFixtures
let drivers: ApiDriver[]
beforeAll(async () => {
  site = await startHostSite()
  f = await createAccessFixtures(site.payload)
  drivers = [localDriver(site.payload), restDriver(site.payload)]
}, 120_000)
afterAll(async () => {
  await site?.stop()
})

const names = (fields: Field[]) =>
  fields.map((field) => ('name' in field ? field.name : null)).filter(Boolean)

test("the directory uses the host's people and uploads, and leaves the rest of the site as it was", () => {
  const { collections, config } = site.payload
  // The host's users, with the directory's person fields added to its own.
  expect(names(collections.users.config.fields)).toEqual(
    expect.arrayContaining(['fullName', 'department', 'name', 'roles', 'memberships']),
  )
  expect(config.admin.user).toBe('users')
  // One upload collection: the host's, with its own fields; the directory's photos and logos point at it.
  expect((collections as Record<string, unknown>).media).toBeUndefined()
  expect(names(collections[HOST_MEDIA as 'media'].config.fields)).toEqual(
    expect.arrayContaining(['alt', 'credit']),
  )
  const photos = collections.activities.config.fields.find(
    (field) => 'name' in field && field.name === 'photos',
  ) as { relationTo?: string }
  expect(photos.relationTo).toBe(HOST_MEDIA)
  const logo = collections.organisations.config.fields.find(
    (field) => 'name' in field && field.name === 'logo',
  ) as { relationTo?: string }
  expect(logo.relationTo).toBe(HOST_MEDIA)
  expect((collections as Record<string, unknown>).pages).toBeDefined()
})

test('access on the host site: listings by role through both APIs, roles kept for administrators, and what the admin believes', async () => {
  const { users, docs } = f
  for (const api of drivers) {
    const where = { api: api.name }
    // Residents see published listings only; a member edits their own organisation's draft, not another's.
    expect({ ...where, ids: await api.findIDs(users.anonymous, 'activities') }).toEqual({
      ...where,
      ids: [docs.activities.pubA, docs.activities.pubB].sort(),
    })
    expect({
      ...where,
      ok: (
        await api.update(users.memberA, 'activities', docs.activities.draftA, {
          title: `Eigen concept ${api.name}`,
        })
      ).ok,
    }).toEqual({ ...where, ok: true })
    expect({
      ...where,
      ok: (
        await api.update(users.memberA, 'activities', docs.activities.draftB, {
          title: 'Niet van mij',
        })
      ).ok,
    }).toEqual({ ...where, ok: false })
    expect({
      ...where,
      ok: (await api.findByID(users.editor, 'activities', docs.activities.draftB)).ok,
    }).toEqual({ ...where, ok: true })
    // The host's own rules stay: anonymous visitors read none of its people; an organisation
    // member (a logged-in user now) may not change its pages or delete its accounts, its administrator may.
    expect({ ...where, ids: await api.findIDs(users.anonymous, 'users') }).toEqual({
      ...where,
      ids: [],
    })
    const page = await site.payload.create({
      collection: 'pages' as 'users',
      data: { title: 'Afvalkalender' } as never,
    })
    expect({
      ...where,
      ok: (await api.update(users.memberA, 'pages', String(page.id), { title: 'Gewijzigd' })).ok,
    }).toEqual({ ...where, ok: false })
    expect({
      ...where,
      ok: (await api.remove(users.memberA, 'users', String(users.editor.user!.id))).ok,
    }).toEqual({ ...where, ok: false })
    expect({
      ...where,
      ok: (await api.update(users.admin, 'pages', String(page.id), { title: 'Afvalkalender 2027' }))
        .ok,
    }).toEqual({ ...where, ok: true })
    // A member cannot make themselves an editor on the host's users collection (the added field's access).
    await api.update(users.memberA, 'users', String(users.memberA.user!.id), {
      roles: ['editor'],
      fullName: `Lid A ${api.name}`,
    })
    const me = (await site.payload.findByID({
      collection: 'users',
      id: users.memberA.user!.id,
      depth: 0,
    })) as TypedUser & { roles?: string[]; fullName?: string }
    expect({ ...where, roles: me.roles ?? [], fullName: me.fullName }).toEqual({
      ...where,
      roles: [],
      fullName: `Lid A ${api.name}`,
    })
  }
  // What the admin shows a member: may create listings, may not manage themes or people's roles.
  const access = await restRequest(site.payload, users.memberA, 'GET', '/access')
  const collections = access.json.collections as Record<string, { create?: unknown }>
  // A permission is `true` or `{ permission: true }` (with a where query), as in tests/int/adminAccess.test.ts.
  const granted = (value: unknown) =>
    value === true ||
    (typeof value === 'object' &&
      value !== null &&
      (value as { permission?: unknown }).permission === true)
  expect({
    activities: granted(collections.activities?.create),
    themes: granted(collections.themes?.create),
  }).toEqual({ activities: true, themes: false })
})

test("an organisation's journey on the host site: upload a photo, publish an activity with it, residents find it; unpublished, it is gone", async () => {
  const member: Actor = f.users.memberA
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c03' } })
    .png()
    .toBuffer()
  const photo = await site.payload.create({
    collection: HOST_MEDIA as 'media',
    data: { alt: 'Breiwerk op tafel', credit: 'Gemeente' },
    file: { data: png, mimetype: 'image/png', name: 'breien.png', size: png.length },
    user: member.user,
    overrideAccess: false,
  })
  const created = await restRequest(site.payload, member, 'POST', '/activities?depth=0', {
    ...activityData(f.orgA, 'Breicafé in de bibliotheek', 'published'),
    photos: [photo.id],
  })
  expect(created.status).toBe(201)
  const id = String((created.json.doc as { id: unknown }).id)

  const search = async (q: string) =>
    (
      await restRequest(
        site.payload,
        { name: 'anonymous', user: null },
        'GET',
        `/directory/search?q=${encodeURIComponent(q)}`,
      )
    ).json
  const found = (await search('breicafe')) as { hits: { id: string; title: string }[] }
  expect(found.hits.map((h) => h.title)).toContain('Breicafé in de bibliotheek')

  const read = await restRequest(
    site.payload,
    { name: 'anonymous', user: null },
    'GET',
    `/activities/${id}?depth=1`,
  )
  expect((read.json.photos as { alt?: string }[])[0]?.alt).toBe('Breiwerk op tafel')

  expect(
    (
      await restRequest(site.payload, f.users.editor, 'PATCH', `/activities/${id}?depth=0`, {
        _status: 'draft',
      })
    ).status,
  ).toBe(200)
  expect(
    ((await search('breicafe')) as { hits: { title: string }[] }).hits.map((h) => h.title),
  ).not.toContain('Breicafé in de bibliotheek')
})

describeSearchContract('the host site', async () => {
  const other = await startHostSite()
  const store = searchStoreFor(other.payload)!
  return { engine: searchEngine(store), writer: store, stop: other.stop }
})
