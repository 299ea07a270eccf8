import { gzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import ICAL from 'ical.js'

import { startWebServer, type WebServer } from '../../helpers/webServer'

/** Calendars, sitemap, robots, theme and assets of the public site. */
let server: WebServer
beforeAll(async () => {
  server = await startWebServer()
}, 120_000)
afterAll(async () => server?.stop())

const get = (path: string) => fetch(`${server.url}${path}`, { redirect: 'manual' })
const events = (text: string) => {
  const root = ICAL.Component.fromString(text)
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz)
  return root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
}

describe('calendar files', () => {
  test('one activity: a download with its rule in Amsterdam time and its venue', async () => {
    const res = await get('/activiteit/koffieochtend-in-de-dilgt.ics')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="koffieochtend-in-de-dilgt.ics"',
    )
    const [event] = events(await res.text())
    expect(event!.summary).toBe('Koffieochtend in De Dilgt')
    expect(event!.startDate.zone?.tzid).toBe('Europe/Amsterdam')
    expect(event!.startDate.hour).toBe(10)
    expect(event!.isRecurring()).toBe(true)
    expect(event!.location).toContain('Huis van de Wijk De Dilgt')
    expect(event!.startDate.toJSDate().getTime()).toBeGreaterThan(Date.now() - 3 * 3600_000)
  })

  test('feeds of a venue and an organisation hold each of their published activities once', async () => {
    for (const path of ['/locatie/huis-van-de-wijk-de-dilgt', '/organisatie/welzijn-haren']) {
      const page = await (await get(path)).text()
      const listed = [...page.matchAll(/href="\/activiteit\/([^"]+)"/g)].map((m) => m[1])
      const feed = events(await (await get(`${path}.ics`)).text())
      expect(feed.length).toBeGreaterThan(0)
      expect(new Set(feed.map((e) => e.uid)).size).toBe(feed.length)
      expect(feed.length).toBeLessThanOrEqual(new Set(listed).size)
      expect(feed.map((e) => e.summary)).not.toContain('Spelletjesmiddag (concept)')
    }
  })

  test('unknown or unpublished → 404', async () => {
    expect((await get('/activiteit/spelletjesmiddag-concept.ics')).status).toBe(404)
    expect((await get('/locatie/nergens.ics')).status).toBe(404)
  })
})

describe('sitemap and robots', () => {
  test('the sitemap lists every published listing in Dutch with the English alternate, and no drafts', async () => {
    const xml = await (await get('/sitemap.xml')).text()
    const published = await server.payload.count({
      collection: 'activities',
      where: { _status: { equals: 'published' } },
      overrideAccess: false,
    })
    const activityUrls = [
      ...xml.matchAll(/<loc>http:\/\/meedoen\.test\/activiteit\/([^<]+)<\/loc>/g),
    ]
    expect(activityUrls.length).toBe(published.totalDocs)
    expect(xml).toContain(
      'hreflang="en" href="http://meedoen.test/en/activity/koffieochtend-in-de-dilgt"',
    )
    expect(xml).toContain('<loc>http://meedoen.test/privacy</loc>')
    expect(xml).toContain('hreflang="en" href="http://meedoen.test/en/employers"')
    expect(xml).not.toContain('spelletjesmiddag')
    expect(xml).not.toContain('leerwerkplek-horeca')
  })

  test('robots.txt points at the sitemap and keeps crawlers out of the admin and filtered searches', async () => {
    const text = await (await get('/robots.txt')).text()
    expect(text).toContain('Sitemap: http://meedoen.test/sitemap.xml')
    expect(text).toContain('Disallow: /admin')
  })
})

describe('theme, assets and budgets', () => {
  test('the municipality colour reaches the pages; a colour without enough contrast is refused and nothing changes', async () => {
    const admin = (
      await server.payload.find({
        collection: 'users',
        where: { email: { equals: 'beheer@meedoen.test' } },
        overrideAccess: true,
      })
    ).docs[0]!
    await server.payload.updateGlobal({
      slug: 'site-settings',
      data: { siteName: 'Meedoen Haren', primaryColour: '#123456' },
      overrideAccess: false,
      user: admin,
    })
    const page = await (await get('/')).text()
    expect(page).toContain('<title>Doe mee in je buurt – Meedoen Haren</title>')
    const themeHref = /href="(\/theme\.css\?v=[a-f0-9]+)"/.exec(page)![1]!
    expect(await (await get(themeHref)).text()).toContain('--meedoen-color-primary:#123456')
    await expect(
      server.payload.updateGlobal({
        slug: 'site-settings',
        data: { primaryColour: '#ffff00' },
        overrideAccess: false,
        user: admin,
      }),
    ).rejects.toThrow(/Hoofdkleur/)
    expect(await (await get('/theme.css')).text()).toContain('#123456')
    const editor = (
      await server.payload.find({
        collection: 'users',
        where: { email: { equals: 'redactie@meedoen.test' } },
        overrideAccess: true,
      })
    ).docs[0]!
    await expect(
      server.payload.updateGlobal({
        slug: 'site-settings',
        data: { siteName: 'X' },
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toThrow()
  })

  test('assets are content-hashed and immutable; the map tile server is the only other image origin', async () => {
    const res = await get('/zoeken')
    expect(res.headers.get('content-security-policy')).toContain(
      "img-src 'self' data: https://tiles.example.test",
    )
    const body = await res.text()
    const css = /href="(\/assets\/css-[A-Z0-9]+\.css)"/.exec(body)![1]!
    const asset = await get(css)
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(asset.headers.get('content-type')).toContain('text/css')
    expect((await get('/assets/nothing-ABC.js')).status).toBe(404)
  })

  test('budget: the results page ships ≤ 15 KB of JavaScript and ≤ 40 KB of HTML, gzipped; Leaflet is not among it', async () => {
    const body = await (await get('/zoeken?postcode=9751AB&radius=25')).text()
    const scripts = [...body.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!)
    expect(scripts.length).toBe(3)
    let js = 0
    for (const src of scripts)
      js += gzipSync(Buffer.from(await (await get(src)).arrayBuffer())).length
    expect(js).toBeLessThanOrEqual(15 * 1024)
    expect(gzipSync(body).length).toBeLessThanOrEqual(40 * 1024)
    // Leaflet's URL is on the map (data-leaflet), loaded only when the map opens: no script or preload of it.
    expect(body).toMatch(/data-leaflet="\/assets\/leaflet-[^"]*\.js"/)
    expect(body).not.toMatch(/<(script|link)[^>]*leaflet[^"]*\.js/)
  })
})
