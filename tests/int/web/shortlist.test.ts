import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { shareQuery } from '../../../src/data/shortlist'
import { startWebServer, type WebServer } from '../../helpers/webServer'

/**
 * A professional's shortlist for a client: the buttons only for them, the list in a cookie (no
 * client data anywhere), the print page with a QR code per listing, and the signed link that
 * anyone may open until it expires.
 */
let server: WebServer
const cookies: Record<string, string> = {}
beforeAll(async () => {
  server = await startWebServer()
  for (const [who, email, password] of [
    ['professional', 'professional@meedoen.test', 'demo-professional'],
    ['member', 'lid@welzijnharen.test', 'demo-welzijn'],
  ] as const) {
    const { token } = await server.payload.login({ collection: 'users', data: { email, password } })
    cookies[who] = `payload-token=${token}`
  }
}, 120_000)
afterAll(async () => server?.stop())

const get = (path: string, cookie = '') =>
  fetch(`${server.url}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} })
const post = (body: Record<string, string>, cookie: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/lijstje`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, ...headers },
    body: new URLSearchParams(body),
  })
const idOf = async (collection: 'activities' | 'openings', slug: string) =>
  (
    await server.payload.find({
      collection,
      where: { slug: { equals: slug } },
      overrideAccess: true,
      depth: 0,
    })
  ).docs[0]!.id
/** The professional's cookies with a shortlist of these keys. */
const withList = (keys: string) => `${cookies.professional}; meedoen_lijstje=${keys}`

describe('making a shortlist', () => {
  test('the buttons are for professionals only, on results and listing pages', async () => {
    const taal = await idOf('activities', 'taalcafe-haren')
    const results = await (await get('/zoeken?q=taal', cookies.professional)).text()
    const button = new RegExp(
      `<p class="shortlist-toggle no-print" id="lijstje-a${taal}"><button ([^>]+)>`,
    )
    const attributes = button.exec(results)![1]!
    for (const attribute of [
      'type="submit"',
      'form="lijstje-form"',
      'name="add"',
      `value="a${taal}"`,
    ])
      expect(attributes).toContain(attribute)
    expect(results).toMatch(/<form id="lijstje-form" hidden="" action="\/lijstje" method="post">/)
    const detail = await (await get('/activiteit/taalcafe-haren', cookies.professional)).text()
    expect(detail).toContain('Zet op het lijstje voor je cliënt')
    for (const cookie of ['', cookies.member!]) {
      expect(await (await get('/zoeken?q=taal', cookie)).text()).not.toContain('lijstje-form')
      expect(await (await get('/activiteit/taalcafe-haren', cookie)).text()).not.toContain(
        'Op lijstje',
      )
    }
  })

  test('one click adds (a cookie, nothing stored), back at the button; taking off and emptying work', async () => {
    const taal = await idOf('activities', 'taalcafe-haren')
    const added = await post({ add: `a${taal}`, back: '/zoeken?q=taal' }, withList('o1'))
    expect(added.status).toBe(303)
    expect(added.headers.get('location')).toBe(`/zoeken?q=taal#lijstje-a${taal}`)
    const cookie = added.headers.get('set-cookie')!
    expect(cookie).toMatch(new RegExp(`^meedoen_lijstje=o1\\.a${taal}; Max-Age=604800; Path=/;`))
    expect(cookie).toMatch(/HttpOnly; SameSite=Lax/)
    const removed = await post({ remove: 'o1', back: '/lijstje' }, withList(`o1.a${taal}`))
    expect(removed.headers.get('set-cookie')).toMatch(new RegExp(`^meedoen_lijstje=a${taal};`))
    const cleared = await post({ clear: '1', back: '/lijstje' }, withList(`o1.a${taal}`))
    expect(cleared.headers.get('set-cookie')).toMatch(/^meedoen_lijstje=; Max-Age=0/)
    // Back is a path on this site only.
    for (const back of ['//elders.example/x', 'https://elders.example', '/\\elders.example'])
      expect((await post({ add: 'o1', back }, cookies.professional!)).headers.get('location')).toBe(
        '/lijstje#lijstje-o1',
      )
  })

  test('not for others: visitors to the login, members 403, another site 403', async () => {
    const anonymous = await post({ add: 'o1' }, '')
    expect(anonymous.status).toBe(303)
    expect(anonymous.headers.get('location')).toMatch(/^\/admin\/login\?redirect=/)
    expect(anonymous.headers.get('set-cookie')).toBeNull()
    expect((await post({ add: 'o1' }, cookies.member!)).status).toBe(403)
    expect((await get('/lijstje', cookies.member)).status).toBe(403)
    const foreign = await post({ add: 'o1' }, cookies.professional!, {
      origin: 'https://elders.example',
    })
    expect(foreign.status).toBe(403)
    expect(foreign.headers.get('set-cookie')).toBeNull()
  })
})

describe('printing and sharing it', () => {
  test('the list: one block per listing in order, when, where, how, a QR code to its page, and a link to share', async () => {
    const taal = await idOf('activities', 'taalcafe-haren')
    const kok = await idOf('openings', 'kok-voor-de-buurtkeuken')
    const res = await get('/lijstje', withList(`o${kok}.a${taal}`))
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    const html = await res.text()
    expect(html.indexOf('Kok voor de buurtkeuken')).toBeLessThan(html.indexOf('Taalcafé Haren'))
    expect(html).toContain('Elke donderdag van 14.00 tot 15.30 uur')
    expect(html).toContain('Huis van de Wijk De Dilgt, Kerklaan 12, 9751 NN Haren')
    expect(html).toContain('Niet nodig, loop gewoon binnen. Gratis.')
    expect(html.match(/<svg[^>]*viewBox/g)).toHaveLength(2)
    // The site's own address (SERVER_URL) in the QR code and the links, not the test's port.
    expect(html).toContain('href="http://meedoen.test/plek/kok-voor-de-buurtkeuken"')
    expect(html).toContain('name="robots" content="noindex"')
    const link = /id="lijstje-link"[^>]*value="([^"]+)"/.exec(html)![1]!.replaceAll('&amp;', '&')
    expect(link).toMatch(/\/lijstje\/gedeeld\?l=o\d+\.a\d+&tot=\d{4}-\d{2}-\d{2}&sig=/)

    // The shared link works for anyone, without controls, and not after its day.
    const site = 'http://meedoen.test'
    const shared = await get(link.replace(site, ''))
    expect(shared.status).toBe(200)
    const page = await shared.text()
    expect(page).toContain('Kok voor de buurtkeuken')
    expect(page).not.toContain('lijstje-link')
    const changed = link.replace(/l=o\d+/, 'l=o999')
    expect((await get(changed.replace(site, ''))).status).toBe(404)
    const old = shareQuery(server.payload, [`o${kok}`], new Date(Date.now() - 20 * 86_400_000))
    const expired = await get(`/lijstje/gedeeld?${old}`)
    expect(expired.status).toBe(410)
    expect(await expired.text()).toContain('Deze lijst is verlopen')
  })

  test('a listing that left the site is left out; an empty list says how to fill it', async () => {
    const kok = await idOf('openings', 'kok-voor-de-buurtkeuken')
    const html = await (await get('/lijstje', withList(`o${kok}.o999999`))).text()
    expect(html.match(/class="shortlist-item"/g)).toHaveLength(1)
    const empty = await (await get('/lijstje', cookies.professional)).text()
    expect(empty).toContain('Je lijstje is nog leeg.')
    expect(empty).not.toContain('lijstje-link')
  })
})
