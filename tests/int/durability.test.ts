/**
 * Longer than 200 lines because every test uses the same COMMIT-failing trigger on one started
 * web server: through the Local API, REST, a publish and each public form, a write that fails at
 * COMMIT is never acknowledged.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { activityData } from '../helpers/accessFixtures'
import { restRequest } from '../helpers/apiDrivers'
import { startWebServer, type WebServer } from '../helpers/webServer'

/**
 * A write is acknowledged only when it is stored. The COMMITs here fail for real inside SQLite:
 * a test-only trigger adds a row that breaks a deferred foreign key, which SQLite checks only at
 * COMMIT (the same path as a full disk or an I/O error at COMMIT, without needing root).
 */
let server: WebServer
beforeAll(async () => {
  server = await startWebServer({ formLimit: { points: 10_000, durationSeconds: 600 } })
  await failCommitsWhen(server.payload, 'activities', 'title')
  await failCommitsWhen(server.payload, 'interests', 'name')
  await failCommitsWhen(server.payload, 'loket_requests', 'contact_name')
  await failCommitsWhen(server.payload, 'listing_reports', 'message')
}, 120_000)
afterAll(async () => server?.stop())

const MARK = 'NIET-OPSLAAN'
const run = (payload: Payload, sql: string) =>
  (
    payload.db as unknown as { client: { execute: (q: string) => Promise<unknown> } }
  ).client.execute(sql)

/** Every insert or update of `table` whose `column` contains MARK makes its transaction's COMMIT fail. */
const failCommitsWhen = async (payload: Payload, table: string, column: string) => {
  await run(payload, 'CREATE TABLE IF NOT EXISTS test_guard (id INTEGER PRIMARY KEY)')
  await run(
    payload,
    'CREATE TABLE IF NOT EXISTS test_orphan (guard INTEGER REFERENCES test_guard(id) DEFERRABLE INITIALLY DEFERRED)',
  )
  for (const event of ['INSERT', 'UPDATE']) {
    await run(
      payload,
      `CREATE TRIGGER test_fail_${event}_${table} AFTER ${event} ON ${table} WHEN NEW.${column} LIKE '%${MARK}%' BEGIN INSERT INTO test_orphan VALUES (-1); END`,
    )
  }
}

const count = async (
  collection: 'activities' | 'interests' | 'loket-requests' | 'listing-reports',
) => (await server.payload.count({ collection, overrideAccess: true })).totalDocs
const editor = async () => {
  const { user, token } = await server.payload.login({
    collection: 'users',
    data: { email: 'redactie@meedoen.test', password: 'demo-redactie' },
  })
  return { name: 'editor', user: user ?? null, token }
}
const post = (path: string, body: Record<string, string | string[]>) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(body as Record<string, string>),
  })
const postLoket = (body: Record<string, string | string[]>) => {
  const form = new URLSearchParams()
  for (const [key, value] of Object.entries(body))
    for (const v of [value].flat()) form.append(key, v)
  return fetch(`${server.url}/werkgevers`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form,
  })
}

describe('a COMMIT that fails', () => {
  test('fails the Local API call with 503 and stores nothing; the next write works', async () => {
    const organisation = (
      await server.payload.find({
        collection: 'organisations',
        overrideAccess: true,
        depth: 0,
        limit: 1,
      })
    ).docs[0]!
    const before = await count('activities')
    const data = activityData(organisation.id, `Koffie ${MARK}`)
    await expect(
      server.payload.create({
        collection: 'activities',
        data: data as never,
        draft: true,
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({
      status: 503,
      message: expect.stringContaining('Probeer het zo nog eens'),
    })
    expect(await count('activities')).toBe(before)
    await server.payload.create({
      collection: 'activities',
      data: { ...data, title: 'Koffie wel opgeslagen' } as never,
      draft: true,
      overrideAccess: true,
    })
    expect(await count('activities')).toBe(before + 1)
  })

  test('REST answers 503 with the Dutch/English message, not 201', async () => {
    const organisation = (
      await server.payload.find({
        collection: 'organisations',
        overrideAccess: true,
        depth: 0,
        limit: 1,
      })
    ).docs[0]!
    const before = await count('activities')
    const res = await restRequest(
      server.payload,
      await editor(),
      'POST',
      '/activities?draft=true',
      activityData(organisation.id, `Wandelen ${MARK}`),
    )
    expect(res.status).toBe(503)
    expect(JSON.stringify(res.json)).toContain(
      'De database kan dit nu niet opslaan. Probeer het zo nog eens.',
    )
    expect(await count('activities')).toBe(before)
  })
})

test('a publish whose COMMIT fails answers 503 over REST and the listing stays as it was', async () => {
  const organisation = (
    await server.payload.find({
      collection: 'organisations',
      overrideAccess: true,
      depth: 0,
      limit: 1,
    })
  ).docs[0]!
  const draft = await server.payload.create({
    collection: 'activities',
    data: activityData(organisation.id, 'Zwemmen') as never,
    draft: true,
    overrideAccess: true,
  })
  const res = await restRequest(
    server.payload,
    await editor(),
    'PATCH',
    `/activities/${draft.id}`,
    {
      title: `Zwemmen ${MARK}`,
      _status: 'published',
    },
  )
  expect(res.status).toBe(503)
  const after = await server.payload.findByID({
    collection: 'activities',
    id: draft.id,
    draft: true,
    overrideAccess: true,
    depth: 0,
  })
  expect(after).toMatchObject({ title: 'Zwemmen', _status: 'draft' })
})

describe('a public form whose save fails', () => {
  const OPENING = '/plek/taalmaatje-in-haren'
  test('the interest form comes back (503) with what the resident typed and "probeer het zo nog eens", no "verstuurd"', async () => {
    const before = await count('interests')
    const res = await post(`${OPENING}/interesse`, {
      name: `Sanne ${MARK}`,
      contactBy: 'email',
      email: 'sanne@voorbeeld.nl',
      phone: '',
      message: 'Ik kan op dinsdag.',
      consent: 'yes',
      website: '',
    })
    expect(res.status).toBe(503)
    expect(res.headers.get('location')).toBeNull()
    const html = await res.text()
    expect(html).toContain('Probeer het zo nog eens')
    expect(html).toContain(`value="Sanne ${MARK}"`)
    expect(html).toContain('value="sanne@voorbeeld.nl"')
    expect(html).toContain('Ik kan op dinsdag.')
    expect(await count('interests')).toBe(before)
  })

  test('the English page says so in English', async () => {
    const res = await post('/en/opening/taalmaatje-in-haren/interest', {
      name: `Sam ${MARK}`,
      contactBy: 'phone',
      email: '',
      phone: '06 12345678',
      message: '',
      consent: 'yes',
      website: '',
    })
    expect(res.status).toBe(503)
    const html = await res.text()
    expect(html).toContain('Please try again in a moment')
    expect(html).toContain('value="06 12345678"')
  })

  test('the report form keeps the reason and the message', async () => {
    const before = await count('listing-reports')
    const res = await post('/activiteit/koffieochtend-in-de-dilgt/melding', {
      reason: 'other',
      message: `Het adres klopt niet ${MARK}`,
      website: '',
    })
    expect(res.status).toBe(503)
    const html = await res.text()
    expect(html).toContain('Probeer het zo nog eens')
    expect(html).toContain(`Het adres klopt niet ${MARK}`)
    expect(html).toMatch(/value="other"[^>]*checked|checked[^>]*value="other"/)
    expect(await count('listing-reports')).toBe(before)
  })

  test('the loket form keeps every field', async () => {
    const before = await count('loket-requests')
    const res = await postLoket({
      organisationName: 'Bakkerij Van Dam',
      kvkNumber: '12345678',
      contactName: `Els ${MARK}`,
      email: 'els@bakkerijvandam.nl',
      phone: '050 987 65 43',
      kinds: ['work_experience', 'internship'],
      place: 'Haren',
      hoursPerWeek: '16',
      placesCount: '2',
      message: 'Vroeg beginnen.',
      consent: 'yes',
      website: '',
    })
    expect(res.status).toBe(503)
    expect(res.headers.get('location')).toBeNull()
    const html = await res.text()
    expect(html).toContain('Probeer het zo nog eens')
    for (const typed of [
      'Bakkerij Van Dam',
      `Els ${MARK}`,
      'els@bakkerijvandam.nl',
      'value="Haren"',
      'value="16"',
      'Vroeg beginnen.',
    ])
      expect(html).toContain(typed)
    expect(await count('loket-requests')).toBe(before)
  })
})
