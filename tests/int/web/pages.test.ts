/**
 * Longer than 200 lines because the public pages (both languages, search results, detail pages)
 * are checked against one seeded web server, which takes long to start, with the HTML helpers at
 * the top.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import fc from 'fast-check'

import { startWebServer, type WebServer } from '../../helpers/webServer'
import { SEARCH_PARAMS } from '../../../src/lib/search/searchParamDefs'

/** The public pages through the real express app on a seeded temporary SQLite database. */
let server: WebServer
beforeAll(async () => {
  server = await startWebServer()
}, 120_000)
afterAll(async () => server?.stop())

const get = (path: string, init?: RequestInit) =>
  fetch(`${server.url}${path}`, { redirect: 'manual', ...init })
const html = async (path: string, status = 200, init?: RequestInit) => {
  const res = await get(path, init)
  const body = await res.text()
  expect({ path, status: res.status }).toEqual({ path, status })
  return { res, body }
}
const jsonLd = (body: string) =>
  [...body.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  )
const cards = (body: string) => body.split(/<li class="card"[^>]*>/).slice(1)

describe('pages in Dutch and English', () => {
  const pages: [string, string, string][] = [
    ['/', '/en/', 'Doe mee in je buurt'],
    ['/zoeken', '/en/search', 'Zoeken'],
    [
      '/activiteit/koffieochtend-in-de-dilgt',
      '/en/activity/koffieochtend-in-de-dilgt',
      'Koffieochtend in De Dilgt',
    ],
    [
      '/plek/participatieplek-in-de-werkplaats',
      '/en/opening/participatieplek-in-de-werkplaats',
      'Participatieplek in de werkplaats',
    ],
    [
      '/locatie/huis-van-de-wijk-de-dilgt',
      '/en/venue/huis-van-de-wijk-de-dilgt',
      'Huis van de Wijk De Dilgt',
    ],
    ['/organisatie/welzijn-haren', '/en/organisation/welzijn-haren', 'Stichting Welzijn Haren'],
    ['/toegankelijkheid', '/en/accessibility', 'Toegankelijkheid'],
  ]
  test.each(pages)(
    '%s and %s render, in their language, linked to each other',
    async (nl, en, heading) => {
      const dutch = await html(nl)
      expect(dutch.body).toMatch(/^<!doctype html><html lang="nl">/)
      expect(dutch.body).toContain(heading)
      const origin = /<link rel="canonical" href="(https?:\/\/[^/"]+)/.exec(dutch.body)![1]!
      expect(dutch.body).toContain(`<link rel="alternate" hrefLang="en" href="${origin}${en}"/>`)
      expect(dutch.body).toContain(`<link rel="alternate" hrefLang="nl" href="${origin}${nl}"/>`)
      expect(dutch.res.headers.get('content-security-policy')).toContain("script-src 'self'")
      const english = await html(en)
      expect(english.body).toMatch(/^<!doctype html><html lang="en">/)
      expect(english.body).toContain(`<link rel="alternate" hrefLang="nl" href="${origin}${nl}"/>`)
      expect(english.body).toContain('Skip to content')
    },
  )

  test('the language link never becomes an off-site link', async () => {
    const { body } = await html('/en//evil.test/x', 404)
    const alternates = [...body.matchAll(/hrefLang="nl" href="([^"]+)"/g)].map((m) => m[1]!)
    expect(alternates.length).toBeGreaterThan(0)
    const origin = /<link rel="canonical" href="(https?:\/\/[^/"]+)/.exec(body)![1]!
    for (const a of alternates)
      expect(a.startsWith(`${origin}/`) ? a.slice(origin.length) : a).toMatch(/^\/[^/]/)
  })

  test("an opening's page says its summary and its kind once each", async () => {
    const { body } = await html('/plek/participatieplek-in-de-werkplaats')
    const visible = body
      .replace(/<head>[\s\S]*<\/head>/, '')
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<[^>]+>/g, ' ')
    const summary = /<p class="lead">([^<]+)<\/p>/.exec(body)![1]!
    expect(visible.split(summary).length - 1).toBe(1)
    expect(visible.split('Participatieplek').length - 1).toBe(2) // the kind once, and the title
  })

  test('a venue page writes times the Dutch way and lists its activities by their next date', async () => {
    const { body } = await html('/locatie/huis-van-de-wijk-de-dilgt')
    const main = body.slice(body.indexOf('<main'))
    expect(main).not.toMatch(/\b\d\d:\d\d\b/)
    const starts = [...main.matchAll(/<li class="card" data-next="([^"]+)"/g)].map((m) => m[1]!)
    expect(starts.length).toBeGreaterThan(1)
    expect(starts).toEqual([...starts].sort())
  })

  test('after a search the form folds into one line that says what was asked and found; browsing keeps it open', async () => {
    const searched = (await html('/zoeken?q=taal&postcode=9751+AB')).body
    expect(searched).toMatch(/<details class="search-fold" data-search-fold="">/)
    expect(searched).toMatch(
      /<span class="search-fold-what">taal · binnen 10 km van Haren[^<]* · \d+ resultaten<\/span> <span class="search-fold-edit">Wijzig<\/span>/,
    )
    expect((await html('/zoeken')).body).toMatch(
      /<details class="search-fold" open="" data-search-fold="">/,
    )
    // Opening and activity pages lead straight to their form.
    expect((await html('/plek/taalmaatje-in-haren')).body).toContain(
      '<a class="utrecht-button utrecht-button--primary-action jump-to-form" href="#interesse">Ik heb interesse</a>',
    )
  })

  test("themes are named in the page's language (English when editors gave an English name)", async () => {
    expect((await html('/en/search')).body).toContain('Sport and exercise')
    expect((await html('/zoeken')).body).toContain('Sport en bewegen')
    expect((await html('/en/activity/taalcafe-haren')).body).toContain('Language')
  })

  test('the tagline is in the language of the page', async () => {
    expect((await html('/')).body).toContain(
      '<span class="site-tagline">Doe mee in je buurt</span>',
    )
    expect((await html('/en/')).body).toContain(
      '<span class="site-tagline">Join in near you</span>',
    )
  })

  test('the icon is there for browsers that ask /favicon.ico whatever the page says', async () => {
    const ico = await get('/favicon.ico')
    expect([ico.status, ico.headers.get('content-type')]).toEqual([200, 'image/png'])
    const png = Buffer.from(await ico.arrayBuffer())
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect((await get('/favicon.svg')).headers.get('content-type')).toContain('image/svg+xml')
    expect((await html('/')).body).toContain(
      '<link rel="icon" href="/favicon.svg" type="image/svg+xml"/>',
    )
  })

  test('unknown pages and unpublished listings are 404 pages, in the right language', async () => {
    expect((await html('/bestaat-niet', 404)).body).toContain('Pagina niet gevonden')
    expect((await html('/en/nothing-here', 404)).body).toContain('Page not found')
    await html('/activiteit/spelletjesmiddag-concept', 404)
    await html('/plek/leerwerkplek-horeca', 404)
    await html('/activiteit/..%2F..%2Fetc', 404)
  })
})

describe('search results page', () => {
  test('near a postcode, free and walk-in: only such activities, with distances, sorted by distance', async () => {
    const { body } = await html('/zoeken?q=&postcode=9751+AB&radius=10&free=true&walkIn=true')
    expect(body).toMatch(/\d+ resultaten binnen 10 km van Haren/)
    const found = cards(body)
    expect(found.length).toBeGreaterThan(2)
    for (const card of found) {
      expect(card).toContain('<li class="badge">Gratis</li>')
      expect(card).toContain('<li class="badge">Zonder aanmelden</li>')
    }
    // Under 100 m the card says so instead of a number.
    const km = found.map((c) =>
      c.includes('Minder dan 100 meter hiervandaan')
        ? 0
        : Number(/([\d,]+) km hiervandaan/.exec(c)![1]!.replace(',', '.')),
    )
    expect(km).toEqual([...km].sort((a, b) => a - b))
    expect(body).toMatch(/id="f-free" name="free" checked="" value="true"/)
  })

  test('facet counts are shown next to each filter and a text search highlights matches', async () => {
    const { body } = await html('/zoeken?q=koffie')
    expect(body).toMatch(/Activiteit <span class="count">\(\d+\)<\/span>/)
    expect(body).toContain('<mark>')
    expect(body).toContain('Zoeken: koffie')
  })

  test('"Wat helpt jou?" and the age groups filter with counts, and stay ticked', async () => {
    const { body } = await html('/zoeken?help=buddy_welcome&ageBand=young_adults')
    expect(body).toMatch(/<legend>Wat helpt jou\?<\/legend>/)
    const buddy = /Maatje mag mee <span class="count">\((\d+)\)<\/span>/.exec(body)
    expect(Number(buddy![1])).toBe(cards(body).length)
    expect(cards(body).length).toBeGreaterThan(0)
    for (const card of cards(body)) expect(card).toContain('<li class="badge">Maatje mag mee</li>')
    expect(body).toMatch(/id="f-help-buddy_welcome" name="help" checked="" value="buddy_welcome"/)
    expect(body).toMatch(
      /id="f-ageBand-young_adults" name="ageBand" checked="" value="young_adults"/,
    )
    expect(body).toMatch(/18 tot 28 jaar <span class="count">\(\d+\)<\/span>/)
    // "Alle leeftijden" sends an empty value, which is no filter.
    const any = await html('/zoeken?ageBand=&help=')
    expect(any.body).toMatch(/id="f-ageBand-any" name="ageBand" checked="" value=""/)
    const english = await html('/en/search?help=no_referral')
    expect(english.body).toMatch(/No referral needed <span class="count">\(\d+\)<\/span>/)
  })

  test('tracking parameters in a shared link are ignored; a page past the end goes to the last page', async () => {
    const { body } = await html('/zoeken?q=koffie&utm_source=nieuwsbrief&fbclid=abc')
    expect(body).toContain('Zoeken: koffie')
    const res = await get('/zoeken?kind=activity&page=99')
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toMatch(/^\/zoeken\?kind=activity&page=\d$/)
  })

  test('pagination links keep the filters', async () => {
    const { body } = await html('/zoeken?kind=activity')
    expect(body).toMatch(/href="\/zoeken\?kind=activity&amp;page=2"/)
    const second = await html('/zoeken?kind=activity&page=2')
    expect(second.body).toContain('aria-current="page"')
  })

  test('bad parameters: 400 with the problem named in the page language, and the form still there', async () => {
    const nl = await html('/zoeken?age=honderd&postcode=0000', 400)
    expect(nl.body).toContain('Ongeldige waarde voor &quot;age&quot;')
    expect(nl.body).toContain('deze postcode kennen we niet')
    expect(nl.body).toContain('id="search-form"')
    const en = await html('/en/search?day=9', 400)
    expect(en.body).toContain('Invalid value for &quot;day&quot;: use 1 (Monday) to 7 (Sunday)')
  })

  test('fragment=1 answers only the results region (for live search)', async () => {
    const { body } = await html('/zoeken?q=taal&fragment=1')
    expect(body).not.toContain('<html')
    expect(body).toContain('data-summary')
    expect(body).toContain('id="map-data"')
  })

  test('no query string makes the server fail (fast-check, 300 generated queries)', async () => {
    // Every parameter the search knows, and one it does not.
    const names = [...SEARCH_PARAMS.map((p) => p.name), 'fragment', 'x']
    const param = fc.tuple(
      fc.constantFrom(...names),
      fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.integer().map(String),
        fc.constantFrom('true', '9751AB', 'activity', '-1', '1e9', '%', '<script>'),
      ),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(param, { maxLength: 6 }), fc.boolean(), async (pairs, english) => {
        const qs = new URLSearchParams(pairs)
        const res = await get(`${english ? '/en/search' : '/zoeken'}?${qs}`)
        await res.arrayBuffer()
        // A page past the end redirects to the last page (302); anything else is 200 or 400.
        const toLastPage =
          res.status === 302 && /[?&]page=\d+/.test(res.headers.get('location') ?? '')
        expect(res.status === 200 || res.status === 400 || toLastPage).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})

describe('detail pages', () => {
  test('activity: schedule in words, next dates, calendar link and one JSON-LD Event per upcoming date', async () => {
    const { body } = await html('/activiteit/koffieochtend-in-de-dilgt')
    expect(body).toContain('Elke dinsdag van 10.00 tot 12.00 uur')
    expect(body).toContain('href="/activiteit/koffieochtend-in-de-dilgt.ics"')
    const events = jsonLd(body)
    expect(events.length).toBe(5)
    for (const e of events) {
      expect(e['@type']).toBe('Event')
      expect(e.isAccessibleForFree).toBe(true)
      expect((e.location as { address: { postalCode: string } }).address.postalCode).toMatch(
        /^\d{4} [A-Z]{2}$/,
      )
    }
  })

  test('opening: JobPosting with the employment type of its kind', async () => {
    const volunteer = jsonLd((await html('/plek/participatieplek-in-de-werkplaats')).body)[0]!
    expect(volunteer['@type']).toBe('JobPosting')
    expect(volunteer.employmentType).toEqual(['OTHER'])
    expect((volunteer.hiringOrganization as { name: string }).name).toBe('WerkPlaats Noord')
    // Without a venue the organisation's address is the job's place (Google requires one).
    const noVenue = jsonLd((await html('/plek/taalmaatje-in-haren')).body)[0]!
    expect(noVenue.jobLocation).toMatchObject({
      '@type': 'Place',
      name: 'Stichting Welzijn Haren',
      address: { '@type': 'PostalAddress', addressLocality: 'Haren' },
    })
  })

  test('venue and organisation: Place and Organization, their listings and a calendar feed', async () => {
    const venue = await html('/locatie/huis-van-de-wijk-de-dilgt')
    expect(jsonLd(venue.body)[0]!['@type']).toBe('Place')
    expect(venue.body).toContain('Koffieochtend in De Dilgt')
    expect(venue.body).not.toContain('Spelletjesmiddag')
    const organisation = await html('/organisatie/welzijn-haren')
    expect(jsonLd(organisation.body)[0]!['@type']).toBe('Organization')
    expect(organisation.body).toContain('href="/organisatie/welzijn-haren.ics"')
  })

  test('a listing hidden as out of date is gone from the public site, also for a logged-in editor', async () => {
    const { docs } = await server.payload.find({
      collection: 'activities',
      where: { slug: { equals: 'creatief-atelier' } },
      overrideAccess: true,
    })
    await server.payload.update({
      collection: 'activities',
      id: docs[0]!.id,
      data: { staleHidden: true },
      overrideAccess: true,
    })
    const { token } = await server.payload.login({
      collection: 'users',
      data: { email: 'redactie@meedoen.test', password: 'demo-redactie' },
    })
    const cookie = { headers: { cookie: `payload-token=${token}` } }
    await html('/activiteit/creatief-atelier', 404, cookie)
    expect((await get('/activiteit/creatief-atelier.ics', cookie)).status).toBe(404)
    expect(
      (await html('/organisatie/vrijwilligerscentrale-groningen', 200, cookie)).body,
    ).not.toContain('Creatief atelier')
    expect(await (await get('/sitemap.xml')).text()).not.toContain('creatief-atelier')
    await server.payload.update({
      collection: 'activities',
      id: docs[0]!.id,
      data: { staleHidden: false },
      overrideAccess: true,
    })
    await html('/activiteit/creatief-atelier', 200)
  })

  test('professional-only notes: hidden from residents, shown to a logged-in professional (never cached)', async () => {
    const anonymous = await html('/plek/participatieplek-in-de-werkplaats')
    expect(anonymous.body).not.toContain('Indicatie Participatiewet')
    expect(anonymous.res.headers.get('cache-control')).toBe('no-cache')
    const { token } = await server.payload.login({
      collection: 'users',
      data: { email: 'professional@meedoen.test', password: 'demo-professional' },
    })
    const professional = await html('/plek/participatieplek-in-de-werkplaats', 200, {
      headers: { cookie: `payload-token=${token}` },
    })
    expect(professional.body).toContain('Indicatie Participatiewet')
    expect(professional.res.headers.get('cache-control')).toBe('private, no-store')
    const forged = await html('/plek/participatieplek-in-de-werkplaats', 200, {
      headers: { cookie: 'payload-token=not-a-token' },
    })
    expect(forged.body).not.toContain('Indicatie Participatiewet')
  })
})
