import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { DEMO_USERS } from '../../src/seed/data/users'
import { launchBrowser } from '../helpers/browser'
import { startServer, type RunningServer, ensureAdminBuilt } from '../helpers/server'

/**
 * Changing your own password in Payload's admin (Chromium): the admin's own "change password"
 * form cannot send the current password, so a "current password" field appears as soon as a
 * new one is typed; saving without it or with a wrong one is refused, with it it works.
 */
let server: RunningServer
let browser: Browser
beforeAll(async () => {
  ensureAdminBuilt()
  server = await startServer()
  browser = await launchBrowser()
}, 600_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const member = DEMO_USERS.find((u) => u.email.startsWith('lid@welzijnharen'))!

test('a member changes their own password in the admin only with the current one', async () => {
  const context = await browser.newContext({ locale: 'nl-NL' })
  const page = await context.newPage()
  await page.goto(`${server.url}/admin/login`)
  await page.fill('#field-email', member.email)
  await page.fill('#field-password', member.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/)
  await page.goto(`${server.url}/admin/account`)
  await page.click('#change-password')
  await page.fill('#field-password', 'een-nieuw-wachtwoord-1')
  await page.fill('#field-confirm-password', 'een-nieuw-wachtwoord-1')
  const current = page.locator('#field-currentPassword')
  await current.waitFor({ state: 'visible' })
  expect(await current.getAttribute('type')).toBe('password')

  await current.fill('niet-het-goede')
  await page.click('#action-save')
  await page.getByText('Het huidige wachtwoord klopt niet').first().waitFor({ state: 'visible' })
  const login = (password: string) =>
    fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: member.email, password }),
    })
  expect((await login('een-nieuw-wachtwoord-1')).status).toBe(401)

  // As a person would: open the password fields again if the failed save closed them.
  if (await page.locator('#change-password').isVisible()) {
    await page.click('#change-password')
    await page.fill('#field-password', 'een-nieuw-wachtwoord-1')
    await page.fill('#field-confirm-password', 'een-nieuw-wachtwoord-1')
  }
  await current.fill(member.password)
  // The admin's save is checked by its answer: after your own password change the admin
  // refreshes the session and the page, which can take the success toast along.
  const saved = page.waitForResponse(
    (r) => r.url().includes('/api/users/') && r.request().method() === 'PATCH',
  )
  await page.waitForTimeout(1_000)
  await page.click('#action-save')
  expect((await saved).status()).toBe(200)
  expect((await login('een-nieuw-wachtwoord-1')).status).toBe(200)
  await context.close()
}, 120_000)
