import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { limitsApp, type LimitsApp } from '../helpers/limitsApp'
import { startPayload, type TestPayload } from '../helpers/payload'

/** Changing your own password needs the current one; administrators set others' without it. */
let t: TestPayload
let app: LimitsApp
const member = {
  email: 'lid@wachtwoord.test',
  password: 'oud-wachtwoord-1',
  name: 'Lid',
  roles: [] as never[],
}
const admin = {
  email: 'beheer@wachtwoord.test',
  password: 'beheer-wachtwoord-1',
  name: 'Beheer',
  roles: ['admin' as const],
}
let memberID: number | string
beforeAll(async () => {
  t = await startPayload()
  memberID = (await t.payload.create({ collection: 'users', data: member })).id
  await t.payload.create({ collection: 'users', data: admin })
  app = await limitsApp(t.payload)
}, 120_000)
afterAll(async () => {
  await app?.close()
  await t?.stop()
})

const tokenOf = async (email: string, password: string) => {
  const res = await app.send('/api/users/login', { ip: '10.2.0.1', body: { email, password } })
  expect(res.status).toBe(200)
  return ((await res.json()) as { token: string }).token
}
const patch = (token: string, id: number | string, body: unknown) =>
  app.send(`/api/users/${id}`, {
    ip: '10.2.0.1',
    method: 'PATCH',
    body,
    headers: { authorization: `JWT ${token}` },
  })
const fieldErrors = async (res: Response) =>
  (
    (await res.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
  ).errors.flatMap((e) => e.data?.errors ?? [])

test('a member cannot change their own password without the current one, nor with a wrong one; with it they can', async () => {
  const token = await tokenOf(member.email, member.password)
  const without = await patch(token, memberID, { password: 'nieuw-wachtwoord-1' })
  expect(without.status).toBe(400)
  expect(await fieldErrors(without)).toEqual([
    expect.objectContaining({
      path: 'currentPassword',
      message: expect.stringMatching(/huidige wachtwoord in/),
    }),
  ])
  const wrong = await patch(token, memberID, {
    password: 'nieuw-wachtwoord-1',
    currentPassword: 'geraden',
  })
  expect(wrong.status).toBe(400)
  expect(await fieldErrors(wrong)).toEqual([
    expect.objectContaining({
      path: 'currentPassword',
      message: expect.stringMatching(/klopt niet/),
    }),
  ])
  await tokenOf(member.email, member.password)
  const right = await patch(token, memberID, {
    password: 'nieuw-wachtwoord-1',
    currentPassword: member.password,
  })
  expect(right.status).toBe(200)
  expect(JSON.stringify(await right.json())).not.toContain('currentPassword')
  await tokenOf(member.email, 'nieuw-wachtwoord-1')
  // Other changes to your own account need no password.
  expect((await patch(token, memberID, { name: 'Lid Nieuw' })).status).toBe(200)
})

test('the Local API with the member as user follows the same rule', async () => {
  const user = await t.payload.findByID({ collection: 'users', id: memberID })
  await expect(
    t.payload.update({
      collection: 'users',
      id: memberID,
      data: { password: 'derde-wachtwoord-1' },
      user: { ...user, collection: 'users' },
      overrideAccess: false,
    }),
  ).rejects.toMatchObject({
    status: 400,
    message: expect.stringMatching(/huidige wachtwoord in/),
    data: { errors: [expect.objectContaining({ path: 'currentPassword' })] },
  })
})

test("an administrator sets a member's password without knowing it", async () => {
  const token = await tokenOf(admin.email, admin.password)
  expect((await patch(token, memberID, { password: 'door-beheer-gezet-1' })).status).toBe(200)
  await tokenOf(member.email, 'door-beheer-gezet-1')
})

test('with an https SERVER_URL the login cookie is Secure even when the request came in over plain HTTP', async () => {
  const https = await limitsApp(t.payload, { serverURL: 'https://meedoen.example.nl' })
  try {
    const res = await https.send('/api/users/login', {
      ip: '10.2.0.9',
      body: { email: admin.email, password: admin.password },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('set-cookie')).toMatch(/^payload-token=[^;]+;.*; Secure$/i)
    expect(res.headers.get('cache-control')).toBe('no-store')
  } finally {
    await https.close()
  }
})

test('guessing the current password counts as guessing a login: after the budget even the right one waits', async () => {
  const few = { failures: 2, durationSeconds: 600 }
  const strict = await limitsApp(t.payload, {
    loginLimit: { perIP: few, perAccount: few, resetMails: few, knownClientDays: 1 },
  })
  try {
    const guest = await t.payload.create({
      collection: 'users',
      data: {
        email: 'raad@wachtwoord.test',
        password: 'raad-wachtwoord-1',
        name: 'Raad',
        roles: [],
      },
    })
    const res = await strict.send('/api/users/login', {
      ip: '10.2.1.1',
      body: { email: 'raad@wachtwoord.test', password: 'raad-wachtwoord-1' },
    })
    const own = ((await res.json()) as { token: string }).token
    const change = (currentPassword: string) =>
      strict.send(`/api/users/${guest.id}`, {
        ip: '10.2.1.1',
        method: 'PATCH',
        body: { password: 'nieuw-raad-1', currentPassword },
        headers: { authorization: `JWT ${own}` },
      })
    expect((await change('fout-1')).status).toBe(400)
    expect((await change('fout-2')).status).toBe(400)
    expect((await change('raad-wachtwoord-1')).status).toBe(429)
  } finally {
    await strict.close()
  }
})
