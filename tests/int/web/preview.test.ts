import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { documentHref, previewPath } from '../../../src/lib/paths'
import { PREVIEW_PATH } from '../../../src/web/routes/preview'
import { startWebServer, type WebServer } from '../../helpers/webServer'

/** The admin's "Voorbeeld": a draft as the public page renders it, only for who may read the draft. */
let server: WebServer
let draftID: string
const tokens: Record<string, string> = {}
beforeAll(async () => {
  server = await startWebServer()
  const { docs } = await server.payload.find({
    collection: 'organisations',
    where: { slug: { equals: 'welzijn-haren' } },
    overrideAccess: true,
  })
  const draft = await server.payload.create({
    collection: 'activities',
    draft: true,
    overrideAccess: true,
    data: {
      title: 'Nog geheime breiclub',
      summary: 'Alleen in het voorbeeld.',
      organisation: docs[0]!.id,
      locationKind: 'outdoor',
      schedule: { kind: 'weekly', weekdays: ['2'], startTime: '10:00', endTime: '12:00' },
      cost: { kind: 'free' },
      signUp: 'walk_in',
      _status: 'draft',
    },
  })
  draftID = String(draft.id)
  for (const [who, email, password] of [
    ['member', 'lid@welzijnharen.test', 'demo-welzijn'],
    ['other', 'lid@vcgroningen.test', 'demo-vrijwilligers'],
    ['editor', 'redactie@meedoen.test', 'demo-redactie'],
  ]) {
    tokens[who!] = (
      await server.payload.login({
        collection: 'users',
        data: { email: email!, password: password! },
      })
    ).token!
  }
}, 120_000)
afterAll(async () => server?.stop())

const preview = (who?: string) =>
  fetch(`${server.url}${previewPath('activities', draftID)}`, {
    headers: who ? { cookie: `payload-token=${tokens[who]}` } : {},
  })

test('its own organisation and the editors see the draft as the public page, marked as a preview, never cached or indexed', async () => {
  for (const who of ['member', 'editor']) {
    const res = await preview(who)
    expect(res.status).toBe(200)
    const body = await res.text()
    expect(body).toContain('<h1>Nog geheime breiclub</h1>')
    expect(body).toContain('Voorbeeld: zo ziet deze pagina eruit als hij gepubliceerd is.')
    expect(body).toContain('<meta name="robots" content="noindex, nofollow"/>')
    expect(res.headers.get('cache-control')).toBe('private, no-store')
  }
})

test('anyone else gets the 404 of a page that does not exist; the public page of the draft is 404 too', async () => {
  for (const who of [undefined, 'other']) {
    const res = await preview(who)
    expect(res.status).toBe(404)
    expect(await res.text()).not.toContain('Nog geheime breiclub')
  }
  expect(
    (
      await fetch(`${server.url}${previewPath('activities', 'abc')}`, {
        headers: { cookie: `payload-token=${tokens.editor}` },
      })
    ).status,
  ).toBe(404)
  expect((await fetch(`${server.url}/activiteit/nog-geheime-breiclub`)).status).toBe(404)
})

test("the admin's links match the site's routes", async () => {
  // "Bekijk op de site" and the search API's links: the site serves a page at each, in both languages.
  for (const locale of ['nl', 'en'] as const) {
    for (const collection of ['activities', 'openings', 'venues', 'organisations'] as const) {
      const { docs } = await server.payload.find({
        collection,
        where: { _status: { equals: 'published' } },
        limit: 1,
        overrideAccess: true,
      })
      const path = documentHref(locale, collection, String(docs[0]!.slug))
      expect({ path, status: (await fetch(`${server.url}${path}`)).status }).toEqual({
        path,
        status: 200,
      })
    }
  }
  expect(previewPath('activities', 7)).toBe(`${PREVIEW_PATH.activities}/7`)
  expect(previewPath('openings', 7)).toBe(`${PREVIEW_PATH.openings}/7`)
  expect(previewPath('venues', 7)).toBe(`${PREVIEW_PATH.venues}/7`)
  expect(previewPath('organisations', 7)).toBe(`${PREVIEW_PATH.organisations}/7`)
})

test("an organisation's submitted profile and a new venue are previewed the same way, while the public pages keep what was published", async () => {
  const member = (
    await server.payload.login({
      collection: 'users',
      data: { email: 'lid@welzijnharen.test', password: 'demo-welzijn' },
    })
  ).user
  const { docs } = await server.payload.find({
    collection: 'organisations',
    where: { slug: { equals: 'welzijn-haren' } },
    overrideAccess: true,
  })
  const org = docs[0]!
  await server.payload.update({
    collection: 'organisations',
    id: org.id,
    draft: true,
    overrideAccess: false,
    user: member,
    data: { name: 'Welzijn Haren (nieuwe naam)' },
  })
  const venue = await server.payload.create({
    collection: 'venues',
    draft: true,
    overrideAccess: false,
    user: member,
    data: {
      name: 'Nieuw buurthuis in wording',
      type: 'buurthuis',
      organisations: [org.id],
      address: { street: 'Kerkstraat', houseNumber: '1', postcode: '9751 BA', city: 'Haren' },
      _status: 'draft',
    } as never,
  })
  const get = (path: string, who?: string) =>
    fetch(`${server.url}${path}`, {
      headers: who ? { cookie: `payload-token=${tokens[who]}` } : {},
    })
  for (const [path, text] of [
    [previewPath('organisations', org.id), 'Welzijn Haren (nieuwe naam)'],
    [previewPath('venues', venue.id), 'Nieuw buurthuis in wording'],
  ] as const) {
    for (const who of ['member', 'editor']) {
      const res = await get(path, who)
      expect(res.status).toBe(200)
      const body = await res.text()
      expect(body).toContain(`<h1>${text}</h1>`)
      expect(body).toContain('Voorbeeld: zo ziet deze pagina eruit als hij gepubliceerd is.')
    }
    for (const who of [undefined, 'other'])
      expect([path, who, (await get(path, who)).status]).toEqual([path, who, 404])
  }
  const live = await (await get('/organisatie/welzijn-haren')).text()
  expect(live).not.toContain('nieuwe naam')
  expect(live).toContain('<h1>')
})
