import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload, TypedUser } from 'payload'

import { activityData } from '../../helpers/accessFixtures'
import { type Actor, restRequest } from '../../helpers/apiDrivers'
import { startWebServer, type WebServer } from '../../helpers/webServer'

/**
 * Accessibility answered at the source: a venue's facilities and a listing's own questions are
 * yes / no / not known; people must answer them (over REST, as the admin does), the server's
 * own saves store "not known"; residents read the answers plainly on the page.
 */
let server: WebServer
let payload: Payload
let editor: Actor
let organisation: number

beforeAll(async () => {
  server = await startWebServer()
  payload = server.payload
  const { user, token } = await payload.login({
    collection: 'users',
    data: { email: 'redactie@meedoen.test', password: 'demo-redactie' },
  })
  editor = { name: 'editor', user: user as TypedUser, token }
  const orgs = await payload.find({
    collection: 'organisations',
    where: { slug: { equals: 'welzijn-haren' } },
    overrideAccess: true,
  })
  organisation = orgs.docs[0]!.id
}, 120_000)
afterAll(async () => server?.stop())

const ALL_UNKNOWN = {
  stepFreeEntrance: 'unknown',
  accessibleToilet: 'unknown',
  hearingLoop: 'unknown',
  quietRoom: 'unknown',
  parking: 'unknown',
}
const venue = (name: string, accessibility?: object) => ({
  name,
  type: 'buurthuis',
  organisations: [organisation],
  address: { street: 'Kerkstraat', houseNumber: '3', postcode: '9751 AB', city: 'Haren' },
  _status: 'published',
  ...(accessibility ? { accessibility } : {}),
})
const count = async (collection: 'venues' | 'activities', name: string) =>
  (
    await payload.count({
      collection,
      where: { [collection === 'venues' ? 'name' : 'title']: { equals: name } },
      overrideAccess: true,
    })
  ).totalDocs

describe('a venue', () => {
  test('is refused without answers, or with an answer that is not one, and nothing is stored', async () => {
    const none = await restRequest(
      payload,
      editor,
      'POST',
      '/venues',
      venue('Zaal zonder antwoorden'),
    )
    expect(none.status).toBe(400)
    const errors = JSON.stringify(none.json)
    expect(errors).toContain('Kies een antwoord. Weet je het niet? Kies dan \\"Onbekend\\".')
    expect(errors).toContain('accessibility.stepFreeEntrance')
    const wrong = await restRequest(
      payload,
      editor,
      'POST',
      '/venues',
      venue('Zaal met misschien', { ...ALL_UNKNOWN, parking: 'misschien' }),
    )
    expect(wrong.status).toBe(400)
    expect(await count('venues', 'Zaal zonder antwoorden')).toBe(0)
    expect(await count('venues', 'Zaal met misschien')).toBe(0)
  })

  test('takes "onbekend" as an answer, and keeps the answers when other fields change', async () => {
    const made = await restRequest(
      payload,
      editor,
      'POST',
      '/venues',
      venue('Zaal met antwoorden', {
        ...ALL_UNKNOWN,
        stepFreeEntrance: 'yes',
        accessibleToilet: 'no',
      }),
    )
    expect(made.status).toBe(201)
    const id = (made.json.doc as { id: number }).id
    const patched = await restRequest(payload, editor, 'PATCH', `/venues/${id}`, {
      description: 'Een zaal.',
    })
    expect(patched.status).toBe(200)
    const stored = await payload.findByID({ collection: 'venues', id, overrideAccess: true })
    expect(stored.accessibility).toMatchObject({
      ...ALL_UNKNOWN,
      stepFreeEntrance: 'yes',
      accessibleToilet: 'no',
    })
  })

  test('saved by the server itself (seed, import) stores "unknown" for what it was not told', async () => {
    const made = await payload.create({
      collection: 'venues',
      data: venue('Zaal uit een import') as never,
      overrideAccess: true,
    })
    expect(made.accessibility).toMatchObject(ALL_UNKNOWN)
  })
})

describe('a listing', () => {
  test('asks about a wheelchair or walker and how much Dutch is needed', async () => {
    const { accessibility: _, ...data } = activityData(
      organisation,
      'Wandelen zonder antwoorden',
      'published',
    )
    const none = await restRequest(payload, editor, 'POST', '/activities', data)
    expect(none.status).toBe(400)
    expect(JSON.stringify(none.json)).toContain('accessibility.dutchNeeded')
    expect(await count('activities', 'Wandelen zonder antwoorden')).toBe(0)
    const made = await restRequest(payload, editor, 'POST', '/activities', {
      ...data,
      accessibility: { wheelchair: 'yes', dutchNeeded: 'none' },
    })
    expect(made.status).toBe(201)
  })

  test('shows the answers on its page plainly: there, not there, not known yet', async () => {
    const dilgt = await payload.find({
      collection: 'venues',
      where: { slug: { equals: 'jongerencentrum-de-zolder' } },
      overrideAccess: true,
    })
    const made = await restRequest(payload, editor, 'POST', '/activities', {
      ...activityData(organisation, 'Spelletjesmiddag toegankelijk', 'published'),
      locationKind: 'venue',
      venue: dilgt.docs[0]!.id,
      accessibility: { wheelchair: 'yes', dutchNeeded: 'some' },
    })
    expect(made.status).toBe(201)
    const slug = (made.json.doc as { slug: string }).slug
    const html = await (await fetch(`${server.url}/activiteit/${slug}`)).text()
    const panel = html.slice(html.indexOf('id="access"'), html.indexOf('id="contact"'))
    expect(panel).toContain('Met een rolstoel of rollator: ja')
    expect(panel).toContain('Nederlands nodig: een beetje')
    expect(panel).toMatch(/Nog niet bekend \(vraag het gerust\): [a-z]/)
  })
})
