/**
 * Longer than 200 lines because the resident's journeys share one seeded web server and one
 * Chromium (useServerAndBrowser), which take long to start, and each journey is a long series of
 * browser steps.
 */
import fs from 'node:fs'

import { describe, expect, test } from '@jest/globals'
import ICAL from 'ical.js'
import { handleEndpoints } from 'payload'
import type { Page } from 'playwright-core'

import { openPage, tabTo } from '../helpers/browser'
import { useServerAndBrowser } from '../helpers/browserSuite'

/**
 * The resident's journey in real Chromium on a phone-sized window, by keyboard only: a free
 * walk-in activity near a postcode, into the calendar. In Dutch and in English.
 */
const suite = useServerAndBrowser()

const text = {
  nl: {
    home: '/',
    addToCalendar: 'Zet in mijn agenda',
    free: 'Gratis',
    walkIn: 'Zonder aanmelden',
  },
  en: { home: '/en/', addToCalendar: 'Add to my calendar', free: 'Free', walkIn: 'Walk-in' },
}

const resultsSettled = (page: Page) => page.waitForResponse((r) => r.url().includes('fragment=1'))

describe.each(['nl', 'en'] as const)('keyboard only, phone size (%s)', (locale) => {
  test('postcode → free + walk-in filters → activity → add to calendar', async () => {
    const { page, problems, context } = await openPage(suite.browser)
    const t = text[locale]
    await page.goto(`${suite.server.url}${t.home}`)

    // The skip link is the first stop and leads to the content.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#inhoud')

    await tabTo(page, '#postcode')
    await page.keyboard.type('9751 AB')
    await Promise.all([page.waitForURL(/postcode=9751/), page.keyboard.press('Enter')])
    expect(await page.locator('[data-summary]').textContent()).toMatch(/\d+ (resultaten|results)/)
    // Results first on a phone: the form folds into one line, the count and a first card are on the first screen.
    expect(await page.locator('details[data-search-fold]').getAttribute('open')).toBeNull()
    expect((await page.locator('#results .card').first().boundingBox())!.y).toBeLessThan(844)

    // The filters are folded away on a phone: open them with the keyboard.
    await tabTo(page, 'details[data-filters] > summary')
    await page.keyboard.press('Enter')
    for (const [id, param] of [
      ['f-free', 'free=true'],
      ['f-walkIn', 'walkIn=true'],
    ] as const) {
      await tabTo(page, `#${id}`)
      await page.keyboard.press('Space')
      // Live search replaces the results and then the address: wait for both.
      await page.waitForFunction((p) => location.search.includes(p), param)
    }
    expect(page.url()).toContain('free=true')
    expect(page.url()).toContain('walkIn=true')
    const cards = page.locator('#results .card')
    expect(await cards.count()).toBeGreaterThan(0)
    for (const card of await cards.all()) {
      await expect(
        card.locator('.badge', { hasText: new RegExp(`^${t.free}$`) }).count(),
      ).resolves.toBe(1)
      await expect(
        card.locator('.badge', { hasText: new RegExp(`^${t.walkIn}$`) }).count(),
      ).resolves.toBe(1)
    }
    const first = await page.locator('#results .card h3 a').first().textContent()

    await tabTo(page, '#results .card h3 a')
    await Promise.all([page.waitForURL(/\/(activiteit|activity)\//), page.keyboard.press('Enter')])
    expect(await page.locator('h1').textContent()).toBe(first)

    await tabTo(page, 'a[download]')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t.addToCalendar)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ])
    const ics = fs.readFileSync(await download.path(), 'utf8')
    const root = ICAL.Component.fromString(ics)
    ICAL.TimezoneService.register(root.getFirstSubcomponent('vtimezone')!)
    const event = new ICAL.Event(root.getFirstSubcomponent('vevent')!)
    expect(event.summary).toBe(first)
    expect(event.startDate.zone?.tzid).toBe('Europe/Amsterdam')
    expect(problems).toEqual([])
    await context.close()
  })
})

test('the language switch keeps the page and the search', async () => {
  const { page, context } = await openPage(suite.browser)
  await page.goto(`${suite.server.url}/zoeken?q=koffie&free=true`)
  await tabTo(page, '[hreflang="en"]')
  await Promise.all([page.waitForURL(/\/en\/search\?/), page.keyboard.press('Enter')])
  expect(await page.getAttribute('html', 'lang')).toBe('en')
  expect(await page.locator('h1').textContent()).toBe('Search: koffie')
  expect(await page.isChecked('#f-free')).toBe(true)
  await context.close()
})

test('map: opens on demand (Leaflet loaded only then), shows every result of the search, markers are named keyboard stops, closes again', async () => {
  const { page, problems, tileRequests, requests, context } = await openPage(suite.browser)
  await page.goto(`${suite.server.url}/zoeken?postcode=9751AB&radius=25`)
  const leafletRequested = () =>
    requests.some((u) => /\/assets\/chunk-[A-Z0-9]+\.js$/.test(u) || u.includes('leafletCss'))
  expect(leafletRequested()).toBe(false)
  const onPage = JSON.parse((await page.locator('#map-data').textContent()) ?? '[]') as unknown[]
  // What the map asks for: every result with an address, by spot — more than this page's 20.
  type Spot = {
    lat: number
    lon: number
    count: number
    listings: { title: string; url: string }[]
  }
  const all = (await (
    await page.request.get(`${suite.server.url}/zoeken?postcode=9751AB&radius=25&map=1`)
  ).json()) as { spots: Spot[]; located: number; total: number; truncated: boolean }
  expect(all.total).toBeGreaterThan(20)
  expect(all.located).toBeGreaterThan(onPage.length)
  expect(all.spots.reduce((n, s) => n + s.count, 0)).toBe(all.located)
  expect(all.truncated).toBe(false)
  // Listings at one venue share a marker: one marker per spot, the biggest carries its count.
  const busiest = [...all.spots].sort((a, b) => b.count - a.count)[0]!
  expect(busiest.count).toBeGreaterThan(1)

  await tabTo(page, '[data-module="results-map"]')
  await page.keyboard.press('Enter')
  await page.waitForFunction(
    (n) => document.querySelectorAll('.map-marker').length === n,
    all.spots.length,
  )
  expect(leafletRequested()).toBe(true)
  expect(
    await page.locator('.map-marker--many', { hasText: String(busiest.count) }).count(),
  ).toBeGreaterThan(0)
  // Its count sits in the middle of the circle (Leaflet's stylesheet, loaded later, must not win).
  // Both boxes measured in one frame: the map may still be panning, which moves the marker as a whole.
  const offset = await page.evaluate((n) => {
    const marker = [...document.querySelectorAll('.map-marker--many')].find(
      (m) => m.textContent === n,
    )!
    const circle = marker.getBoundingClientRect()
    const count = marker.querySelector('span')!.getBoundingClientRect()
    return {
      x: circle.x + circle.width / 2 - (count.x + count.width / 2),
      y: circle.y + circle.height / 2 - (count.y + count.height / 2),
    }
  }, String(busiest.count))
  expect(Math.abs(offset.x)).toBeLessThan(2)
  expect(Math.abs(offset.y)).toBeLessThan(3)
  expect(tileRequests()).toBeGreaterThan(0)
  expect(await page.getAttribute('[data-module="results-map"]', 'aria-expanded')).toBe('true')
  expect(await page.isVisible('#map-truncated')).toBe(false)

  // The shared marker by keyboard: named with its count and titles; its popup lists every listing as a link.
  await tabTo(page, '.map-marker--many')
  const many = (await page.evaluate(() => document.activeElement?.getAttribute('aria-label')))!
  const spot = all.spots.find(
    (s) => many === `${s.count} op deze plek: ${s.listings.map((l) => l.title).join(', ')}`,
  )
  expect(spot).toBeDefined()
  await page.keyboard.press('Enter')
  expect((await page.locator('.leaflet-popup-content a').allTextContents()).sort()).toEqual(
    spot!.listings.map((l) => l.title).sort(),
  )
  await page.waitForFunction(() => document.activeElement?.matches('.leaflet-popup-content a'))
  await page.keyboard.press('Escape')

  // Each marker with one listing is named after it.
  const singles = all.spots.filter((s) => s.count === 1).map((s) => s.listings[0]!.title)
  expect(
    (
      await page
        .locator('.map-marker:not(.map-marker--many)')
        .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))
    ).sort(),
  ).toEqual(singles.sort())

  await page.locator('[data-module="results-map"]').focus()
  await page.keyboard.press('Enter')
  expect(await page.isVisible('#map-panel')).toBe(false)
  expect(problems).toEqual([])
  await context.close()
})

test('without JavaScript the results page is complete: filters apply by submitting, no map button', async () => {
  const { page, context } = await openPage(suite.browser, { javaScriptEnabled: false })
  await page.goto(`${suite.server.url}/zoeken?postcode=9751AB`)
  expect(await page.locator('#results .card').count()).toBeGreaterThan(0)
  expect(await page.isVisible('[data-module="results-map"]')).toBe(false)
  expect(await page.isVisible('[data-module="use-location"]')).toBe(false)
  await page.locator('details[data-filters] > summary').click()
  await page.check('#f-free')
  // Without live search the button cannot know the new count: it says what it does.
  await Promise.all([
    page.waitForURL(/free=true/),
    page.getByRole('button', { name: 'Filters toepassen' }).click(),
  ])
  const cards = await page.locator('#results .card').all()
  expect(cards.length).toBeGreaterThan(0)
  for (const card of cards)
    expect(await card.locator('.badge', { hasText: /^Gratis$/ }).count()).toBe(1)
  await context.close()
})

test('search as you type updates the results in place and announces the count', async () => {
  const { page, problems, context } = await openPage(suite.browser, {
    viewport: { width: 1280, height: 900 },
  })
  await page.goto(`${suite.server.url}/zoeken`)
  const before = await page.locator('[data-summary]').textContent()
  const countBefore = await page.locator('label[for="f-kind-activity"] .count').textContent()
  await page.locator('#q').focus()
  await Promise.all([resultsSettled(page), page.keyboard.type('taal')])
  await page.waitForFunction(() => document.getElementById('results-status')?.textContent !== '')
  expect(page.url()).toContain('q=taal')
  expect(await page.locator('[data-summary]').textContent()).not.toBe(before)
  expect(await page.locator('#results mark').count()).toBeGreaterThan(0)
  // The rest of the page follows: facet counts, heading and document title.
  expect(await page.locator('label[for="f-kind-activity"] .count').textContent()).not.toBe(
    countBefore,
  )
  expect(await page.locator('h1').textContent()).toBe('Zoeken: taal')
  expect(await page.title()).toMatch(/^Zoeken: taal – /)
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('q')
  // Browsing sorted soonest first; once words are typed, best match, as a submitted search does.
  expect(page.url()).not.toContain('sort=')
  expect(await page.locator('select[name="sort"]').inputValue()).toBe('relevance')
  const live = await page.locator('#results .card-title a').allTextContents()
  await page.goto(`${suite.server.url}/zoeken?q=taal`)
  expect(await page.locator('#results .card-title a').allTextContents()).toEqual(live)
  expect(problems).toEqual([])
  await context.close()
})

test('on a phone, words residents type find what they mean: a kind word, a compound, and "Bedoelde je" when nothing is found', async () => {
  const { page, problems, context } = await openPage(suite.browser, {
    viewport: { width: 390, height: 844 },
  })
  await page.goto(`${suite.server.url}/zoeken?q=vrijwilligerswerk`)
  expect(await page.locator('#results .card-title a').first().textContent()).toBe(
    'Gastvrouw of gastheer bij de koffieochtend',
  )
  await page.goto(`${suite.server.url}/zoeken?q=computerles`)
  expect(await page.locator('#results .card-title a').allTextContents()).toContain(
    'Klik & Tik: beginnen met de computer',
  )
  await page.goto(`${suite.server.url}/zoeken?q=kofi`)
  const suggestion = page.locator('[data-suggestion] a')
  expect(await suggestion.textContent()).toBe('koffie')
  await Promise.all([page.waitForURL(/q=koffie/), suggestion.click()])
  expect(await page.locator('#results .card-title a').allTextContents()).toContain(
    'Koffieochtend in De Dilgt',
  )
  expect(problems).toEqual([])
  await context.close()
})

test('the phone journey: search → the form folds → a filter, its new count where the finger is → the whole card → "Ik heb interesse" at the top → sent', async () => {
  const { page, problems, context } = await openPage(suite.browser, {
    viewport: { width: 390, height: 844 },
    locale: 'nl-NL',
  })
  await page.goto(`${suite.server.url}/`)
  await page.fill('#q', 'vrijwilligerswerk')
  await page.fill('#postcode', '9751 AB')
  await Promise.all([page.waitForURL(/q=vrijwilligerswerk/), page.keyboard.press('Enter')])
  // Results first: the form is one line, the count and the first card are on the first screen.
  const fold = page.locator('details[data-search-fold] > summary')
  expect(await fold.innerText()).toMatch(/vrijwilligerswerk · .* · \d+ resultaten/)
  expect((await page.locator('#results .card').first().boundingBox())!.y).toBeLessThan(844)
  const total = Number((await page.locator('[data-summary]').getAttribute('data-total'))!)

  // A filter: the button at the bottom of the screen says at once how many results it gives.
  await page.locator('details[data-filters] > summary').click()
  const show = page.locator('[data-show-results]')
  expect(await show.innerText()).toBe(`Toon ${total} resultaten`)
  const volunteer = Number(
    (await page.locator('label[for="f-kind-volunteer"] .count').innerText()).replace(/\D/g, ''),
  )
  expect(volunteer).toBeGreaterThan(0)
  await page.locator('label[for="f-kind-volunteer"]').click()
  await page.waitForFunction(
    (n) =>
      document.querySelector('[data-show-results]')?.textContent ===
      `Toon ${n} ${n === 1 ? 'resultaat' : 'resultaten'}`,
    volunteer,
  )
  const button = (await show.boundingBox())!
  expect(button.y + button.height).toBeLessThanOrEqual(844)
  expect(button.y).toBeGreaterThan(844 / 2)
  await page.screenshot({ path: 'tests/e2e/screenshots/phone-journey-filter.png' })
  await show.click()
  expect(await page.locator('details[data-filters]').getAttribute('open')).toBeNull()
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-summary'))).toBe(true)

  // The whole card is the link (a tap anywhere on it), at least 48 px high.
  const card = page.locator('#results .card').first()
  const title = await card.locator('.card-title a').innerText()
  expect((await card.boundingBox())!.height).toBeGreaterThanOrEqual(48)
  const box = (await card.boundingBox())!
  await Promise.all([
    page.waitForURL(/\/plek\//),
    page.mouse.click(box.x + box.width - 12, box.y + box.height - 12),
  ])
  expect(await page.locator('h1').innerText()).toBe(title)

  // "Ik heb interesse" is on the first screen and jumps to the form.
  const jump = page.locator('a.jump-to-form')
  expect((await jump.boundingBox())!.y).toBeLessThan(844)
  await jump.click()
  await page.waitForFunction(() => location.hash === '#interesse')
  expect((await page.getByLabel('Je naam').boundingBox())!.y).toBeLessThan(844)
  await page.getByLabel('Je naam').fill('Sanne')
  await page.getByLabel('Je e-mailadres').fill('sanne@example.nl')
  await page.getByLabel(/Ik vind het goed dat .* mijn gegevens krijgt/).check()
  await page.screenshot({ path: 'tests/e2e/screenshots/phone-journey-interest.png' })
  await Promise.all([
    page.waitForURL(/interesse\/verstuurd/),
    page.getByRole('button', { name: 'Verstuur', exact: true }).click(),
  ])
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Je bericht is verstuurd')
  expect(problems).toEqual([])
  await context.close()
})

test('open data on a phone: from the footer to the page, which fits the screen, to the feed, whose themes point at the page', async () => {
  const { page, problems, context } = await openPage(suite.browser, {
    viewport: { width: 390, height: 844 },
  })
  await page.goto(`${suite.server.url}/`)
  await Promise.all([page.waitForURL(/\/open-data$/), page.click('footer >> text=Open data')])
  expect(await page.textContent('h1')).toBe('Open data')
  // Example requests wrap instead of widening the page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  // This server has no Next: the REST API its links name is asked through Payload's handlers.
  const follow = async (selector: string): Promise<unknown> =>
    (
      await handleEndpoints({
        config: suite.server.payload.config,
        request: new Request(
          `http://localhost${new URL((await page.getAttribute(selector, 'href'))!).pathname}`,
        ),
      })
    ).json() as Promise<unknown>
  const feed = (await follow('main a[href$="/api/feeds/session-series"]')) as {
    items: { state: string; data?: { activity: { '@id': string }[] } }[]
    next: string
    license: string
  }
  expect(feed.items.length).toBeGreaterThan(10)
  expect(feed.license).toBe(await page.getAttribute('main a[href*="creativecommons"]', 'href'))
  const concept = feed.items.find((i) => i.data?.activity.length)!.data!.activity[0]!['@id']
  expect(concept).toMatch(/\/open-data#thema-\d+$/)
  expect(await page.locator(`[id="${concept.split('#')[1]}"]`).count()).toBe(1)
  const hsds = (await follow('main a[href$="/api/hsds"]')) as { version: string }
  expect(hsds.version).toBe('3.0')
  expect(problems).toEqual([])
  await context.close()
})
