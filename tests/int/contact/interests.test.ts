/**
 * Longer than 200 lines because the interest form, from the page to the e-mail, the errors and
 * the REST rules, is tested on one started web server with the form and count helpers at the top.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import fc from 'fast-check'

import { startWebServer, type WebServer } from '../../helpers/webServer'
import { allDocs } from '../../helpers/payload'

/** "Ik heb interesse" on the public site: the form, its confirmation, the e-mail and the errors. */
let server: WebServer
beforeAll(async () => {
  server = await startWebServer({ formLimit: { points: 10_000, durationSeconds: 600 } })
}, 120_000)
afterAll(async () => server?.stop())

const OPENING = '/plek/taalmaatje-in-haren'
const post = (path: string, body: Record<string, string> | string) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: typeof body === 'string' ? body : new URLSearchParams(body),
  })
const interests = async () => allDocs(server.payload, 'interests', 'id')
const outcomes = async () => allDocs(server.payload, 'interest-outcomes')
const good = {
  name: 'Sanne',
  contactBy: 'email',
  email: 'Sanne@Voorbeeld.nl ',
  phone: '06 11111111',
  message: 'Ik spreek ook Arabisch.',
  consent: 'yes',
  website: '',
}
const listing = async (collection: 'activities' | 'openings', title: string) =>
  (
    await server.payload.find({
      collection,
      where: { title: { equals: title } },
      overrideAccess: true,
      depth: 0,
    })
  ).docs[0]!

describe('the interest form', () => {
  test('an open opening shows the form with the privacy notice; a full one says it is not open', async () => {
    const page = await (await fetch(`${server.url}${OPENING}`)).text()
    expect(page).toContain('Ik heb interesse')
    expect(page).toContain('Na 90 dagen verwijderen we alles automatisch')
    expect(page).toContain(`action="${OPENING}/interesse#interesse"`)
    const full = await (await fetch(`${server.url}/plek/dagbesteding-houtwerkplaats`)).text()
    expect(full).toContain('Deze plek is nu niet open')
    expect(full).not.toContain('name="consent"')
    // Walk-in activities need no sign-up: no form.
    expect(
      await (await fetch(`${server.url}/activiteit/koffieochtend-in-de-dilgt`)).text(),
    ).not.toContain('id="interesse"')
  })

  test("stored for the listing's organisation with only the chosen channel, one anonymous count, a confirmation page, one e-mail without the personal data", async () => {
    const before = (await interests()).length
    const res = await post(`${OPENING}/interesse`, good)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`${OPENING}/interesse/verstuurd`)
    const stored = (await interests()).at(-1)!
    expect((await interests()).length).toBe(before + 1)
    const opening = await listing('openings', 'Taalmaatje in Haren')
    expect(stored).toMatchObject({
      name: 'Sanne',
      contactBy: 'email',
      email: 'Sanne@Voorbeeld.nl',
      phone: null,
      contactKey: 'sanne@voorbeeld.nl',
      message: 'Ik spreek ook Arabisch.',
      consent: true,
      consentVersion: 'interesse-2026-12',
      status: 'new',
      organisation: opening.organisation,
      listingKind: 'volunteer',
    })
    const outcome = (await outcomes()).find((o) => o.id === stored.outcome)!
    expect(outcome).toMatchObject({
      organisation: opening.organisation,
      listingKind: 'volunteer',
      status: 'new',
    })
    expect(Object.keys(outcome)).not.toContain('name')

    const confirmation = await fetch(`${server.url}${OPENING}/interesse/verstuurd`)
    expect(confirmation.status).toBe(200)
    const html = await confirmation.text()
    expect(html).toContain('Je bericht is verstuurd')
    expect(html).toContain('Stichting Welzijn Haren heeft je bericht gekregen')
    // The English confirmation page is the language switch's target.
    expect(html).toContain('href="/en/opening/taalmaatje-in-haren/interest/sent"')
    expect((await fetch(`${server.url}/en/opening/taalmaatje-in-haren/interest/sent`)).status).toBe(
      200,
    )

    const sent = jest.spyOn(server.payload, 'sendEmail')
    await server.payload.jobs.run({ queue: 'directory' })
    expect(sent).toHaveBeenCalledTimes(1)
    const mail = sent.mock.calls[0]![0] as {
      to: string[]
      subject: string
      html: string
      text: string
    }
    expect(mail.subject).toBe('Nieuwe interesse: Taalmaatje in Haren')
    expect(mail.to).toEqual(expect.arrayContaining(['lid@welzijnharen.test']))
    expect(`${mail.html}${mail.text}`).not.toMatch(/Sanne|voorbeeld\.nl|Arabisch/i)
    await server.payload.jobs.run({ queue: 'directory' })
    expect(sent).toHaveBeenCalledTimes(1)
    sent.mockRestore()
  })

  test('an activity that needs sign-up takes it as "Aanmelden", by phone', async () => {
    const activity = await listing('activities', 'Klik & Tik: beginnen met de computer')
    const path = `/activiteit/${activity.slug}`
    expect(await (await fetch(`${server.url}${path}`)).text()).toContain('Aanmelden')
    const res = await post(`${path}/interesse`, {
      name: 'Henk',
      contactBy: 'phone',
      phone: '+31 6 1234 5678',
      email: 'niet@bewaren.nl',
      consent: 'yes',
    })
    expect(res.status).toBe(303)
    expect((await interests()).at(-1)).toMatchObject({
      name: 'Henk',
      contactBy: 'phone',
      phone: '+31 6 1234 5678',
      email: null,
      contactKey: '0612345678',
      listingKind: 'activity',
    })
  })

  test('bad input: 400 with every problem named and linked to its field, in the page language; nothing stored', async () => {
    const before = [(await interests()).length, (await outcomes()).length]
    const empty = await post(`${OPENING}/interesse`, { contactBy: 'email' })
    expect(empty.status).toBe(400)
    const html = await empty.text()
    for (const text of ['Vul je naam in.', 'Vul je e-mailadres in', 'Zet een vinkje'])
      expect(html).toContain(text)
    expect(html).toContain('href="#interest-name"')
    expect(html).toContain('aria-invalid="true"')
    const phone = await post(`${OPENING}/interesse`, {
      ...good,
      contactBy: 'phone',
      phone: 'bel me',
    })
    expect(await phone.text()).toContain('Dit telefoonnummer klopt niet')
    // What Payload's own e-mail rule refuses, the form refuses too (with the field named, not a bare error).
    const dots = await post(`${OPENING}/interesse`, {
      ...good,
      email: 'sanne..de.vries@voorbeeld.nl',
    })
    expect(dots.status).toBe(400)
    expect(await dots.text()).toContain('Dit e-mailadres klopt niet')
    const en = await post('/en/opening/taalmaatje-in-haren/interest', {
      ...good,
      email: 'geen-adres',
    })
    expect(en.status).toBe(400)
    expect(await en.text()).toContain('This e-mail address is not right')
    // What was typed comes back in the form.
    expect(await (await post(`${OPENING}/interesse`, { ...good, consent: '' })).text()).toContain(
      'value="Sanne"',
    )
    expect(
      (await post(`${OPENING}/interesse`, { ...good, message: 'x'.repeat(20_000) })).status,
    ).toBe(413)
    expect((await post('/plek/bestaat-niet/interesse', good)).status).toBe(404)
    expect((await post('/plek/dagbesteding-houtwerkplaats/interesse', good)).status).toBe(404)
    expect((await post('/activiteit/koffieochtend-in-de-dilgt/interesse', good)).status).toBe(404)
    expect([(await interests()).length, (await outcomes()).length]).toEqual(before)
  })

  test('a filled honeypot is answered as if it worked, and nothing is stored', async () => {
    const before = (await interests()).length
    const res = await post(`${OPENING}/interesse`, { ...good, website: 'http://spam.test' })
    expect(res.status).toBe(303)
    expect((await interests()).length).toBe(before)
  })

  test('fast-check: no form input makes the server fail, and invalid input stores nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            name: fc.oneof(fc.constant('Ali'), fc.string({ maxLength: 120 })),
            contactBy: fc.oneof(fc.constantFrom('email', 'phone'), fc.string({ maxLength: 10 })),
            email: fc.oneof(fc.emailAddress(), fc.string({ maxLength: 60 })),
            phone: fc.oneof(fc.constant('06 12345678'), fc.string({ maxLength: 25 })),
            message: fc.string({ maxLength: 1100 }),
            consent: fc.constantFrom('yes', '', 'no'),
          },
          { requiredKeys: [] },
        ),
        async (body) => {
          const before = (await interests()).length
          const res = await post(`${OPENING}/interesse`, body)
          await res.arrayBuffer()
          expect([303, 400]).toContain(res.status)
          expect((await interests()).length).toBe(res.status === 303 ? before + 1 : before)
        },
      ),
      { numRuns: 60 },
    )
  })

  test('the privacy page says what each form keeps and for how long, in both languages, with the address the admin set', async () => {
    const nl = await (await fetch(`${server.url}/privacy`)).text()
    expect(nl).toContain('Na 90 dagen verwijderen we je gegevens automatisch')
    expect(nl).toContain('De e-mail die de organisatie krijgt, bevat je gegevens niet')
    expect(nl).toContain('href="/en/privacy"')
    expect(await (await fetch(`${server.url}${OPENING}`)).text()).toContain(
      'href="/privacy#rechten"',
    )
    await server.payload.updateGlobal({
      slug: 'site-settings',
      data: { privacy: { contactEmail: 'privacy@gemeente.test' } },
      overrideAccess: true,
    })
    const en = await (await fetch(`${server.url}/en/privacy`)).text()
    expect(en).toContain('After 90 days your details are deleted automatically')
    expect(en).toContain('href="mailto:privacy@gemeente.test"')
  })

  test('the REST API checks the same rules: consent, a contact, an open listing; organisation and status cannot be chosen', async () => {
    const opening = await listing('openings', 'Taalmaatje in Haren')
    const full = await listing('openings', 'Dagbesteding houtwerkplaats')
    const rest = (data: Record<string, unknown>) =>
      server.payload.create({
        collection: 'interests',
        data: {
          name: 'R',
          contactBy: 'email',
          email: 'r@example.nl',
          consent: true,
          status: 'placed',
          ...data,
        } as never,
        overrideAccess: false,
        user: null,
      })
    await expect(
      rest({ listing: { relationTo: 'openings', value: opening.id }, consent: false }),
    ).rejects.toThrow()
    await expect(
      rest({ listing: { relationTo: 'openings', value: opening.id }, email: '' }),
    ).rejects.toThrow(/e-mailadres/)
    await expect(rest({ listing: { relationTo: 'openings', value: full.id } })).rejects.toThrow(
      /niet meer open/,
    )
    const made = await rest({
      listing: { relationTo: 'openings', value: opening.id },
      organisation: 999,
    })
    expect(typeof made.organisation === 'object' ? made.organisation?.id : made.organisation).toBe(
      opening.organisation,
    )
    expect(made.status).toBe('new')
  })
})
