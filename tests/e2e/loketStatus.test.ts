import path from 'node:path'

import { expect, test } from '@jest/globals'

import { openPage } from '../helpers/browser'
import { PHONE, useAdminServer } from '../helpers/adminSession'

/**
 * An employer follows their loket request, walked in Chromium against the real server: on a
 * phone they read what the municipality offers, apply, and open "Volg je aanvraag"; the editor
 * picks the request up in the admin and writes a message; the employer gets an e-mail and
 * the employer's page shows it.
 * Screenshots in tests/e2e/screenshots/.
 */
const suite = useAdminServer()
const SHOTS = path.join(import.meta.dirname, 'screenshots')

test('an employer applies on a phone and follows the request while the editor handles it', async () => {
  const base = suite.server.url
  const { page, problems } = await openPage(suite.browser, { viewport: PHONE, locale: 'nl-NL' })
  await page.goto(`${base}/werkgevers`)
  await page.getByRole('heading', { name: 'Wat de gemeente voor werkgevers doet' }).waitFor()
  await page.getByLabel('Naam van je bedrijf of organisatie').fill('Kringloop Het Tweede Leven')
  await page.getByLabel('Je naam', { exact: true }).fill('Fenna de Wit')
  await page.getByLabel('Je e-mailadres').fill('fenna@tweedeleven.test')
  await page.getByLabel('Werkervaringsplek').check()
  await page.getByLabel('Waar?', { exact: true }).fill('Haren')
  await page.getByLabel(/Ik vind het goed dat de redactie contact/).check()
  await Promise.all([
    page.waitForURL(/verstuurd/),
    page.getByRole('button', { name: 'Verstuur' }).click(),
  ])
  await page.getByRole('link', { name: 'Volg je aanvraag' }).click()
  await page.getByRole('heading', { name: 'Je aanvraag bij het werkgeversloket' }).waitFor()
  expect(await page.locator('[aria-current="step"]').innerText()).toBe('Ontvangen')
  await page.screenshot({
    path: path.join(SHOTS, 'loket-status-received-phone.png'),
    fullPage: true,
  })
  const receipt = await suite.mailTo(
    'fenna@tweedeleven.test',
    'Je aanvraag bij het werkgeversloket',
  )
  expect(receipt.raw).toContain('/werkgevers/aanvraag/')

  // The editor picks it up and writes to the employer.
  const editor = await suite.adminAs('redactie@meedoen.test', 'demo-redactie')
  await editor.page.goto(`${base}/admin/collections/loket-requests`)
  await editor.page.getByRole('link', { name: 'Kringloop Het Tweede Leven' }).click()
  await editor.page.waitForSelector('#field-messageToEmployer')
  await editor.page.locator('#field-status').click()
  await editor.page.getByRole('option', { name: 'In behandeling' }).click()
  await editor.page.fill(
    '#field-messageToEmployer',
    'Ik bel je donderdag om de plekken te bespreken.',
  )
  await editor.page.getByRole('button', { name: 'Bewaar', exact: true }).click()
  await editor.page
    .getByText(/succesvol/i)
    .first()
    .waitFor({ timeout: 30_000 })

  // The employer hears it by e-mail, with the editor's message and the same link.
  const news = await suite.mailTo(
    'fenna@tweedeleven.test',
    'Nieuws over je aanvraag bij het werkgeversloket',
  )
  expect(news.raw).toContain('in behandeling')
  expect(news.raw).toContain('/werkgevers/aanvraag/')

  await page.reload()
  expect(await page.locator('[aria-current="step"]').innerText()).toBe('In behandeling')
  expect(await page.locator('main').innerText()).toContain('Ik bel je donderdag')
  await page.screenshot({
    path: path.join(SHOTS, 'loket-status-in-progress-phone.png'),
    fullPage: true,
  })
  expect([...problems, ...editor.problems]).toEqual([])
})
