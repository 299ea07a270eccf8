/**
 * Longer than 200 lines because the report form and who may read reports are tested on one
 * started web server with the same post, login and report helpers.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import fc from 'fast-check'

import { serveApp, startWebServer, type WebServer } from '../../helpers/webServer'
import { allDocs } from '../../helpers/payload'

/** "Klopt er iets niet?": the public report form, its limits, the e-mail job and who may read reports. */
let server: WebServer
beforeAll(async () => {
  server = await startWebServer({ formLimit: { points: 10_000, durationSeconds: 600 } })
}, 120_000)
afterAll(async () => server?.stop())

const PATH = '/activiteit/koffieochtend-in-de-dilgt'
const post = (body: Record<string, string> | string, path = `${PATH}/melding`, base = server.url) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: typeof body === 'string' ? body : new URLSearchParams(body),
  })
const reports = async () => allDocs(server.payload, 'listing-reports')
const login = async (email: string, password: string) => {
  const { user } = await server.payload.login({ collection: 'users', data: { email, password } })
  return user
}

describe('the report form', () => {
  test('a report is stored for the listing and its own organisation, then thanked; the job sends one e-mail to the organisation and the editors', async () => {
    const before = (await reports()).length
    const res = await post({
      reason: 'wrong_time',
      message: 'Het begint om half elf.',
      website: '',
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`${PATH}?gemeld=1#melding`)
    const stored = await reports()
    expect(stored.length).toBe(before + 1)
    const report = stored.at(-1)!
    const activity = (
      await server.payload.find({
        collection: 'activities',
        where: { slug: { equals: 'koffieochtend-in-de-dilgt' } },
        overrideAccess: true,
        depth: 0,
      })
    ).docs[0]!
    expect(report).toMatchObject({
      reason: 'wrong_time',
      message: 'Het begint om half elf.',
      status: 'new',
      organisation: activity.organisation,
    })
    expect(await (await fetch(`${server.url}${PATH}?gemeld=1`)).text()).toContain('Dank je wel!')

    const sent = jest.spyOn(server.payload, 'sendEmail')
    await server.payload.jobs.run({ queue: 'directory' })
    expect(sent).toHaveBeenCalledTimes(1)
    const mail = sent.mock.calls[0]![0] as { to: string[]; subject: string }
    expect(mail.subject).toBe('Klopt er iets niet? Koffieochtend in De Dilgt')
    expect(mail.to).toEqual(expect.arrayContaining(['redactie@meedoen.test']))
    sent.mockRestore()
  })

  test('bad input: 400 naming the problem, in the page language, and nothing stored', async () => {
    const before = (await reports()).length
    const none = await post({ message: 'iets' })
    expect(none.status).toBe(400)
    expect(await none.text()).toContain('Kies wat er niet klopt.')
    const other = await post({ reason: 'other', message: '   ' })
    expect(other.status).toBe(400)
    expect(await other.text()).toContain('Schrijf kort wat er niet klopt.')
    const long = await post(
      { reason: 'other', message: 'x'.repeat(1001) },
      '/en/activity/koffieochtend-in-de-dilgt/report',
    )
    expect(long.status).toBe(400)
    expect(await long.text()).toContain('Your details are too long')
    const huge = await post({ reason: 'other', message: 'x'.repeat(20_000) })
    expect(huge.status).toBe(413)
    expect((await post({ reason: 'wrong_time' }, '/activiteit/bestaat-niet/melding')).status).toBe(
      404,
    )
    expect((await reports()).length).toBe(before)
  })

  test('a filled honeypot is answered as if it worked, and nothing is stored', async () => {
    const before = (await reports()).length
    const res = await post({ reason: 'wrong_address', website: 'http://spam.test' })
    expect(res.status).toBe(303)
    expect((await reports()).length).toBe(before)
  })

  test('fast-check: no form input makes the server fail', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            reason: fc.oneof(
              fc.constantFrom('wrong_time', 'other', 'no_longer_exists'),
              fc.string({ maxLength: 20 }),
            ),
            message: fc.string({ maxLength: 1200 }),
            website: fc.constantFrom('', 'x'),
          },
          { requiredKeys: [] },
        ),
        async (body) => {
          const res = await post(body)
          await res.arrayBuffer()
          expect([303, 400]).toContain(res.status)
        },
      ),
      { numRuns: 60 },
    )
  })

  test('per-IP limit: 429 with Retry-After, nothing stored, also for the REST API', async () => {
    const strict = await serveApp(server.payload, {
      formLimit: { points: 2, durationSeconds: 60 },
      rest: true,
    })
    try {
      expect((await post({ reason: 'wrong_time' }, `${PATH}/melding`, strict.url)).status).toBe(303)
      expect((await post({ reason: 'wrong_time' }, `${PATH}/melding`, strict.url)).status).toBe(303)
      const before = (await reports()).length
      const blocked = await post({ reason: 'wrong_time' }, `${PATH}/melding`, strict.url)
      expect(blocked.status).toBe(429)
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(await blocked.text()).toContain('Je hebt net al een paar meldingen gestuurd')
      expect((await reports()).length).toBe(before)
      const rest = await fetch(`${strict.url}/api/listing-reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
      expect(rest.status).toBe(429)
    } finally {
      await strict.close()
    }
  })
})

describe('who reads and handles reports', () => {
  test('anonymous and other organisations see none; the owning organisation and editors see it; members handle but cannot rewrite it', async () => {
    const report = (await reports()).at(0)!
    await expect(
      server.payload.find({ collection: 'listing-reports', overrideAccess: false, user: null }),
    ).rejects.toThrow()
    const owner = await login('lid@welzijnharen.test', 'demo-welzijn')
    const other = await login('lid@vcgroningen.test', 'demo-vrijwilligers')
    const editor = await login('redactie@meedoen.test', 'demo-redactie')
    const professional = await login('professional@meedoen.test', 'demo-professional')
    const ids = async (user: typeof owner) =>
      (
        await server.payload.find({
          collection: 'listing-reports',
          overrideAccess: false,
          user,
          depth: 0,
        })
      ).docs.map((d) => d.id)
    expect(await ids(owner)).toContain(report.id)
    expect(await ids(other)).not.toContain(report.id)
    await expect(ids(professional)).rejects.toThrow()
    expect(await ids(editor)).toContain(report.id)

    const handled = await server.payload.update({
      collection: 'listing-reports',
      id: report.id,
      data: { status: 'handled', message: 'herschreven' },
      overrideAccess: false,
      user: owner,
    })
    expect(handled.status).toBe('handled')
    expect(handled.message).toBe(report.message)
    await expect(
      server.payload.update({
        collection: 'listing-reports',
        id: report.id,
        data: { status: 'new' },
        overrideAccess: false,
        user: other,
      }),
    ).rejects.toThrow()
    await expect(
      server.payload.delete({
        collection: 'listing-reports',
        id: report.id,
        overrideAccess: false,
        user: owner,
      }),
    ).rejects.toThrow()
    // A report about a listing that residents cannot see is refused.
    const draft = (
      await server.payload.find({
        collection: 'activities',
        where: { _status: { equals: 'draft' } },
        draft: true,
        overrideAccess: true,
        depth: 0,
      })
    ).docs[0]!
    await expect(
      server.payload.create({
        collection: 'listing-reports',
        data: { listing: { relationTo: 'activities', value: draft.id }, reason: 'wrong_time' },
        overrideAccess: false,
        user: null,
      }),
    ).rejects.toThrow(/bestaat niet/)
  })
})
