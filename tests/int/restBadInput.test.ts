/**
 * Longer than 200 lines because it is mostly tables of REST requests and the status each must get
 * (malformed input, form bodies, what must still work), sent as every role against one started
 * Payload with its fixtures.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { handleEndpoints } from 'payload'

import { ACTOR_NAMES, type AccessFixtures, createAccessFixtures } from '../helpers/accessFixtures'
import type { Actor } from '../helpers/apiDrivers'
import { startPayload, type TestPayload } from '../helpers/payload'

/**
 * Malformed REST input is the client's mistake: 4xx, never 500, for every role. The cases are
 * the ones that answered 500 in Payload 3.90 before the guard; the fuzz test against the real
 * server (tests/server/restFuzz.test.ts) covers the rest of the space.
 */
let t: TestPayload
let f: AccessFixtures
beforeAll(async () => {
  t = await startPayload()
  f = await createAccessFixtures(t.payload)
}, 120_000)
afterAll(async () => t?.stop())

const call = async (actor: Actor, method: string, path: string, body?: string) => {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (actor.token) headers.authorization = `JWT ${actor.token}`
  const res = await handleEndpoints({
    config: t.payload.config,
    request: new Request(`http://localhost/api${path}`, { method, headers, body }),
  })
  return { status: res.status, text: await res.text() }
}

const BAD: [method: string, path: string, body: string | undefined, status: number][] = [
  ['GET', '/activities/abc', undefined, 404],
  ['GET', '/activities/init', undefined, 404],
  ['DELETE', '/activities/abc', undefined, 404],
  ['PATCH', '/openings/1e3', '{}', 404],
  ['POST', '/activities', 'null', 400],
  ['POST', '/activities', '"str"', 400],
  ['POST', '/interests', '[1]', 400],
  // A relationship to two collections given as a list holding null (found by the REST fuzz).
  ['POST', '/interests', '{"listing":[null,1]}', 400],
  ['POST', '/interests', '{"listing":7}', 400],
  ['PATCH', '/activities/1', 'null', 400],
  ['POST', '/users/login', 'null', 400],
  ['POST', '/users/forgot-password', '"x"', 400],
  ['GET', '/activities?where[organisation.members.email][like]=x', undefined, 400],
  ['GET', '/interests?where[organisation.members.email][like]=x', undefined, 400],
  ['GET', '/activities?where[organisation][equals]=abc', undefined, 400],
  ['GET', '/activities?where[createdAt][greater_than]=notadate', undefined, 400],
  ['GET', '/activities?where[id][near]=1,2', undefined, 400],
  ['GET', '/venues?where[location][near]=6.6,53.2,1000', undefined, 400],
  ['GET', '/activities?where=x', undefined, 400],
  ['GET', '/activities?sort=organisation.members.email', undefined, 400],
  ['GET', '/activities?page=99999999999999999999', undefined, 400],
  ['GET', '/organisations?joins[members][limit]=99999999999999999999', undefined, 400],
  ['GET', '/organisations?joins[members][page]=0', undefined, 400],
  ['GET', '/activities?limit=abc', undefined, 400],
  ['GET', '/activities?depth=-1', undefined, 400],
  ['PATCH', '/interests?where[organisation][equals]=x', '{}', 400],
  ['DELETE', '/interests?where[createdAt][less_than]=gisteren', undefined, 400],
  ['GET', '/interests/versions', undefined, 404],
  ['GET', '/users/versions/1', undefined, 404],
  ['DELETE', '/payload-preferences/nope', undefined, 404],
  ['GET', '/activities?where[languages][all]=nl', undefined, 400],
  ['PATCH', '/venues/1', '{"createdAt":{"a":1}}', 400],
  ['PATCH', '/activities/1', '{"schedule":{"validFrom":{"a":1}}}', 400],
  // A dotted key is a path: a list field given one value (the REST fuzz found it answering 500).
  ['PATCH', '/activities/1', '{"schedule.weekdays":"2"}', 400],
  ['PATCH', '/activities/1', '{"schedule":{"exceptions":"x"}}', 400],
  ['PATCH', '/venues/1', '{"_status":[false,true]}', 400],
  ['POST', '/interests', '{"listing":{"relationTo":"abc","value":1}}', 400],
  [
    'POST',
    '/listing-reports',
    '{"listing":{"relationTo":"openings","value":"1e309"},"reason":"other"}',
    400,
  ],
  // Found by the REST fuzz: a global took a `createdAt` that is no date, and every read failed after.
  ['POST', '/globals/site-settings', '{"createdAt":"oemoDlxE"}', 400],
  ['POST', '/globals/site-settings', '{"employers":{"offer":{"x":1}}}', 400],
]

describe('malformed input answers 4xx for every role', () => {
  for (const [method, path, body, status] of BAD) {
    test(`${method} ${path} ${body ?? ''} → ${status}`, async () => {
      for (const name of ACTOR_NAMES) {
        const res = await call(f.users[name], method, path, body)
        // Refused for lack of rights first is fine too; a 5xx never.
        expect([name, res.status < 500]).toEqual([name, true])
        if (res.status !== 401 && res.status !== 403)
          expect([name, res.status]).toEqual([name, status])
      }
    })
  }
})

/** POSTs a form with this `_payload` as the actor, as uploads and the admin send documents; the status. */
const postForm = async (
  name: (typeof ACTOR_NAMES)[number],
  path: string,
  payload: string,
): Promise<number> => {
  const form = new FormData()
  form.append('_payload', payload)
  const headers: Record<string, string> = f.users[name].token
    ? { authorization: `JWT ${f.users[name].token}` }
    : {}
  return (
    await handleEndpoints({
      config: t.payload.config,
      request: new Request(`http://localhost/api${path}`, { method: 'POST', headers, body: form }),
    })
  ).status
}

describe('a form body (uploads, the admin) with a bad _payload', () => {
  test.each([['null'], ['"x"'], ['{bad'], ['']])(
    '_payload %s → 400 for every role',
    async (payload) => {
      for (const name of ACTOR_NAMES)
        expect([name, await postForm(name, '/activities', payload)]).toEqual([name, 400])
    },
  )

  // Found by the REST fuzz (seed 965203280): a global's update with an empty form crashed Payload.
  test.each([[''], ['null']])(
    "a global's update with _payload %s → 400, and the settings stay",
    async (payload) => {
      const before = await t.payload.findGlobal({ slug: 'site-settings', overrideAccess: true })
      for (const name of ACTOR_NAMES)
        expect([name, await postForm(name, '/globals/site-settings', payload)]).toEqual([name, 400])
      expect(
        (await t.payload.findGlobal({ slug: 'site-settings', overrideAccess: true })).siteName,
      ).toBe(before.siteName)
    },
  )
})

describe('what the admin and the site send still works', () => {
  test.each([
    '/activities?where[title][like]=x&sort=-createdAt&limit=5&page=1&depth=0',
    '/activities?where[or][0][title][like]=x&where[or][1][organisation][in][0]=1',
    '/activities?where[schedule.weekdays][contains]=2&where[_status][equals]=published',
    '/interests?where[listing.value][equals]=1&where[listing.relationTo][equals]=openings',
    '/interests?where[status][in]=new,contacted&sort=-createdAt',
    '/loket-requests?where[status][in][0]=new&where[status][in][1]=in_progress&sort=dueAt',
    '/organisations?where[id][not_in][0]=1&select[name]=true&depth=0',
    '/users/me',
  ])('GET %s → 200', async (path) => {
    expect((await call(f.users.editor, 'GET', path)).status).toBe(200)
  })

  test('the migrations list is closed for everyone, without naming the server', async () => {
    for (const name of ACTOR_NAMES) {
      const res = await call(f.users[name], 'GET', '/payload-migrations')
      expect([name, res.status]).toEqual([name, 404])
      expect(res.text).not.toContain('http')
    }
  })
})

describe("an organisation's website", () => {
  test('must be an http(s) address: javascript: and data: are refused with a field error, a bare domain is fine', async () => {
    const id = f.docs.organisations.A
    for (const website of ['javascript:alert(document.cookie)', 'data:text/html,x', 'geen adres']) {
      const res = await call(
        f.users.editor,
        'PATCH',
        `/organisations/${id}`,
        JSON.stringify({ contact: { website } }),
      )
      expect([website, res.status]).toEqual([website, 400])
      expect(res.text).toContain('contact.website')
    }
    for (const website of ['https://buurthuis.nl', 'www.buurthuis.nl', '']) {
      expect(
        (
          await call(
            f.users.editor,
            'PATCH',
            `/organisations/${id}`,
            JSON.stringify({ contact: { website } }),
          )
        ).status,
      ).toBe(200)
    }
  })
})

describe('the permission map', () => {
  test('a visitor who is not logged in gets none of it; a logged-in user gets theirs', async () => {
    const anonymous = await call(f.users.anonymous, 'GET', '/access')
    expect(anonymous.status).toBe(200)
    expect(JSON.parse(anonymous.text)).toEqual({
      canAccessAdmin: false,
      collections: {},
      globals: {},
    })
    type Permissions = { canAccessAdmin: boolean; collections: { activities: { read: unknown } } }
    const member = JSON.parse((await call(f.users.memberA, 'GET', '/access')).text) as Permissions
    expect(member.canAccessAdmin).toBe(true)
    expect(member.collections.activities.read).toBeTruthy()
  })
})

describe('what the database refuses', () => {
  const stillThere = async (id: number | string) =>
    t.payload.findByID({
      collection: 'organisations',
      id: Number(id),
      overrideAccess: true,
      disableErrors: true,
    })

  test('deleting an organisation that still has listings is a 409 naming them, and nothing is deleted', async () => {
    const res = await call(f.users.admin, 'DELETE', `/organisations/${f.orgA}`)
    expect(res.status).toBe(409)
    expect(res.text).toMatch(/Deze organisatie heeft nog \d+ activiteit/)
    expect(await stillThere(f.orgA)).not.toBeNull()
  })

  test('deleting an organisation that still has members (and no listings) is a 409 conflict', async () => {
    const org = await t.payload.create({
      collection: 'organisations',
      data: { name: 'Alleen leden', type: 'vereniging' } as never,
    })
    await t.payload.create({
      collection: 'users',
      data: {
        email: 'alleen-lid@example.test',
        password: 'lang-genoeg-wachtwoord-123',
        name: 'Lid',
        memberships: [{ organisation: org.id, role: 'member' }],
      } as never,
    })
    const res = await call(f.users.admin, 'DELETE', `/organisations/${org.id}`)
    expect(res.status).toBe(409)
    expect(res.text).toContain('Dit kan niet')
    expect(await stillThere(org.id)).not.toBeNull()
  })
})
