import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { TASKS } from '../../../plugins/directory/constants'
import { restRequest } from '../../helpers/apiDrivers'
import { allDocs } from '../../helpers/payload'
import type { ReceivedMail, SmtpPeer } from '../../helpers/smtpPeer'
import { startWebServerWithMail, type WebServer } from '../../helpers/webServer'

/**
 * "Stuur me nieuwe plekken" from the results page to the weekly e-mail, over a real SMTP peer:
 * double opt-in (the link opens a page whose button confirms), only new places, RFC 8058
 * one-click unsubscribe without cookies, and the person's data in export and erasure.
 */
let server: WebServer
let smtp: SmtpPeer
let stop: () => Promise<void>
beforeAll(async () => {
  ;({ server, smtp, stop } = await startWebServerWithMail({
    formLimit: { points: 10_000, durationSeconds: 600 },
  }))
}, 120_000)
afterAll(async () => stop?.())

const SEARCH = 'kind=activity&postcode=9751+AB&radius=10'
const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body,
  })
const form = (fields: Record<string, string>) => String(new URLSearchParams(fields))
const runJobs = () => server.payload.jobs.run({ queue: 'directory', limit: 100 })
const alerts = () => allDocs(server.payload, 'alerts', 'id')
/** The decoded text of a received e-mail (folded headers joined, quoted-printable soft breaks undone). */
const textOf = (mail: ReceivedMail) =>
  mail.raw
    .replace(/\r?\n[ \t]+/g, ' ')
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
/** The SMTP envelope has the domain in lower case. */
const toSanne = (m: ReceivedMail) => m.to.some((a) => a.toLowerCase() === 'sanne@voorbeeld.nl')
const pathOf = (url: string) => url.replace(/^https?:\/\/[^/]+/, '')
const weekly = async () => {
  await server.payload.jobs.queue({ task: TASKS.alerts, queue: 'directory', input: {} })
  await runJobs()
}

describe('alerts for new places', () => {
  let confirmLink = ''
  let unsubscribeHeader = ''

  test('the results page offers it for the search as it stands; bad input comes back with what was typed', async () => {
    const page = await (await fetch(`${server.url}/zoeken?${SEARCH}&page=1`)).text()
    expect(page).toContain('Stuur me nieuwe plekken')
    expect(page).toMatch(/name="query" value="kind=activity&amp;postcode=9751\+AB&amp;radius=10"/)
    const before = (await alerts()).length
    const bad = await post('/nieuwe-plekken', form({ email: 'sanne@', query: SEARCH }))
    expect(bad.status).toBe(400)
    const body = await bad.text()
    expect(body).toContain('Dit e-mailadres klopt niet')
    expect(body).toContain('Zet een vinkje als je deze e-mails wilt krijgen.')
    expect(body).toContain('value="sanne@"')
    expect((await alerts()).length).toBe(before)
  })

  test('subscribing stores it unconfirmed and sends one e-mail whose link only opens a page with a button', async () => {
    const res = await post(
      '/nieuwe-plekken',
      form({ email: ' Sanne@Voorbeeld.nl ', consent: 'yes', query: SEARCH, website: '' }),
    )
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toMatch(/^\/nieuwe-plekken\/verstuurd\?/)
    expect((await alerts()).at(-1)).toMatchObject({
      status: 'pending',
      email: 'Sanne@Voorbeeld.nl',
    })
    await runJobs()
    const mail = await smtp.waitFor((m) => toSanne(m))
    expect(textOf(mail)).toContain('Subject: Bevestig: nieuwe plekken per e-mail')
    confirmLink = pathOf(
      /https?:\/\/\S+\/nieuwe-plekken\/bevestig\?token=[\w.-]+/.exec(textOf(mail))![0],
    )
    // A mail scanner following the link changes nothing.
    const opened = await fetch(`${server.url}${confirmLink}`)
    expect(await opened.text()).toContain('Ja, stuur me nieuwe plekken')
    expect((await alerts()).at(-1)!.status).toBe('pending')
  })

  test('the button confirms, once; a wrong token changes nothing', async () => {
    const token = new URL(confirmLink, 'http://x').searchParams.get('token')!
    const wrong = await post(
      confirmLink.split('?')[0]!,
      form({ token: `${token.slice(0, -3)}abc` }),
    )
    expect(wrong.status).toBe(400)
    const done = await post(confirmLink.split('?')[0]!, form({ token }))
    expect(done.status).toBe(200)
    expect(await done.text()).toContain('Je krijgt voortaan elke week een e-mail')
    const alert = (await alerts()).at(-1)!
    expect(alert.status).toBe('active')
    expect((alert.seen as string[]).length).toBeGreaterThan(0)
  })

  test('the weekly e-mail has only new places, with one-click unsubscribe headers; nothing new, no e-mail', async () => {
    await weekly()
    expect(smtp.received.filter((m) => toSanne(m))).toHaveLength(1)
    const { docs } = await server.payload.find({
      collection: 'activities',
      where: { slug: { equals: 'koffieochtend-in-de-dilgt' } },
      depth: 0,
    })
    const source = docs[0]!
    await server.payload.create({
      collection: 'activities',
      data: {
        ...source,
        id: undefined,
        slug: 'nieuwe-breiclub-haren',
        title: 'Nieuwe breiclub in Haren',
        _status: 'published',
      } as never,
    })
    await weekly()
    const mail = await smtp.waitFor((m) => toSanne(m) && /Subject: \d+ nieuwe plek/.test(m.raw))
    const text = textOf(mail)
    expect(text).toContain('Subject: 1 nieuwe plek voor jou')
    expect(text).toContain('Nieuwe breiclub in Haren')
    expect(text).not.toContain('Koffieochtend in De Dilgt')
    expect(text).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/)
    unsubscribeHeader = /List-Unsubscribe: <([^>]+)>/.exec(text)![1]!
    expect(unsubscribeHeader).toMatch(/\/nieuwe-plekken\/afmelden\?token=/)
    const count = smtp.received.length
    await weekly()
    expect(smtp.received.length).toBe(count)
  })

  test("one click (the mail program's POST, no cookies) unsubscribes and deletes the address", async () => {
    const res = await post(pathOf(unsubscribeHeader), 'List-Unsubscribe=One-Click')
    expect(res.status).toBe(200)
    expect(res.headers.get('set-cookie')).toBeNull()
    expect((await alerts()).some((a) => a.email === 'Sanne@Voorbeeld.nl')).toBe(false)
    expect((await post(pathOf(unsubscribeHeader), 'List-Unsubscribe=One-Click')).status).toBe(400)
  })

  test('editors export and erase a person’s alerts with their other data; nobody else reads them', async () => {
    await post(
      '/nieuwe-plekken',
      form({ email: 'joost@voorbeeld.nl', consent: 'yes', query: SEARCH }),
    )
    const { token } = await server.payload.login({
      collection: 'users',
      data: { email: 'redactie@meedoen.test', password: 'demo-redactie' },
    })
    const editor = { name: 'editor', user: null, token }
    const exported = await restRequest(
      server.payload,
      editor,
      'GET',
      '/interests/person?contact=joost@voorbeeld.nl',
    )
    expect(exported.status).toBe(200)
    expect((exported.json as { alerts: { search: string }[] }).alerts).toEqual([
      expect.objectContaining({
        search: 'kind=activity&postcode=9751+AB&radius=10',
        status: 'pending',
      }),
    ])
    const anonymous = await restRequest(
      server.payload,
      { name: 'anonymous', user: null },
      'GET',
      '/alerts',
    )
    expect(anonymous.status).toBe(403)
    const erased = await restRequest(server.payload, editor, 'POST', '/interests/person/erase', {
      contact: 'joost@voorbeeld.nl',
    })
    expect(erased.json).toMatchObject({ alertsDeleted: 1 })
    expect((await alerts()).some((a) => a.email === 'joost@voorbeeld.nl')).toBe(false)
  })
})
