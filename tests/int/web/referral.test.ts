import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { allDocs } from '../../helpers/payload'
import { startWebServer, type WebServer } from '../../helpers/webServer'

/**
 * "Verwijs een cliënt" on the public site: offered to professionals only, the form behind the
 * login, every problem named at its field with what was typed kept, another site's post
 * refused, and a good referral stored as the professional and confirmed.
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

const OPENING = '/plek/taalmaatje-in-haren'
const FORM = `${OPENING}/verwijzen`
const get = (path: string, who?: string) =>
  fetch(`${server.url}${path}`, {
    redirect: 'manual',
    headers: who ? { cookie: cookies[who]! } : {},
  })
const post = (body: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${FORM}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: cookies.professional!,
      ...headers,
    },
    body: new URLSearchParams(body),
  })
const good = {
  clientName: 'Samira',
  contactBy: 'phone',
  phone: '06 12121212',
  support: 'Een vast aanspreekpunt.',
  note: 'Wil graag met mensen werken.',
  currentRung: '2',
  consent: 'yes',
}

describe('the referral form', () => {
  test('offered on listing pages to professionals only', async () => {
    const professional = await (await get(OPENING, 'professional')).text()
    expect(professional).toContain('<h2 id="verwijzen-title">Verwijzen</h2>')
    expect(professional).toContain(`href="${FORM}"`)
    for (const who of [undefined, 'member'])
      expect(await (await get(OPENING, who)).text()).not.toContain('id="verwijzen"')
    // A full opening takes no referral; an activity does.
    expect(
      await (await get('/plek/dagbesteding-houtwerkplaats', 'professional')).text(),
    ).not.toContain('id="verwijzen"')
    expect(
      await (await get('/activiteit/koffieochtend-in-de-dilgt', 'professional')).text(),
    ).toContain('href="/activiteit/koffieochtend-in-de-dilgt/verwijzen"')
  })

  test('behind the login: visitors go to the login and back, members get 403, a full opening 404', async () => {
    const anonymous = await get(FORM)
    expect(anonymous.status).toBe(303)
    expect(anonymous.headers.get('location')).toBe(
      `/admin/login?redirect=${encodeURIComponent(FORM)}`,
    )
    const member = await get(FORM, 'member')
    expect(member.status).toBe(403)
    expect(await member.text()).toContain('Alleen voor professionals')
    expect((await get('/plek/dagbesteding-houtwerkplaats/verwijzen', 'professional')).status).toBe(
      404,
    )
    const form = await (await get(FORM, 'professional')).text()
    expect(form).toContain('Verwijs een cliënt naar Taalmaatje in Haren')
    expect(form).toContain('Voornaam of initialen van je cliënt')
    expect(form).toContain('Na 180 dagen verwijderen we hem automatisch')
    expect(form).toContain('href="/admin/collections/referrals"')
  })

  test('problems are named at their fields, everything typed is kept, and nothing is stored', async () => {
    const before = (await allDocs(server.payload, 'referrals')).length
    const res = await post({ ...good, clientName: 'Samira el Idrissi', note: 'BSN 123.456.782' })
    expect(res.status).toBe(400)
    const page = await res.text()
    expect(page).toContain('href="#referral-clientName">Alleen een voornaam of initialen')
    expect(page).toContain('href="#referral-note">Hier staat een BSN')
    expect(page).toContain('value="Samira el Idrissi"')
    expect(page).toContain('Een vast aanspreekpunt.')
    const noConsent = await post({ ...good, consent: '' })
    expect(noConsent.status).toBe(400)
    expect(await noConsent.text()).toContain('Zet een vinkje als je cliënt toestemming geeft.')
    expect((await allDocs(server.payload, 'referrals')).length).toBe(before)
  })

  test("another site's post is refused (403) with what was typed kept", async () => {
    const before = (await allDocs(server.payload, 'referrals')).length
    const foreign: Record<string, string>[] = [
      { origin: 'https://elders.example' },
      { 'sec-fetch-site': 'cross-site' },
    ]
    for (const headers of foreign) {
      const res = await post(good, headers)
      expect(res.status).toBe(403)
      expect(await res.text()).toContain('value="Samira"')
    }
    expect((await allDocs(server.payload, 'referrals')).length).toBe(before)
  })

  test('a good referral is stored as the professional, then confirmed with what happens next', async () => {
    const res = await post(good, { 'sec-fetch-site': 'same-origin' })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`${FORM}/verstuurd`)
    const stored = (await allDocs(server.payload, 'referrals', 'id')).at(-1)
    const professional = (
      await server.payload.find({
        collection: 'users',
        where: { email: { equals: 'professional@meedoen.test' } },
        overrideAccess: true,
      })
    ).docs[0]!
    expect(stored).toMatchObject({
      clientName: 'Samira',
      phone: '06 12121212',
      currentRung: '2',
      status: 'sent',
      referredBy: professional.id,
    })
    const sent = await (await get(`${FORM}/verstuurd`, 'professional')).text()
    expect(sent).toContain('Je verwijzing is verstuurd')
    expect(sent).toContain('laat binnen 5 werkdagen weten')
    expect(sent).not.toContain('Samira')
    const english = await (
      await get('/en/opening/taalmaatje-in-haren/refer', 'professional')
    ).text()
    expect(english).toContain('Refer a client to Taalmaatje in Haren')
  })
})
