import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { launchBrowser, openPage, tabTo } from '../helpers/browser'
import type { ReceivedMail, SmtpPeer } from '../helpers/smtpPeer'
import { startWebServerWithMail, type WebServer } from '../helpers/webServer'

/**
 * A resident on a phone, by keyboard: from the home page through "Wat past bij mij?" to a
 * suggestion, its next step on the ladder, hearing it read (a stubbed voice: headless Chromium
 * has none), and asking for new places by e-mail — the confirmation arriving over real SMTP and
 * confirmed with the button behind its link. Screenshots in tests/e2e/screenshots/.
 */
let server: WebServer
let browser: Browser
let smtp: SmtpPeer
let stop: () => Promise<void>
beforeAll(async () => {
  let started: Awaited<ReturnType<typeof startWebServerWithMail>>
  ;[started, browser] = await Promise.all([startWebServerWithMail(), launchBrowser()])
  ;({ server, smtp, stop } = started)
}, 120_000)
afterAll(async () => {
  await browser?.close()
  await stop?.()
})

/** The browser's speech synthesis, stubbed: it has a Dutch voice and records what it is asked to say. */
const STUB_VOICE = `
  window.__spoken = []
  const synth = {
    paused: false,
    getVoices: () => [{ lang: 'nl-NL', name: 'Stub', default: true, localService: true, voiceURI: 'stub' }],
    addEventListener: () => undefined,
    speak: (u) => { window.__spoken.push(u.text); setTimeout(() => u.onend && u.onend(), 300) },
    cancel: () => undefined,
    pause() { this.paused = true },
    resume() { this.paused = false },
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synth })
`
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `tests/e2e/screenshots/phone-${name}.png` })
const tick = async (page: Page, id: string) => {
  await tabTo(page, `#${id}`)
  await page.keyboard.press('Space')
}
const next = async (page: Page, step: number) => {
  await tabTo(page, 'form.suggest-step button[type=submit]')
  await Promise.all([page.waitForURL(new RegExp(`step=${step}`)), page.keyboard.press('Enter')])
}

describe('a next step for a resident on a phone', () => {
  test('home → "Wat past bij mij?" → a suggestion → its next step → read aloud → new places by e-mail', async () => {
    const { page, problems, context } = await openPage(browser, { locale: 'nl-NL' })
    await context.addInitScript(STUB_VOICE)
    await page.goto(`${server.url}/`)
    await tabTo(page, 'a[href="/wat-past-bij-mij"]')
    await Promise.all([page.waitForURL(/wat-past-bij-mij/), page.keyboard.press('Enter')])

    // Six questions, one per screen, by keyboard.
    await tick(page, 'q-want-meet')
    await shot(page, 'suggest-1-want')
    await next(page, 2)
    const theme = await page.getByLabel('Ontmoeten', { exact: true }).getAttribute('id')
    await tick(page, theme!)
    await next(page, 3)
    await tick(page, 'q-day-2')
    await next(page, 4)
    await tabTo(page, '#q-postcode')
    await page.keyboard.type('9751 AB')
    await shot(page, 'suggest-4-where')
    await next(page, 5)
    await tick(page, 'q-help-free')
    await next(page, 6)
    await tabTo(page, '#q-age')
    await page.keyboard.type('67')
    await next(page, 7)
    await shot(page, 'suggest-7-results')
    const suggestions = page.url()

    // Suggestions, each saying why; every one on Tuesday, within 5 km.
    const cards = page.locator('.suggest .card')
    expect(await cards.count()).toBeGreaterThan(0)
    for (const why of await page.locator('.suggest .why').allInnerTexts()) {
      expect(why).toContain('Op dinsdag.')
      expect(why).toMatch(/[\d,]+ km van je postcode/)
    }
    const first = cards.first().locator('.card-title a')
    const title = await first.innerText()
    await tabTo(page, `.suggest .card:first-child .card-title a`)
    await Promise.all([page.waitForURL(/\/activiteit\//), page.keyboard.press('Enter')])
    expect(await page.locator('h1').innerText()).toBe(title)

    // "Lees voor": shown (a voice for Dutch), reads from the top (kind, title), marks it, pause and stop.
    await tabTo(page, '[data-action="play"]')
    await page.keyboard.press('Enter')
    await page.waitForFunction(
      () => (window as unknown as { __spoken: string[] }).__spoken.length >= 2,
    )
    const spoken = await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken)
    expect(spoken.slice(0, 2)).toEqual(['Activiteit', title])
    expect(await page.evaluate(() => CSS.highlights.has('read-aloud'))).toBe(true)
    await shot(page, 'read-aloud')
    // The keyboard's place moves to the button that replaced the one pressed.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Pauze')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Lees verder')
    await tabTo(page, '[data-action="stop"]')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => CSS.highlights.has('read-aloud'))).toBe(false)

    // "Een volgende stap": one rung up, nearby, saying why.
    const nextStep = page.locator('section.related')
    await nextStep.scrollIntoViewIfNeeded()
    await shot(page, 'next-step')
    expect(await nextStep.locator('h2').innerText()).toBe('Een volgende stap')
    expect(await nextStep.locator('.why').first().innerText()).toContain('Een stap verder:')
    const step = nextStep.locator('.card:first-child .card-title a')
    const [stepHref, stepTitle] = [await step.getAttribute('href'), await step.innerText()]
    await tabTo(page, 'section.related .card:first-child .card-title a')
    await Promise.all([
      page.waitForURL((u) => u.pathname === stepHref),
      page.keyboard.press('Enter'),
    ])
    expect(await page.locator('h1').innerText()).toBe(stepTitle)
    // Back to the suggestions (the browser's back button: each screen is its own address).
    await page.goto(suggestions)
    await tabTo(page, 'a[href^="/zoeken?"]')
    await Promise.all([page.waitForURL(/\/zoeken\?/), page.keyboard.press('Enter')])
    await tabTo(page, '#alert-email')
    await page.keyboard.type('dewi@voorbeeld.nl')
    await tick(page, 'alert-consent')
    await shot(page, 'alert-form')
    await tabTo(page, '.alert-form button[type=submit]')
    await Promise.all([page.waitForURL(/nieuwe-plekken\/verstuurd/), page.keyboard.press('Enter')])
    expect(await page.locator('h1').innerText()).toBe('Kijk in je mail')
    await server.payload.jobs.run({ queue: 'directory', limit: 100 })
    const mail: ReceivedMail = await smtp.waitFor((m) => m.to.includes('dewi@voorbeeld.nl'))
    const link = /https?:\/\/\S+?\/nieuwe-plekken\/bevestig\?token=[\w.-]+/.exec(
      mail.raw
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
    )![0]
    await page.goto(`${server.url}${link.replace(/^https?:\/\/[^/]+/, '')}`)
    await tabTo(page, 'main form button[type=submit]')
    await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')])
    expect(await page.locator('h1').innerText()).toBe('Gelukt')
    await shot(page, 'alert-confirmed')
    expect(problems).toEqual([])
    await context.close()
  }, 180_000)

  test('"Gebruik mijn locatie" answers the place question with where the phone is', async () => {
    const { page, problems, context } = await openPage(browser, {
      locale: 'nl-NL',
      geolocation: { latitude: 53.17322, longitude: 6.60958 },
      permissions: ['geolocation'],
    })
    await page.goto(`${server.url}/wat-past-bij-mij?want=meet&step=4`)
    await tabTo(page, '[data-module="use-location"]')
    await Promise.all([page.waitForURL(/step=5/), page.keyboard.press('Enter')])
    const answers = new URL(page.url()).searchParams
    expect([answers.get('lat'), answers.get('lon'), answers.get('want')]).toEqual([
      '53.17322',
      '6.60958',
      'meet',
    ])
    expect(problems).toEqual([])
    await context.close()
  })

  test('this Chromium has no voice: "Lees voor" stays hidden (rendered hidden, never shown)', async () => {
    const { page, problems, context } = await openPage(browser, { locale: 'nl-NL' })
    await page.goto(`${server.url}/activiteit/koffieochtend-in-de-dilgt`)
    // Longer than the island waits for voices to load.
    await page.waitForTimeout(2000)
    expect(await page.locator('[data-module="read-aloud"]').isHidden()).toBe(true)
    expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0)
    expect(problems).toEqual([])
    await context.close()
  })
})
