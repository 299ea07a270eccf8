import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { startWebServer, type WebServer } from '../../helpers/webServer'

/**
 * "Wie is wie" on the site: only for people in the chain (professionals, members, editors),
 * found by neighbourhood, theme and words, hidden entries only to their owner, and never on a
 * public page, in the sitemap or in the open data.
 */
let server: WebServer
const cookies: Record<string, string> = {}
const login = async (email: string, password: string) =>
  `payload-token=${(await server.payload.login({ collection: 'users', data: { email, password } })).token}`
const idOf = async (collection: 'areas' | 'themes', name: string) =>
  (
    await server.payload.find({
      collection,
      where: { name: { equals: name } },
      overrideAccess: true,
      depth: 0,
    })
  ).docs[0]!.id
const user = async (email: string) =>
  (
    await server.payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      overrideAccess: true,
    })
  ).docs[0]!

beforeAll(async () => {
  server = await startWebServer()
  cookies.professional = await login('professional@meedoen.test', 'demo-professional')
  cookies.member = await login('lid@welzijnharen.test', 'demo-welzijn')
  await server.payload.create({
    collection: 'users',
    data: { name: 'Zonder Rol', email: 'zonder@example.nl', password: 'zonder-rol-123' },
    overrideAccess: true,
  })
  cookies.nobody = await login('zonder@example.nl', 'zonder-rol-123')
  // The demo's entries; Welzijn Haren's member hides hers, as the owner may.
  const member = await user('lid@welzijnharen.test')
  await server.payload.update({
    collection: 'profiles',
    where: { user: { equals: member.id } },
    data: { published: false },
    overrideAccess: false,
    user: member,
  })
}, 120_000)
afterAll(async () => server?.stop())

const get = (path: string, cookie = '') =>
  fetch(`${server.url}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} })

describe('wie is wie', () => {
  test('only for people in the chain: visitors to the login, an account without a role 403', async () => {
    const anonymous = await get('/wie-is-wie')
    expect(anonymous.status).toBe(303)
    expect(anonymous.headers.get('location')).toBe('/admin/login?redirect=%2Fwie-is-wie')
    expect((await get('/wie-is-wie', cookies.nobody)).status).toBe(403)
    const page = await get('/wie-is-wie', cookies.member)
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toBe('private, no-store')
  })

  test('found by neighbourhood, theme and words, with a phone and e-mail to use at once', async () => {
    const haren = await idOf('areas', 'Haren-centrum')
    const html = await (await get(`/wie-is-wie?area=${haren}`, cookies.member)).text()
    expect(html).toContain('Pieter Consulent')
    expect(html).toContain('klantmanager · Gemeente Groningen, Werk en Inkomen')
    expect(html).toContain('href="tel:0611223344"')
    expect(html).toContain('Kan helpen met: Werkervaringsplekken, loonkostensubsidie')
    expect(html).not.toContain('Vrijwilligerscentrale Groningen')
    const elsewhere = await idOf('areas', 'Oosterpoort')
    expect(await (await get(`/wie-is-wie?area=${elsewhere}`, cookies.member)).text()).not.toContain(
      'Pieter Consulent',
    )
    expect(await (await get('/wie-is-wie?q=loonkostensubsidie', cookies.member)).text()).toContain(
      'Pieter Consulent',
    )
    const taal = await idOf('themes', 'Taal')
    const byTheme = await (await get(`/wie-is-wie?theme=${taal}`, cookies.member)).text()
    expect(byTheme).toContain('Pieter Consulent')
    expect(byTheme).toContain('Vrijwilligerscentrale Groningen')
    expect(await (await get('/wie-is-wie?q=boekhouder', cookies.member)).text()).toContain(
      'Niemand gevonden',
    )
  })

  test('a hidden entry is seen only by its owner (marked so); each sees how to make or edit their own', async () => {
    const byProfessional = await (await get('/wie-is-wie', cookies.professional)).text()
    expect(byProfessional).not.toContain('Anneke de Vries')
    expect(byProfessional).toContain('Pas je kaart aan')
    const byOwner = await (await get('/wie-is-wie', cookies.member)).text()
    expect(byOwner).toContain('Anneke de Vries')
    expect(byOwner).toContain('Niet zichtbaar voor anderen')
  })

  test('never public: not on the site for visitors, not in the sitemap, not in the open data', async () => {
    const sitemap = await (await get('/sitemap.xml')).text()
    expect(sitemap).not.toMatch(/wie-is-wie|Pieter Consulent/)
    expect(await (await get('/robots.txt')).text()).toContain('Disallow: /wie-is-wie')
    for (const path of ['/api/profiles', '/api/hsds/services', '/api/directory/search?q=Pieter'])
      expect(await (await get(path)).text()).not.toContain('06 11 22 33 44')
  })
})
