import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { serveApp, startWebServer, type WebServer } from '../../helpers/webServer'

/** Per-IP limits on the interest and loket forms: hit (429 + Retry-After, nothing stored), REST shares the budget, each form its own, recovery. */
let server: WebServer
let strict: { url: string; close: () => Promise<void> }
beforeAll(async () => {
  server = await startWebServer()
  strict = await serveApp(server.payload, {
    formLimit: { points: 2, durationSeconds: 2 },
    rest: true,
  })
}, 120_000)
afterAll(async () => {
  await strict?.close()
  await server?.stop()
})

const post = (path: string, body: Record<string, string>) =>
  fetch(`${strict.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(body),
  })
const interest = { name: 'Limiet', contactBy: 'email', email: 'limiet@example.nl', consent: 'yes' }
const loket = {
  organisationName: 'Limiet BV',
  contactName: 'L',
  email: 'l@limiet.nl',
  kinds: 'paid_job',
  place: 'Haren',
  consent: 'yes',
}
const count = async (collection: 'interests' | 'loket-requests') =>
  (await server.payload.count({ collection, overrideAccess: true })).totalDocs

test('interest form: the third post within the window is refused and stores nothing; REST shares the budget; the loket has its own; after the window it works again', async () => {
  expect((await post('/plek/taalmaatje-in-haren/interesse', interest)).status).toBe(303)
  expect((await post('/en/opening/taalmaatje-in-haren/interest', interest)).status).toBe(303)
  const before = await count('interests')
  const blocked = await post('/plek/taalmaatje-in-haren/interesse', interest)
  expect(blocked.status).toBe(429)
  expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
  expect(await blocked.text()).toContain('Je hebt net al een paar berichten gestuurd')
  const rest = await fetch(`${strict.url}/api/interests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  })
  expect(rest.status).toBe(429)
  expect(await count('interests')).toBe(before)

  expect((await post('/werkgevers', loket)).status).toBe(303)
  expect((await post('/werkgevers', loket)).status).toBe(303)
  const loketBlocked = await post('/en/employers', loket)
  expect(loketBlocked.status).toBe(429)
  expect(await loketBlocked.text()).toContain('You have just sent a few requests')
  expect(
    (
      await fetch(`${strict.url}/api/loket-requests`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
    ).status,
  ).toBe(429)

  await new Promise((resolve) => setTimeout(resolve, 2_100))
  expect((await post('/plek/taalmaatje-in-haren/interesse', interest)).status).toBe(303)
  expect(await count('interests')).toBe(before + 1)
})
