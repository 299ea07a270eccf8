import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createLocalReq, getLocalI18n, type PayloadRequest } from 'payload'

import { type AccessFixtures, createAccessFixtures, openingData } from '../helpers/accessFixtures'
import { limitsApp, type LimitsApp, messageOf } from '../helpers/limitsApp'
import { startPayload, type TestPayload } from '../helpers/payload'

/**
 * Our own messages come in one language: the request's (Payload's `req.i18n`: the admin's
 * choice in the `payload-lng` cookie, else Accept-Language), Dutch unless English was asked for.
 * Through the Local API with a Dutch or an English request, through the real express app and
 * REST with and without Accept-Language, and from the public site's own saves.
 */
let t: TestPayload
let f: AccessFixtures
let app: LimitsApp
beforeAll(async () => {
  t = await startPayload()
  f = await createAccessFixtures(t.payload)
  app = await limitsApp(t.payload)
}, 120_000)
afterAll(async () => {
  await app?.close()
  await t?.stop()
})

const requestIn = async (
  language: 'nl' | 'en',
  user: AccessFixtures['users'][keyof AccessFixtures['users']],
): Promise<PayloadRequest> =>
  createLocalReq(
    {
      req: { i18n: await getLocalI18n({ config: t.payload.config, language }) },
      user: user.user ?? undefined,
    },
    t.payload,
  )

/** The field errors of a refused Local API call, and its message. */
const refusal = async (run: () => Promise<unknown>) => {
  const error = await run().then(
    () => undefined,
    (e: unknown) =>
      e as { message: string; data?: { errors?: { path: string; message: string }[] } },
  )
  expect(error).toBeDefined()
  return { message: error!.message, errors: error!.data?.errors ?? [] }
}

describe('the Local API, with the request a caller builds', () => {
  const otherOrganisation = (language: 'nl' | 'en') =>
    refusal(async () =>
      t.payload.create({
        collection: 'openings',
        data: openingData(f.orgB, `Niet van mij (${language})`) as never,
        draft: true,
        overrideAccess: false,
        req: await requestIn(language, f.users.memberA),
      }),
    )

  test("a hook's ValidationError (another organisation's listing): Dutch for a Dutch request, English for an English one", async () => {
    const dutch = await otherOrganisation('nl')
    expect(dutch.errors).toEqual([
      { path: 'organisation', message: 'Kies een van je eigen organisaties.' },
    ])
    // Payload's own heading follows the same request.
    expect(dutch.message).toMatch(/^Het volgende veld is ongeldig/)
    const english = await otherOrganisation('en')
    expect(english.errors).toEqual([
      { path: 'organisation', message: 'Choose one of your own organisations.' },
    ])
    expect(english.message).toMatch(/^The following field is invalid/)
  })

  test("a field's validate (a postcode that is not Dutch): the same", async () => {
    const venue = (language: 'nl' | 'en') =>
      refusal(async () =>
        t.payload.create({
          collection: 'venues',
          // Published: a draft save skips field validation.
          data: {
            name: 'Postcode',
            type: 'buurthuis',
            organisations: [Number(f.orgA)],
            _status: 'published',
            address: { street: 'Kerkstraat', houseNumber: '1', postcode: '12345', city: 'Haren' },
          } as never,
          overrideAccess: false,
          req: await requestIn(language, f.users.editor),
        }),
      )
    const postcode = async (language: 'nl' | 'en') =>
      (await venue(language)).errors.find((e) => e.path === 'address.postcode')?.message
    expect(await postcode('nl')).toBe('Vul een geldige postcode in, zoals 9751 AB.')
    expect(await postcode('en')).toBe('Enter a valid Dutch postcode, such as 9751 AB.')
  })

  test("the public site's saves take the page's language; without one they are Dutch", async () => {
    const { createInterest } = await import('../../src/data/contact')
    const listing = { collection: 'openings' as const, id: Number(f.docs.openings.pubA) }
    const noEmail = { name: 'Ali', contactBy: 'email' as const, email: '' }
    await expect(createInterest(t.payload, listing, noEmail)).rejects.toThrow(
      /^Vul je e-mailadres in\.$/,
    )
    await expect(createInterest(t.payload, listing, noEmail, 'nl')).rejects.toThrow(
      /^Vul je e-mailadres in\.$/,
    )
    await expect(createInterest(t.payload, listing, noEmail, 'en')).rejects.toThrow(
      /^Please enter your e-mail address\.$/,
    )
  })
})

describe('REST through the express app', () => {
  const NO_LISTING = {
    name: 'R',
    contactBy: 'email',
    email: 'r@example.nl',
    consent: true,
    listing: { relationTo: 'openings', value: 999_999 },
  }
  const interest = (ip: string, headers: Record<string, string> = {}) =>
    app.send('/api/interests', { ip, body: NO_LISTING, headers })

  test("a hook's refusal: Dutch without Accept-Language, English for Accept-Language: en, the admin's cookie first", async () => {
    const dutch = await interest('10.20.0.1')
    expect(dutch.status).toBe(400)
    expect(await messageOf(dutch)).toBe('Dit aanbod bestaat niet (meer).')
    const english = await interest('10.20.0.2', { 'accept-language': 'en-US,en;q=0.9' })
    expect(english.status).toBe(400)
    expect(await messageOf(english)).toBe('This listing does not exist (any more).')
    expect(
      await messageOf(
        await interest('10.20.0.3', { 'accept-language': 'nl-NL,nl;q=0.9,en;q=0.8' }),
      ),
    ).toBe('Dit aanbod bestaat niet (meer).')
    expect(
      await messageOf(
        await interest('10.20.0.4', { 'accept-language': 'nl', cookie: 'payload-lng=en' }),
      ),
    ).toBe('This listing does not exist (any more).')
  })

  test('a query refused before Payload runs it: the same', async () => {
    const query = (headers?: Record<string, string>) =>
      app.send('/api/activities?where[nope][equals]=1', { ip: '10.20.1.1', method: 'GET', headers })
    expect(await messageOf(await query())).toBe('Dit veld bestaat niet: nope.')
    expect(await messageOf(await query({ 'accept-language': 'en' }))).toBe(
      'This field does not exist: nope.',
    )
  })

  test('a body over the cap, refused before Payload sees the request (no req.i18n): from the headers', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(9 * 1024) })
    const tooBig = (headers?: Record<string, string>) =>
      app.send('/api/interests', { ip: '10.20.2.1', body: big, headers })
    const dutch = await tooBig()
    expect(dutch.status).toBe(413)
    expect(await messageOf(dutch)).toBe('Het bericht is te groot (hoogstens 8 kB).')
    expect(await messageOf(await tooBig({ 'accept-language': 'en-GB' }))).toBe(
      'The body is too large (at most 8 kB).',
    )
    expect(
      await messageOf(await tooBig({ 'accept-language': 'en', cookie: 'payload-lng=nl' })),
    ).toBe('Het bericht is te groot (hoogstens 8 kB).')
  })
})
