import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { DEMO_USERS } from '../../src/seed/data/users'
import { launchBrowser } from '../helpers/browser'
import { startServer, type RunningServer, ensureAdminBuilt } from '../helpers/server'

/**
 * The admin in Chromium with what the REST API now refuses: a visitor's `/api/access` is the
 * empty map, media are listed by use. Login, the dashboard, the media list and logging out
 * still work, without a 5xx or a "permissions failed" message on the way.
 */
let server: RunningServer
let browser: Browser
beforeAll(async () => {
  ensureAdminBuilt()
  ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
}, 600_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

test('login page, login, media list and logout work; no 5xx, no failed permission refresh', async () => {
  const context = await browser.newContext({ locale: 'nl-NL' })
  const page = await context.newPage()
  const failures: string[] = []
  page.on('response', (res) => {
    if (res.url().includes('/api/') && res.status() >= 500)
      failures.push(`${res.status()} ${res.url()}`)
  })
  await page.goto(`${server.url}/admin/login`)
  await page.locator('#field-email').waitFor({ state: 'visible' })
  const editor = DEMO_USERS.find((u) => u.roles.includes('editor'))!
  await page.fill('#field-email', editor.email)
  await page.fill('#field-password', editor.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/)
  await page.goto(`${server.url}/admin/collections/media`)
  await page
    .locator('.collection-list, .list-view, [class*="collection-list"]')
    .first()
    .waitFor({ state: 'visible' })
  await page.goto(`${server.url}/admin/logout`)
  await page.locator('#field-email').waitFor({ state: 'visible', timeout: 30_000 })
  await page.waitForTimeout(500)
  expect(
    await page.getByText(/Refreshing permissions failed|Fetching permissions failed/).count(),
  ).toBe(0)
  expect(failures).toEqual([])
  await context.close()
}, 120_000)
