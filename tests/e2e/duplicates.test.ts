import path from 'node:path'

import { expect, test } from '@jest/globals'

import { PHONE, useAdminServer } from '../helpers/adminSession'
import { openPage } from '../helpers/browser'

/**
 * A duplicate organisation flagged and merged, walked in Chromium against the real server and
 * admin: an editor types a name already there in other words and is warned while typing;
 * saves anyway; the dashboard counts it; the organisations' list shows the pair; the editor
 * merges it; a resident with the old address lands on the kept organisation's page.
 * Screenshots in tests/e2e/screenshots/.
 */
const suite = useAdminServer()
const SHOTS = path.join(import.meta.dirname, 'screenshots')

test('an editor is warned of a duplicate while typing, then finds it flagged and merges it', async () => {
  const base = suite.server.url
  const { page, problems } = await suite.adminAs('redactie@meedoen.test', 'demo-redactie')
  await page.goto(`${base}/admin/collections/organisations/create`)
  await page.waitForSelector('#field-name')
  await page.locator('#field-name').pressSequentially('welzijn haren (stg.)')
  const similar = page.locator('.meedoen-similar')
  await similar.getByText('Lijkt op een organisatie die er al is:').waitFor()
  expect(await similar.getByRole('link').allInnerTexts()).toEqual(['Stichting Welzijn Haren'])
  await page.screenshot({ path: path.join(SHOTS, 'duplicate-warning.png') })
  // Saved anyway (as happens): it is then on the list.
  await page.locator('#field-type').click()
  await page
    .getByRole('option', { name: /Welzijn/ })
    .first()
    .click()
  await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
  await page.waitForURL(/\/admin\/collections\/organisations\/\d+/, { timeout: 30_000 })
  const twinID = Number(new URL(page.url()).pathname.split('/').pop())
  const twin = (await (
    await fetch(`${base}/api/organisations/${twinID}?depth=0`, {
      headers: { authorization: `JWT ${suite.adminToken()}` },
    })
  ).json()) as { slug: string }

  await page.goto(`${base}/admin`)
  await page.getByRole('link', { name: 'Mogelijk dubbele organisaties: 1' }).click()
  const list = page.locator('.meedoen-duplicates')
  await list.getByRole('heading', { name: 'Mogelijk dubbel (1)' }).waitFor()
  expect(await list.locator('caption').innerText()).toBe('Zelfde naam')
  await page.screenshot({ path: path.join(SHOTS, 'duplicate-list.png'), fullPage: true })
  await list
    .getByRole('button', { name: 'Voeg "welzijn haren (stg.)" samen in "Stichting Welzijn Haren"' })
    .click()
  await list.getByText(/"welzijn haren \(stg\.\)" wordt verwijderd/).waitFor()
  await list.getByRole('button', { name: 'Ja, samenvoegen' }).click()
  await list.getByText('Samengevoegd in "Stichting Welzijn Haren".').waitFor({ timeout: 30_000 })
  await list.getByText('Er zijn geen mogelijk dubbele organisaties.').waitFor()
  expect(await page.getByRole('link', { name: 'welzijn haren (stg.)' }).count()).toBe(0)

  // A resident on a phone with the old address lands on the kept organisation.
  const resident = await openPage(suite.browser, { viewport: PHONE, locale: 'nl-NL' })
  await resident.page.goto(`${base}/organisatie/${twin.slug}`)
  await resident.page.getByRole('heading', { name: 'Stichting Welzijn Haren', level: 1 }).waitFor()
  expect(new URL(resident.page.url()).pathname).toBe('/organisatie/welzijn-haren')
  expect([...problems, ...resident.problems]).toEqual([])
})
