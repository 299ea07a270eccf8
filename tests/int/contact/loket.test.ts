/**
 * Longer than 200 lines because the loket is tested from the form to the convert action on one
 * started web server with shared helpers, and the convert tests act on the request the form test
 * stored.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import fc from 'fast-check'
import type { TypedUser } from 'payload'

import { restRequest } from '../../helpers/apiDrivers'
import { startWebServer, type WebServer } from '../../helpers/webServer'
import { allDocs } from '../../helpers/payload'
import type { CollectionSlug, Where } from 'payload'

/** The employer loket: public form, deadline, assignment and e-mail, overdue, and the convert action. */
let server: WebServer
beforeAll(async () => {
  server = await startWebServer({ formLimit: { points: 10_000, durationSeconds: 600 } })
}, 120_000)
afterAll(async () => server?.stop())

const post = (body: Record<string, string | string[]> | string, path = '/werkgevers') => {
  const form = new URLSearchParams()
  if (typeof body !== 'string')
    for (const [k, v] of Object.entries(body)) for (const one of [v].flat()) form.append(k, one)
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: typeof body === 'string' ? body : form,
  })
}
/** How many stored documents match (no access rules). */
const countOf = async (collection: CollectionSlug, where: Where) =>
  (await server.payload.count({ collection, where, overrideAccess: true })).totalDocs
const requests = async () => allDocs(server.payload, 'loket-requests', 'id')
const login = async (email: string, password: string) => {
  const { user, token } = await server.payload.login({
    collection: 'users',
    data: { email, password },
  })
  return { name: email, user: user as TypedUser, token }
}
const good = {
  organisationName: 'Bakkerij Van Dam',
  kvkNumber: '1234 5678',
  contactName: 'Els van Dam',
  email: 'els@bakkerijvandam.nl',
  phone: '050 987 65 43',
  kinds: ['work_experience', 'internship'],
  place: 'Haren',
  hoursPerWeek: '16',
  placesCount: '2',
  message: 'Meedraaien in de bakkerij, vroeg beginnen.',
  consent: 'yes',
  website: '',
}

describe('the loket form', () => {
  test('the page is linked from every page and works in both languages', async () => {
    const home = await (await fetch(`${server.url}/`)).text()
    expect(home).toContain('href="/werkgevers"')
    const page = await fetch(`${server.url}/werkgevers`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('Ik wil als werkgever meedoen')
    expect(html).toContain('binnen 5 werkdagen')
    expect(html).toContain('href="/en/employers"')
    expect(await (await fetch(`${server.url}/en/employers`)).text()).toContain(
      'I want to take part as an employer',
    )
  })

  test('a request is stored with a deadline of 5 working days, thanked with that date; the job assigns the least busy editor and e-mails once', async () => {
    const res = await post(good)
    expect(res.status).toBe(303)
    const stored = (await requests()).at(-1)!
    expect(stored).toMatchObject({
      organisationName: 'Bakkerij Van Dam',
      kvkNumber: '12345678',
      kinds: ['work_experience', 'internship'],
      hoursPerWeek: 16,
      placesCount: 2,
      status: 'new',
      assignedTo: null,
    })
    const { addWorkingDays } = await import('../../../src/lib/contact')
    expect(stored.dueAt).toBe(addWorkingDays(new Date(stored.createdAt), 5).toISOString())
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
      new Date(stored.dueAt!),
    )
    expect(res.headers.get('location')).toMatch(
      new RegExp(
        `^/werkgevers/verstuurd\\?voor=${day}&s=[\\w-]{16}&volg=${stored.id}\\.[\\w-]{43}$`,
      ),
    )
    const thanks = await (await fetch(`${server.url}${res.headers.get('location')}`)).text()
    expect(thanks).toContain('Bedankt, je aanvraag is binnen')
    expect(thanks).toMatch(/uiterlijk \d+ \w+ 20\d\d contact/)
    // A date typed into the address, or the real one with another signature, is not believed.
    const signature = new URL(res.headers.get('location')!, server.url).searchParams.get('s')!
    for (const forged of [
      '?voor=1999-01-01',
      `?voor=1999-01-01&s=${signature}`,
      `?voor=${day}&s=${'x'.repeat(16)}`,
    ]) {
      const page = await (await fetch(`${server.url}/werkgevers/verstuurd${forged}`)).text()
      expect(page).toContain('Bedankt, je aanvraag is binnen')
      expect(page).not.toMatch(/uiterlijk \d+ \w+ 1999|uiterlijk \d+ \w+ 20\d\d contact/)
    }

    const sent = jest.spyOn(server.payload, 'sendEmail')
    await server.payload.jobs.run({ queue: 'directory' })
    const editor = (
      await server.payload.find({
        collection: 'users',
        where: { email: { equals: 'redactie@meedoen.test' } },
        overrideAccess: true,
      })
    ).docs[0]!
    expect((await requests()).at(-1)!.assignedTo).toBe(editor.id)
    // The employer's receipt with the link to follow the request, and the editor's e-mail.
    expect(sent).toHaveBeenCalledTimes(2)
    const [receipt, mail] = sent.mock.calls.map(
      (c) => c[0] as { to: string | string[]; subject: string },
    )
    expect(receipt).toMatchObject({
      to: 'els@bakkerijvandam.nl',
      subject: 'Je aanvraag bij het werkgeversloket',
    })
    expect(mail!.to).toEqual(['redactie@meedoen.test'])
    expect(mail!.subject).toMatch(/^Werkgeversloket: Bakkerij Van Dam \(reageren vóór/)
    sent.mockRestore()
  })

  test('bad input: 400 naming each problem in the page language, nothing stored; honeypot stores nothing; big bodies 413', async () => {
    const before = (await requests()).length
    const empty = await post({ consent: '' })
    expect(empty.status).toBe(400)
    const html = await empty.text()
    for (const text of [
      'Vul de naam van je bedrijf',
      'Vul je naam in.',
      'Vul je e-mailadres in',
      'Kies minstens één soort plek',
      'Vul in waar de plekken zijn',
      'Zet een vinkje',
    ])
      expect(html).toContain(text)
    const wrong = await post(
      { ...good, kvkNumber: '123', hoursPerWeek: '99', placesCount: 'veel', kinds: ['astronaut'] },
      '/en/employers',
    )
    expect(wrong.status).toBe(400)
    const en = await wrong.text()
    for (const text of [
      'A KvK number has 8 digits',
      'enter a number from 1 to 60',
      'enter a number from 1 to 500',
      'Choose at least one kind',
    ])
      expect(en).toContain(text)
    expect(en).toContain('value="Bakkerij Van Dam"')
    expect((await post({ ...good, message: 'x'.repeat(40_000) })).status).toBe(413)
    expect((await post({ ...good, website: 'spam' })).status).toBe(303)
    expect((await requests()).length).toBe(before)
  })

  test('fast-check: no input makes the server fail; invalid input stores nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            organisationName: fc.oneof(fc.constant('Garage Zuid'), fc.string({ maxLength: 130 })),
            contactName: fc.string({ maxLength: 20 }),
            email: fc.oneof(fc.emailAddress(), fc.string({ maxLength: 30 })),
            kinds: fc.array(
              fc.oneof(fc.constantFrom('paid_job', 'internship'), fc.string({ maxLength: 8 })),
              { maxLength: 3 },
            ),
            place: fc.string({ maxLength: 20 }),
            hoursPerWeek: fc.oneof(
              fc.integer({ min: -5, max: 80 }).map(String),
              fc.string({ maxLength: 5 }),
            ),
            consent: fc.constantFrom('yes', ''),
          },
          { requiredKeys: [] },
        ),
        async (body) => {
          const before = (await requests()).length
          const res = await post(body)
          await res.arrayBuffer()
          expect([303, 400]).toContain(res.status)
          expect((await requests()).length).toBe(res.status === 303 ? before + 1 : before)
        },
      ),
      { numRuns: 50 },
    )
  })
})

describe('handling a request', () => {
  test('overdue requests are found by the overdue filter; status, assignment and organisation cannot be set from the form', async () => {
    const { overdueLoketWhere } = await import('../../../collections/LoketRequests')
    const made = await server.payload.create({
      collection: 'loket-requests',
      data: {
        organisationName: 'Te laat BV',
        contactName: 'X',
        email: 'x@telaat.nl',
        kinds: ['paid_job'],
        place: 'Assen',
        consent: true,
        status: 'converted',
      },
      overrideAccess: false,
      user: null,
    })
    expect(made.status).toBe('new')
    const later = new Date(new Date(made.dueAt!).getTime() + 60_000)
    const overdue = await server.payload.find({
      collection: 'loket-requests',
      where: overdueLoketWhere(later),
      overrideAccess: true,
      depth: 0,
      pagination: false,
    })
    expect(overdue.docs.map((d) => d.id)).toContain(made.id)
    const notYet = await server.payload.find({
      collection: 'loket-requests',
      where: overdueLoketWhere(new Date()),
      overrideAccess: true,
      depth: 0,
      pagination: false,
    })
    expect(notYet.docs.map((d) => d.id)).not.toContain(made.id)
  })

  test('convert: one action makes a draft employer organisation and a draft opening per kind, and marks the request; only editors; never twice', async () => {
    const request = (await requests()).find((r) => r.organisationName === 'Bakkerij Van Dam')!
    const member = await login('lid@welzijnharen.test', 'demo-welzijn')
    expect(
      (await restRequest(server.payload, member, 'POST', `/loket-requests/${request.id}/convert`))
        .status,
    ).toBe(403)
    expect(
      (
        await restRequest(
          server.payload,
          { name: 'anonymous', user: null },
          'POST',
          `/loket-requests/${request.id}/convert`,
        )
      ).status,
    ).toBe(401)
    const editor = await login('redactie@meedoen.test', 'demo-redactie')
    const res = await restRequest(
      server.payload,
      editor,
      'POST',
      `/loket-requests/${request.id}/convert`,
    )
    expect(res.status).toBe(201)
    const organisation = await server.payload.findByID({
      collection: 'organisations',
      id: res.json.organisation as number,
      draft: true,
      overrideAccess: true,
      depth: 0,
    })
    expect(organisation).toMatchObject({
      name: 'Bakkerij Van Dam',
      type: 'werkgever',
      kvkNumber: '12345678',
      _status: 'draft',
      contact: { email: 'els@bakkerijvandam.nl' },
    })
    const openings = await server.payload.find({
      collection: 'openings',
      where: { organisation: { equals: organisation.id } },
      draft: true,
      overrideAccess: true,
      depth: 0,
      sort: 'id',
    })
    expect(
      openings.docs.map((o) => [o.kind, o.title, o._status, o.hoursPerWeekMax, o.placesTotal]),
    ).toEqual([
      ['work_experience', 'Werkervaringsplek bij Bakkerij Van Dam', 'draft', 16, 2],
      ['internship', 'Stage bij Bakkerij Van Dam', 'draft', 16, 2],
    ])
    expect((await requests()).find((r) => r.id === request.id)).toMatchObject({
      status: 'converted',
      organisation: organisation.id,
    })
    // Drafts never reach residents.
    expect((await fetch(`${server.url}/zoeken?q=bakkerij`)).ok).toBe(true)
    expect(await (await fetch(`${server.url}/zoeken?q=bakkerij`)).text()).not.toContain(
      'Bakkerij Van Dam',
    )
    const again = await restRequest(
      server.payload,
      editor,
      'POST',
      `/loket-requests/${request.id}/convert`,
    )
    expect(again.status).toBe(409)
    expect(await countOf('organisations', { name: { equals: 'Bakkerij Van Dam' } })).toBe(1)
  })

  test('convert is all or nothing: a clash (the KvK number is taken) or a later failure leaves no organisation and no openings behind', async () => {
    const editor = await login('redactie@meedoen.test', 'demo-redactie')
    const taken = await server.payload.create({
      collection: 'loket-requests',
      data: {
        organisationName: 'Dubbel BV',
        kvkNumber: '41000001',
        contactName: 'D',
        email: 'd@dubbel.nl',
        kinds: ['paid_job', 'internship'],
        place: 'Haren',
        consent: true,
        status: 'new',
      },
      overrideAccess: false,
      user: null,
    })
    const res = await restRequest(
      server.payload,
      editor,
      'POST',
      `/loket-requests/${taken.id}/convert`,
    )
    expect(res.status).toBe(400)
    expect(await countOf('organisations', { name: { equals: 'Dubbel BV' } })).toBe(0)
    expect(await countOf('openings', { title: { like: 'Dubbel BV' } })).toBe(0)
    expect((await requests()).find((r) => r.id === taken.id)!.status).toBe('new')

    // A failure after the organisation and openings were made (marking the request) rolls them back too.
    const late = await server.payload.create({
      collection: 'loket-requests',
      data: {
        organisationName: 'Laat Mis BV',
        contactName: 'L',
        email: 'l@laatmis.nl',
        kinds: ['paid_job'],
        place: 'Haren',
        consent: true,
        status: 'new',
      },
      overrideAccess: false,
      user: null,
    })
    const update = server.payload.update.bind(server.payload)
    const failing = jest
      .spyOn(server.payload, 'update')
      .mockImplementation(((args: { collection: string }) =>
        args.collection === 'loket-requests' &&
        (args as { data?: { organisation?: unknown } }).data?.organisation
          ? Promise.reject(new Error('disk full'))
          : update(args as never)) as never)
    try {
      expect(
        (await restRequest(server.payload, editor, 'POST', `/loket-requests/${late.id}/convert`))
          .status,
      ).toBe(500)
    } finally {
      failing.mockRestore()
    }
    expect(await countOf('organisations', { name: { equals: 'Laat Mis BV' } })).toBe(0)
    expect(await countOf('openings', { title: { like: 'Laat Mis BV' } })).toBe(0)
    expect((await requests()).find((r) => r.id === late.id)!.status).toBe('new')
  })

  test('two clicks at once: one conversion, one 409, one organisation', async () => {
    const editor = await login('redactie@meedoen.test', 'demo-redactie')
    const twice = await server.payload.create({
      collection: 'loket-requests',
      data: {
        organisationName: 'Dubbelklik BV',
        contactName: 'D',
        email: 'd@dubbelklik.nl',
        kinds: ['paid_job'],
        place: 'Haren',
        consent: true,
        status: 'new',
      },
      overrideAccess: false,
      user: null,
    })
    const answers = await Promise.all(
      [1, 2].map(() =>
        restRequest(server.payload, editor, 'POST', `/loket-requests/${twice.id}/convert`),
      ),
    )
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409])
    expect(await countOf('organisations', { name: { equals: 'Dubbelklik BV' } })).toBe(1)
  })
})
