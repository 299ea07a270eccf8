import { afterAll, beforeAll, expect } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { launchBrowser, openPage } from './browser'
import { fakePdok } from './fakePdok'
import { startServer, type RunningServer, ensureAdminBuilt } from './server'
import { type ReceivedMail, smtpPeer, type SmtpPeer, subjectOf } from './smtpPeer'

export const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 900 }

export interface AdminSuite {
  server: RunningServer
  browser: Browser
  smtp: SmtpPeer
  /** Logs in through the admin's own form as a person would, in Dutch unless English is chosen. */
  adminAs: (
    email: string,
    password: string,
    viewport?: { width: number; height: number },
    language?: 'nl' | 'en',
  ) => Promise<{ page: Page; problems: string[] }>
  /** Runs the e-mail jobs now (the server's cron would within a minute), then waits for the message. */
  mailTo: (to: string, subject: string) => Promise<ReceivedMail>
  /** An administrator's token, for setting up data and running jobs over REST. */
  adminToken: () => string
  /** Runs the directory's jobs now, as the server's runner would within a minute. */
  runJobs: () => Promise<void>
  /** The geocoder's stand-in (GEOCODER=pdok, GEOCODER_URL): the searches it was asked. */
  pdokAsked: () => string[]
}

/**
 * For a browser test file of the admin: the real server (admin built when stale) with the demo
 * data, a real SMTP peer for its e-mails, a stand-in for PDOK that knows Kerklaan 12 in Haren,
 * stubbed map tiles, and Chromium.
 */
export const useAdminServer = (): AdminSuite => {
  const state = { token: '' } as {
    server: RunningServer
    browser: Browser
    smtp: SmtpPeer
    pdok: Awaited<ReturnType<typeof fakePdok>>
    token: string
  }
  beforeAll(async () => {
    ensureAdminBuilt()
    state.smtp = await smtpPeer()
    await state.smtp.start()
    state.pdok = await fakePdok()
    ;[state.server, state.browser] = await Promise.all([
      startServer({
        SMTP_URL: state.smtp.url,
        GEOCODER: 'pdok',
        GEOCODER_URL: state.pdok.url,
        MAP_TILE_URL: 'https://tiles.example.test/{z}/{x}/{y}.png',
      }),
      launchBrowser(),
    ])
    const login = await fetch(`${state.server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'beheer@meedoen.test', password: 'demo-beheer' }),
    })
    state.token = ((await login.json()) as { token: string }).token
  }, 300_000)
  afterAll(async () => {
    await state.browser?.close()
    await state.server?.stop()
    await state.smtp?.stop()
    await state.pdok?.close()
  })
  /** Every job waiting in the directory's queue (not Payload's default ten: e-mails pile up). */
  const runJobs = async () => {
    const run = await fetch(`${state.server.url}/api/payload-jobs/run?queue=directory&limit=100`, {
      headers: { authorization: `JWT ${state.token}` },
    })
    expect(run.status).toBe(200)
  }
  return {
    get server() {
      return state.server
    },
    get browser() {
      return state.browser
    },
    get smtp() {
      return state.smtp
    },
    adminToken: () => state.token,
    pdokAsked: () => state.pdok.asked,
    runJobs,
    adminAs: async (email, password, viewport = DESKTOP, language = 'nl') => {
      const watched = await openPage(state.browser, {
        viewport,
        locale: language === 'en' ? 'en-GB' : 'nl-NL',
      })
      const { page } = watched
      // The admin's language switch stores the choice in this cookie.
      if (language === 'en')
        await page
          .context()
          .addCookies([{ name: 'payload-lng', value: 'en', url: state.server.url }])
      await page.goto(`${state.server.url}/admin/login`)
      await page.fill('#field-email', email)
      await page.fill('#field-password', password)
      await Promise.all([
        page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 30_000 }),
        page.click('button[type="submit"]'),
      ])
      return watched
    },
    mailTo: async (to, subject) => {
      await runJobs()
      return state.smtp.waitFor((m) => m.to.includes(to) && subjectOf(m.raw) === subject, 15_000)
    },
  }
}

/**
 * Opens a document from a link and waits until its form is interactive. When someone else still
 * holds Payload's edit lock (a tab they left open), the admin asks first; an editor or member
 * who goes on takes it over, as a person would.
 */
export const openDocument = async (
  page: Page,
  link: ReturnType<Page['getByRole']>,
  ready: string,
  onLock: 'Overnemen' | 'Alleen-lezen weergave' = 'Overnemen',
) => {
  // Follows the link's address: a click while the list is still re-rendering can be lost.
  const target = await link.first().getAttribute('href')
  await page.goto(new URL(target!, page.url()).href)
  const lock = page.locator('#document-locked')
  await page.locator(ready).first().waitFor({ timeout: 30_000 })
  // The form renders first; the lock question (if any) follows once the admin has checked.
  const locked = await lock.waitFor({ timeout: 3_000 }).then(
    () => true,
    () => false,
  )
  if (locked) await lock.getByRole('button', { name: onLock }).click()
  await lock.waitFor({ state: 'hidden' })
}

/** Types into a field until the form has taken it (a value typed before hydration is lost): the action it enables says so. */
export const typeUntilEnabled = async (
  page: Page,
  field: string,
  value: string,
  action: ReturnType<Page['getByRole']>,
) => {
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.locator(field).fill('')
    await page.locator(field).pressSequentially(value)
    if (await action.isEnabled()) return
    await page.waitForTimeout(500)
  }
  throw new Error(`${field}: the form did not take the typed value`)
}

/** The venue's and the listing's accessibility questions in the admin (Toegankelijkheid). */
export const VENUE_QUESTIONS = [
  'stepFreeEntrance',
  'accessibleToilet',
  'hearingLoop',
  'quietRoom',
  'parking',
]
export const LISTING_QUESTIONS = ['wheelchair', 'dutchNeeded']

/**
 * Answers accessibility questions in an admin form, as a person does: one select at a time.
 * Payload renders a form's fields as they scroll into view, so the group is scrolled to first.
 */
export const answerAccessibility = async (
  page: Page,
  questions: string[],
  answer: (question: string) => string = () => 'Onbekend',
) => {
  await page.locator('#field-accessibility').scrollIntoViewIfNeeded()
  for (const question of questions) {
    await page.locator(`#field-accessibility__${question}`).scrollIntoViewIfNeeded()
    await page.locator(`#field-accessibility__${question}`).click()
    await page.getByRole('option', { name: answer(question), exact: true }).click()
  }
}
