import fs from 'node:fs'
import path from 'node:path'

import { expect, test } from '@jest/globals'

import { openPage } from '../helpers/browser'
import { PHONE, useAdminServer } from '../helpers/adminSession'

/**
 * A professional makes a shortlist for a client in Chromium against the real server: logged in
 * through the admin, two places added from the results and one from a listing's page, each in
 * one click; the list printed to PDF (the print stylesheet: only the list, a block per listing
 * with its QR code); and the shared link opened on the client's phone without an account. The
 * PDF and screenshots are in tests/e2e/screenshots/.
 */
const suite = useAdminServer()
const SHOTS = path.join(import.meta.dirname, 'screenshots')

test('a professional adds places in one click each, prints the list to PDF and shares it with a client', async () => {
  const { page, problems } = await suite.adminAs('professional@meedoen.test', 'demo-professional')
  const base = suite.server.url
  await page.goto(`${base}/zoeken?q=taal`)
  for (const n of [0, 1]) {
    await Promise.all([
      page.waitForURL(/#lijstje-[ao]\d+$/),
      page.getByRole('button', { name: 'Op lijstje', exact: true }).nth(n).click(),
    ])
  }
  expect(await page.getByRole('button', { name: 'Van lijstje af' }).count()).toBe(2)
  await page.goto(`${base}/activiteit/koffieochtend-in-de-dilgt`)
  await page.getByRole('button', { name: 'Zet op het lijstje voor je cliënt' }).click()
  await page.getByRole('button', { name: 'Van lijstje af' }).waitFor()
  await page.getByRole('link', { name: 'Lijstje (3)' }).click()
  await page.getByRole('heading', { level: 1, name: 'Plekken om mee te doen' }).waitFor()
  expect(await page.locator('.shortlist-item').count()).toBe(3)
  // The print button is there with JavaScript (the island); the link to share works 14 days.
  expect(await page.getByRole('button', { name: 'Afdrukken of opslaan als PDF' }).isVisible()).toBe(
    true,
  )
  const link = await page.inputValue('#lijstje-link')

  // Printed: only the list, every block whole on its page, each with its QR code.
  await page.emulateMedia({ media: 'print' })
  const hidden = await page.evaluate(() =>
    ['header', 'footer', '.no-print', '.utrecht-skip-link'].map(
      (s) => getComputedStyle(document.querySelector(s)!).display,
    ),
  )
  expect(hidden).toEqual(['none', 'none', 'none', 'none'])
  expect(
    await page
      .locator('.shortlist-item')
      .first()
      .evaluate((e) => getComputedStyle(e).breakInside),
  ).toBe('avoid')
  expect(await page.locator('.shortlist-qr svg').count()).toBe(3)
  await page.screenshot({ path: path.join(SHOTS, 'shortlist-print.png'), fullPage: true })
  const pdf = await page.pdf({ format: 'A4', printBackground: true })
  fs.writeFileSync(path.join(SHOTS, 'shortlist.pdf'), pdf)
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []
  expect(pages.length).toBeGreaterThanOrEqual(1)
  expect(pages.length).toBeLessThanOrEqual(3)
  await page.emulateMedia({ media: 'screen' })

  // The client opens the shared link on a phone, without an account: the list, nothing else.
  const phone = await openPage(suite.browser, { viewport: PHONE, locale: 'nl-NL' })
  await phone.page.goto(link)
  await phone.page.getByRole('heading', { level: 1, name: 'Plekken om mee te doen' }).waitFor()
  expect(await phone.page.locator('.shortlist-item').count()).toBe(3)
  expect(await phone.page.locator('#lijstje-link').count()).toBe(0)
  const overflow = await phone.page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
  await phone.page.screenshot({
    path: path.join(SHOTS, 'shortlist-shared-phone.png'),
    fullPage: true,
  })
  expect([...problems, ...phone.problems]).toEqual([])
})
