import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { restRequest } from '../helpers/apiDrivers'
import { startPayload, type TestPayload } from '../helpers/payload'

/**
 * Account recovery on SQLite with transactions on: forgot-password used to answer 500
 * ("database is locked") for every address. Through Payload's own REST handlers; the browser
 * journey with a real SMTP peer is tests/e2e/passwordReset.test.ts.
 */
let t: TestPayload
const EMAIL = 'herstel@meedoen.test'
beforeAll(async () => {
  t = await startPayload()
  await t.payload.create({
    collection: 'users',
    data: {
      email: EMAIL,
      password: 'oud-wachtwoord-123',
      name: 'Hanna Herstel',
      roles: ['editor'],
    } as never,
    overrideAccess: true,
  })
}, 120_000)
afterAll(async () => t?.stop())

const anonymous = { name: 'anonymous', user: null }
const tokenOf = async () =>
  (
    (
      await t.payload.find({
        collection: 'users',
        where: { email: { equals: EMAIL } },
        showHiddenFields: true,
        overrideAccess: true,
        depth: 0,
      })
    ).docs[0] as { resetPasswordToken?: string }
  ).resetPasswordToken

test('forgot-password answers 200 for a known and an unknown address; only the known one gets a token', async () => {
  const known = await restRequest(t.payload, anonymous, 'POST', '/users/forgot-password', {
    email: EMAIL,
  })
  expect(known.status).toBe(200)
  expect(await tokenOf()).toMatch(/^[0-9a-f]{40}$/)
  const unknown = await restRequest(t.payload, anonymous, 'POST', '/users/forgot-password', {
    email: 'niemand@meedoen.test',
  })
  expect(unknown.status).toBe(200)
  expect(unknown.json).toEqual(known.json)
})

test('reset with the token, then log in with the new password: the session works, the old password does not', async () => {
  const token = await tokenOf()
  const reset = await restRequest(t.payload, anonymous, 'POST', '/users/reset-password', {
    token,
    password: 'nieuw-wachtwoord-456',
  })
  expect(reset.status).toBe(200)
  // Payload expires the token (it does not clear it): a second use is refused.
  expect(
    (
      await restRequest(t.payload, anonymous, 'POST', '/users/reset-password', {
        token,
        password: 'nog-een-wachtwoord-789',
      })
    ).status,
  ).toBe(403)
  expect(
    (
      await restRequest(t.payload, anonymous, 'POST', '/users/login', {
        email: EMAIL,
        password: 'oud-wachtwoord-123',
      })
    ).status,
  ).toBe(401)
  const login = await restRequest(t.payload, anonymous, 'POST', '/users/login', {
    email: EMAIL,
    password: 'nieuw-wachtwoord-456',
  })
  expect(login.status).toBe(200)
  const me = await restRequest(
    t.payload,
    { name: 'hanna', user: null, token: login.json.token as string },
    'GET',
    '/users/me',
  )
  expect(me.status).toBe(200)
  expect((me.json.user as { email: string }).email).toBe(EMAIL)
})
