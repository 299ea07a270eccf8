import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload, TypedUser } from 'payload'

import { activityData, openingData } from '../../helpers/accessFixtures'
import { type Actor, restRequest } from '../../helpers/apiDrivers'
import { startWebServer, type WebServer } from '../../helpers/webServer'
import { ADDRESSED } from '../../../plugins/directory/organisations/moves'

/**
 * "Mogelijk dubbel" and merging, on the demo data through the real REST endpoints: the list,
 * the warning while typing, who may merge, what moves (also a draft waiting for review), and
 * the merged organisation's page redirecting.
 */
let server: WebServer
let payload: Payload
let editor: Actor
let member: Actor
const anonymous: Actor = { name: 'anonymous', user: null }
const kept = { id: 0, slug: '' }

const login = async (email: string, password: string): Promise<Actor> => {
  const { user, token } = await payload.login({ collection: 'users', data: { email, password } })
  return { name: email, user: user as TypedUser, token }
}
const asEditor = (extra: object = {}) =>
  ({ overrideAccess: false, user: editor.user, depth: 0, ...extra }) as const

beforeAll(async () => {
  server = await startWebServer()
  payload = server.payload
  editor = await login('redactie@meedoen.test', 'demo-redactie')
  member = await login('lid@welzijnharen.test', 'demo-welzijn')
  const { docs } = await payload.find({
    collection: 'organisations',
    where: { slug: { equals: 'welzijn-haren' } },
    overrideAccess: true,
  })
  kept.id = docs[0]!.id
  kept.slug = docs[0]!.slug!
}, 120_000)
afterAll(async () => server?.stop())

/** The same organisation entered again, with things of its own: what a merge must move. */
const enterTwice = async (name: string) => {
  const twin = await payload.create({
    collection: 'organisations',
    data: {
      name,
      type: 'welzijn',
      contact: { website: 'https://twin.example.nl' },
      _status: 'published',
    },
    ...asEditor(),
  })
  const make = (collection: 'activities' | 'openings', data: object, draft = false) =>
    payload.create({ collection, data: data as never, draft, ...asEditor() })
  const activity = await make('activities', {
    ...activityData(twin.id, `Koffie bij ${name}`, 'published'),
    signUp: 'sign_up',
  })
  const opening = await make('openings', openingData(twin.id, `Plek bij ${name}`), true)
  const venue = await payload.create({
    collection: 'venues',
    data: {
      name: `Huis van ${name}`,
      type: 'buurthuis',
      organisations: [twin.id, kept.id],
      _status: 'published',
      address: { street: 'Kerkstraat', houseNumber: '2', postcode: '9751 AB', city: 'Haren' },
    },
    ...asEditor(),
  })
  const person = await payload.create({
    collection: 'users',
    data: {
      email: `lid-${twin.id}@twin.test`,
      password: 'twin-password-123',
      name: 'Tweeling',
      memberships: [{ organisation: twin.id, role: 'owner' }],
    },
    overrideAccess: true,
  })
  return { twin, activity, opening, venue, person }
}

const duplicates = async (actor: Actor) =>
  restRequest(payload, actor, 'GET', '/organisations/duplicates')

describe('possible duplicate organisations', () => {
  test('the list and the warning while typing are for editors only', async () => {
    expect((await duplicates(anonymous)).status).toBe(401)
    expect((await duplicates(member)).status).toBe(403)
    const similar = (actor: Actor, query: string) =>
      restRequest(payload, actor, 'GET', `/organisations/similar?${query}`)
    expect((await similar(member, 'name=Welzijn+Haren')).status).toBe(403)
    const found = await similar(editor, 'name=haren+WELZIJN+(stg.)')
    expect(found.status).toBe(200)
    expect(found.json.docs).toEqual([
      { id: kept.id, name: 'Stichting Welzijn Haren', kvkNumber: '41000001' },
    ])
    // The organisation itself is never its own duplicate; a KvK number alone is enough.
    expect((await similar(editor, `name=Welzijn+Haren&id=${kept.id}`)).json.docs).toEqual([])
    expect((await similar(editor, 'kvk=41.00.00.01')).json.docs).toHaveLength(1)
  })

  test('a second entry is listed with both sides summed up, and can be dismissed', async () => {
    const { twin } = await enterTwice('Haren Welzijn')
    const listed = await duplicates(editor)
    expect(listed.status).toBe(200)
    const pair = (
      listed.json.docs as { keep: { id: number }; other: { id: number; counts: object } }[]
    ).find((p) => p.other.id === twin.id)
    expect(pair?.keep.id).toBe(kept.id)
    expect(pair?.other.counts).toEqual({ activities: 1, openings: 1, venues: 1, members: 1 })
    const no = await restRequest(
      payload,
      member,
      'POST',
      `/organisations/${twin.id}/not-duplicate`,
      { of: kept.id },
    )
    expect(no.status).toBe(403)
    const yes = await restRequest(
      payload,
      editor,
      'POST',
      `/organisations/${twin.id}/not-duplicate`,
      { of: kept.id },
    )
    expect(yes.status).toBe(200)
    const after = (await duplicates(editor)).json.docs as { other: { id: number } }[]
    expect(after.some((p) => p.other.id === twin.id)).toBe(false)
  })
})

describe('merging two organisations', () => {
  test('is refused to members and for a bad request, and changes nothing then', async () => {
    const { twin } = await enterTwice('Welzijn Haren B.V.')
    const merge = (actor: Actor, body: Record<string, unknown>, id: number = twin.id) =>
      restRequest(payload, actor, 'POST', `/organisations/${id}/merge`, body)
    expect((await merge(anonymous, { into: kept.id })).status).toBe(401)
    expect((await merge(member, { into: kept.id })).status).toBe(403)
    expect((await merge(editor, { into: twin.id })).status).toBe(400)
    expect((await merge(editor, { into: 'x' })).status).toBe(400)
    const missing = await merge(editor, { into: 999_999 })
    expect(missing.status).toBe(404)
    expect(JSON.stringify(missing.json)).toContain('bestaat niet')
    const still = await payload.findByID({
      collection: 'organisations',
      id: twin.id,
      overrideAccess: true,
    })
    expect(still.name).toBe('Welzijn Haren B.V.')
  })

  test('moves listings, venues, members and what was sent to it; the old page redirects', async () => {
    const { twin, activity, opening, venue, person } = await enterTwice('Welzijn-Haren')
    const interest = await payload.create({
      collection: 'interests',
      data: {
        listing: { relationTo: 'activities', value: activity.id },
        name: 'Ans',
        email: 'ans@example.nl',
        consent: true,
      } as never,
      overrideAccess: true,
    })
    // A member's change waiting for review stays waiting, and moves with it.
    await payload.update({
      collection: 'activities',
      id: activity.id,
      data: { title: 'Koffie, nieuwe tijd' },
      draft: true,
      ...asEditor(),
    })
    const res = await restRequest(payload, editor, 'POST', `/organisations/${twin.id}/merge`, {
      into: kept.id,
    })
    expect(res.status).toBe(200)
    expect(res.json.moved).toEqual({ activities: 1, openings: 1, venues: 1, members: 1 })

    const read = (collection: 'activities' | 'openings' | 'venues', id: number, draft: boolean) =>
      payload.findByID({
        collection,
        id,
        draft,
        overrideAccess: true,
        depth: 0,
      }) as unknown as Promise<Record<string, unknown>>
    const published = await read('activities', activity.id, false)
    expect([published.organisation, published.title, published._status]).toEqual([
      kept.id,
      `Koffie bij Welzijn-Haren`,
      'published',
    ])
    const pending = await read('activities', activity.id, true)
    expect([pending.organisation, pending.title, pending._status]).toEqual([
      kept.id,
      'Koffie, nieuwe tijd',
      'draft',
    ])
    expect((await read('openings', opening.id, true)).organisation).toBe(kept.id)
    expect((await read('openings', opening.id, false)).organisation).toBe(kept.id)
    expect((await read('venues', venue.id, false)).organisations).toEqual([kept.id])
    const user = await payload.findByID({
      collection: 'users',
      id: person.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(user.memberships?.map((m) => [m.organisation, m.role])).toEqual([[kept.id, 'owner']])
    const sent = await payload.findByID({
      collection: 'interests',
      id: interest.id,
      overrideAccess: true,
      depth: 0,
    })
    expect(sent.organisation).toBe(kept.id)

    const gone = await payload.find({
      collection: 'organisations',
      where: { id: { equals: twin.id } },
      overrideAccess: true,
    })
    expect(gone.totalDocs).toBe(0)
    const keep = await payload.findByID({
      collection: 'organisations',
      id: kept.id,
      overrideAccess: true,
    })
    expect(keep.formerSlugs).toContain(twin.slug)
    // The kept organisation's own details stay.
    expect(keep.contact?.website).toBe('https://welzijnharen.test')
    expect(keep.kvkNumber).toBe('41000001')

    const old = await fetch(`${server.url}/organisatie/${twin.slug}`, { redirect: 'manual' })
    expect([old.status, old.headers.get('location')]).toEqual([301, `/organisatie/${kept.slug}`])
    const en = await fetch(`${server.url}/en/organisation/${twin.slug}.ics`, { redirect: 'manual' })
    expect(en.headers.get('location')).toBe(`/en/organisation/${kept.slug}.ics`)
    const page = await fetch(`${server.url}/organisatie/${kept.slug}`)
    expect(await page.text()).toContain('Koffie bij Welzijn-Haren')
    expect((await fetch(`${server.url}/organisatie/bestaat-niet-${twin.id}`)).status).toBe(404)
  })

  test('fills what the kept one lacks: the KvK number (free once the other is gone) and contact', async () => {
    const make = (name: string, data: object) =>
      payload.create({
        collection: 'organisations',
        data: { name, type: 'welzijn', _status: 'published', ...data },
        ...asEditor(),
      })
    const keep = await make('Buurtkamer Oost', {})
    const other = await make('De Buurtkamer Oost', {
      kvkNumber: '41009999',
      contact: { phone: '050 111 22 33' },
    })
    const res = await restRequest(payload, editor, 'POST', `/organisations/${other.id}/merge`, {
      into: keep.id,
    })
    expect(res.status).toBe(200)
    const after = await payload.findByID({
      collection: 'organisations',
      id: keep.id,
      ...asEditor(),
    })
    expect([after.kvkNumber, after.contact?.phone, after.name]).toEqual([
      '41009999',
      '050 111 22 33',
      'Buurtkamer Oost',
    ])
  })

  test('every link to an organisation in the data model is one the merge moves', () => {
    type F = { name: string; type: string; relationTo?: unknown; flattenedFields?: F[] }
    const links = (fields: F[], prefix: string): string[] =>
      fields.flatMap((f) =>
        f.type === 'relationship' && [f.relationTo].flat().includes('organisations')
          ? [`${prefix}${f.name}`]
          : f.flattenedFields
            ? links(f.flattenedFields, `${prefix}${f.name}.`)
            : [],
      )
    const found = payload.config.collections.flatMap((c) =>
      links(c.flattenedFields as F[], `${c.slug}:`),
    )
    expect(found.sort()).toEqual(
      [
        'activities:organisation',
        'openings:organisation',
        'venues:organisations',
        'users:memberships.organisation',
        'room-bookings:organisations',
        // A dismissed pair with the merged organisation means nothing once it is gone.
        'organisations:notDuplicateOf',
        // Payload's own edit lock, released with the document.
        'payload-locked-documents:document',
        ...ADDRESSED.map((c) => `${c}:organisation`),
      ].sort(),
    )
  })
})
