import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { launchBrowser, openPage } from '../helpers/browser'
import { startServer, type RunningServer, ensureAdminBuilt } from '../helpers/server'
import { decodeQuotedPrintable, smtpPeer, type SmtpPeer, subjectOf } from '../helpers/smtpPeer'

/**
 * Account recovery on SQLite, end to end: "wachtwoord vergeten" in the admin, the e-mail as a
 * real SMTP server receives it, its link, a new password, and a login with it that works. The
 * real server (Next admin + REST) sends through nodemailer to the `smtp-server` peer.
 */
let server: RunningServer
let browser: Browser
let smtp: SmtpPeer
beforeAll(async () => {
  ensureAdminBuilt()
  smtp = await smtpPeer()
  await smtp.start()
  ;[server, browser] = await Promise.all([startServer({ SMTP_URL: smtp.url }), launchBrowser()])
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await smtp?.stop()
})

const EMAIL = 'redactie@meedoen.test'
const NEW_PASSWORD = 'Nieuw-wachtwoord-2026'

test('forgot password → e-mail at the SMTP server → link → new password → log in with it; the old one no longer works', async () => {
  const { page, problems } = await openPage(browser, {
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
  })
  await page.goto(`${server.url}/admin/login`, { waitUntil: 'networkidle' })
  await page.locator('a[href$="/admin/forgot"]').click()
  await page.waitForURL(/\/admin\/forgot$/)
  await page.fill('#field-email', EMAIL)
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/users/forgot-password')),
    page.click('button[type="submit"]'),
  ])
  expect(answer.status()).toBe(200)

  // The editor also gets the directory's own e-mails (a demo loket request's job may run meanwhile): wait for the reset mail.
  const mail = await smtp.waitFor(
    (m) => m.to.includes(EMAIL) && /wachtwoord|password/i.test(subjectOf(m.raw)),
  )
  expect(subjectOf(mail.raw)).toMatch(/wachtwoord|password/i)
  const link = /https?:\/\/[^\s"<]+\/admin\/reset\/[0-9a-f]{40}/.exec(
    decodeQuotedPrintable(mail.raw),
  )?.[0]
  expect(link).toBeDefined()
  expect(link!.startsWith(server.url)).toBe(true)

  await page.goto(link!, { waitUntil: 'networkidle' })
  await page.fill('#field-password', NEW_PASSWORD)
  await page.fill('#field-confirm-password', NEW_PASSWORD)
  const [reset] = await Promise.all([
    page
      .waitForResponse((r) => r.url().includes('/api/users/reset-password'), { timeout: 15_000 })
      .catch(async (e: Error) => {
        throw new Error(
          `${e.message}\n${await page.locator('form').first().innerText()}\n${problems.join('\n')}`,
        )
      }),
    page.click('button[type="submit"]'),
  ])
  expect(reset.status()).toBe(200)

  // A fresh browser: log in with the new password through the admin's form.
  const fresh = await openPage(browser, { viewport: { width: 1280, height: 900 }, locale: 'nl-NL' })
  await fresh.page.goto(`${server.url}/admin/login`)
  await fresh.page.fill('#field-email', EMAIL)
  await fresh.page.fill('#field-password', NEW_PASSWORD)
  await Promise.all([
    fresh.page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 30_000 }),
    fresh.page.click('button[type="submit"]'),
  ])
  // The session works: the admin shows a collection, and /api/users/me knows who this is.
  await fresh.page.goto(`${server.url}/admin/collections/activities`)
  expect(new URL(fresh.page.url()).pathname).toBe('/admin/collections/activities')
  const me = (await fresh.page.evaluate(() => fetch('/api/users/me').then((r) => r.json()))) as {
    user: { email: string } | null
  }
  expect(me.user?.email).toBe(EMAIL)

  const old = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: 'demo-redactie' }),
  })
  expect(old.status).toBe(401)
  expect(problems.filter((p) => !/favicon/.test(p))).toEqual([])
}, 120_000)
