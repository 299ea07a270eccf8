import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { limitsApp, type LimitsApp, median, messageOf } from '../helpers/limitsApp'
import { startPayload, type TestPayload } from '../helpers/payload'

/**
 * Login throttling in Payload's login operation, through the real express app and REST API:
 * per IP and per account, no lock a stranger can use against the owner, the same answer and
 * timing for existing and unknown accounts.
 */
// Seconds: the quick app's window, for the tests that wait for recovery; long enough that a
// loaded machine finishes the attempts that must fall in one window. Other tests use a long one.
const WINDOW = 8
let t: TestPayload
let quick: LimitsApp
let app: LimitsApp
const owner = { email: 'eigenaar@limits.test', password: 'juist-wachtwoord-1' }
const second = { email: 'tweede@limits.test', password: 'ander-wachtwoord-1' }
const limitsOf = (seconds: number) => ({
  perIP: { failures: 3, durationSeconds: seconds },
  perAccount: { failures: 5, durationSeconds: seconds },
  resetMails: { failures: 2, durationSeconds: 60 },
  knownClientDays: 1,
})
beforeAll(async () => {
  t = await startPayload()
  for (const user of [owner, second])
    await t.payload.create({ collection: 'users', data: { ...user, name: 'Eigenaar', roles: [] } })
  quick = await limitsApp(t.payload, { loginLimit: limitsOf(WINDOW) })
  app = await limitsApp(t.payload, { loginLimit: limitsOf(600) })
}, 120_000)
afterAll(async () => {
  await quick?.close()
  await app?.close()
  await t?.stop()
})

const login = (ip: string, email: string, password: string, on = app) =>
  on.send('/api/users/login', { ip, body: { email, password } })
const nextWindow = () => new Promise((resolve) => setTimeout(resolve, WINDOW * 1000 + 100))

test('per IP: after 3 failures the next attempt gets 429 with Retry-After, also with the right password; other IPs are not affected; it recovers and successes never count', async () => {
  for (let i = 0; i < 3; i++)
    expect((await login('10.0.1.1', `someone${i}@limits.test`, 'fout', quick)).status).toBe(401)
  const blocked = await login('10.0.1.1', owner.email, owner.password, quick)
  expect(blocked.status).toBe(429)
  expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
  const message = await messageOf(blocked)
  expect(message).toMatch(
    /^Te veel mislukte pogingen om in te loggen\. Probeer het over \d+ minu(ut|ten) opnieuw/,
  )
  expect(message).not.toMatch(/Too many/)
  // Password reset requests from that IP share the budget.
  expect(
    (
      await quick.send('/api/users/forgot-password', {
        ip: '10.0.1.1',
        body: { email: owner.email },
      })
    ).status,
  ).toBe(429)
  expect((await login('10.0.1.2', owner.email, owner.password, quick)).status).toBe(200)
  await nextWindow()
  for (let i = 0; i < 4; i++)
    expect((await login('10.0.1.1', owner.email, owner.password, quick)).status).toBe(200)
  for (let i = 0; i < 3; i++)
    expect((await login('10.0.1.1', `someone${i}@limits.test`, 'fout', quick)).status).toBe(401)
  expect((await login('10.0.1.1', owner.email, owner.password, quick)).status).toBe(429)
})

test('parallel guesses cannot slip past the limit', async () => {
  const statuses = await Promise.all(
    Array.from({ length: 8 }, (_, i) =>
      login('10.0.7.1', `parallel${i}@limits.test`, 'fout').then((r) => r.status),
    ),
  )
  expect(statuses.filter((s) => s === 401)).toHaveLength(3)
  expect(statuses.filter((s) => s === 429)).toHaveLength(5)
})

test('per account: guesses spread over many IPs are stopped, the same way for an unknown address; the owner still gets in from a known IP', async () => {
  expect((await login('10.0.2.99', owner.email, owner.password)).status).toBe(200)
  const ghost = 'bestaat-niet@limits.test'
  for (let i = 0; i < 5; i++) {
    expect((await login(`10.0.2.${i}`, owner.email, 'fout')).status).toBe(401)
    expect((await login(`10.0.3.${i}`, ghost, 'fout')).status).toBe(401)
  }
  const existing = await login('10.0.2.50', owner.email, owner.password)
  const unknown = await login('10.0.3.50', ghost, 'fout')
  expect([existing.status, unknown.status]).toEqual([429, 429])
  expect(await messageOf(existing)).toBe(await messageOf(unknown))
  // The address is normalised as Payload does, so other spellings share the budget.
  expect((await login('10.0.2.51', ` ${owner.email.toUpperCase()} `, owner.password)).status).toBe(
    429,
  )
  expect((await login('10.0.2.99', owner.email, owner.password)).status).toBe(200)
})

test('no lock: after more wrong passwords than Payload locked at, the owner logs in from a new IP once the short window has passed', async () => {
  for (let i = 0; i < 5; i++) await login(`10.0.4.${i}`, owner.email, 'fout', quick)
  await nextWindow()
  const res = await login('10.0.4.200', owner.email, owner.password, quick)
  expect(res.status).toBe(200)
  const row = await t.payload.db.findOne<{ id: number; lockUntil?: string | null }>({
    collection: 'users',
    where: { email: { equals: owner.email } },
  })
  expect(row?.lockUntil ?? null).toBeNull()
})

test('a wrong password and an unknown address get the same answer', async () => {
  const wrong = await login('10.0.5.1', second.email, 'fout')
  const unknown = await login('10.0.5.2', 'niemand@limits.test', 'fout')
  expect(wrong.status).toBe(401)
  expect(unknown.status).toBe(401)
  expect(await wrong.text()).toBe(await unknown.text())
})

test('reset e-mails per address are limited, the same for an unknown address', async () => {
  for (const email of [owner.email, 'niemand@limits.test']) {
    for (let i = 0; i < 2; i++)
      expect(
        (await app.send('/api/users/forgot-password', { ip: `10.0.6.${i}`, body: { email } }))
          .status,
      ).not.toBe(429)
    const third = await app.send('/api/users/forgot-password', { ip: '10.0.6.9', body: { email } })
    expect(third.status).toBe(429)
  }
})

test('login timing does not tell whether an account exists (medians of 15, within 30%)', async () => {
  const plenty = { failures: 1000, durationSeconds: 60 }
  const loose = await limitsApp(t.payload, {
    loginLimit: { perIP: plenty, perAccount: plenty, resetMails: plenty, knownClientDays: 1 },
  })
  // One attempt per account, so no lock or throttle of any kind changes what is measured.
  const accounts = Array.from({ length: 15 }, (_, i) => `bestaand${i}@limits.test`)
  for (const email of accounts)
    await t.payload.create({
      collection: 'users',
      data: { email, password: 'juist-wachtwoord-1', name: 'Bestaand', roles: [] },
    })
  const timed = async (email: string, i: number) => {
    const started = performance.now()
    const res = await loose.send('/api/users/login', {
      ip: `10.1.0.${i}`,
      body: { email, password: 'fout-wachtwoord' },
    })
    const ms = performance.now() - started
    expect(res.status).toBe(401)
    return ms
  }
  const existing: number[] = []
  const unknown: number[] = []
  for (const [i, email] of accounts.entries()) {
    existing.push(await timed(email, i))
    unknown.push(await timed(`onbekend${i}@limits.test`, i))
  }
  await loose.close()
  const [a, b] = [median(existing), median(unknown)]
  console.log(`login timing medians: existing ${a.toFixed(1)} ms, unknown ${b.toFixed(1)} ms`)
  expect(Math.abs(a - b)).toBeLessThan(0.3 * Math.max(a, b))
}, 60_000)
