import path from 'node:path'

import { expect, test } from '@jest/globals'

import { PHONE, useAdminServer } from '../helpers/adminSession'

/**
 * "Wie is wie" walked by the people in the chain, against the real server: an editor without an
 * entry makes one through the admin's create form (from the page's own button); the demo
 * professional changes their phone number; a member on a phone goes from the admin's dashboard
 * to the page, finds them by neighbourhood and sees the new number. Screenshots in tests/e2e/screenshots/.
 */
const suite = useAdminServer()
const SHOTS = path.join(import.meta.dirname, 'screenshots')

test('colleagues make and keep their own entry in the admin, and find each other by neighbourhood', async () => {
  const base = suite.server.url
  // An editor has no entry yet: the page's button leads to the admin's create form.
  const editor = await suite.adminAs('redactie@meedoen.test', 'demo-redactie')
  await editor.page.goto(`${base}/wie-is-wie`)
  await editor.page.getByRole('link', { name: 'Maak je kaart' }).click()
  await editor.page.waitForSelector('#field-organisationName')
  await editor.page.fill('#field-name', 'Rika Redactie')
  await editor.page.fill('#field-organisationName', 'Meedoen, redactie')
  await editor.page.fill('#field-jobTitle', 'redacteur')
  await editor.page.fill('#field-email', 'redactie@meedoen.test')
  await editor.page.fill('#field-helpWith', 'Aanbod op de site zetten of verbeteren.')
  await editor.page.getByRole('button', { name: 'Bewaar', exact: true }).click()
  await editor.page.waitForURL(/\/admin\/collections\/profiles\/\d+/, { timeout: 30_000 })

  // The professional changes their own phone number, from the page's "Pas je kaart aan".
  const professional = await suite.adminAs('professional@meedoen.test', 'demo-professional')
  await professional.page.goto(`${base}/wie-is-wie`)
  await professional.page.getByRole('link', { name: 'Pas je kaart aan' }).click()
  await professional.page.waitForSelector('#field-phone')
  await professional.page.fill('#field-phone', '06 99 88 77 66')
  await professional.page.getByRole('button', { name: 'Bewaar', exact: true }).click()
  await professional.page
    .getByText(/succesvol/i)
    .first()
    .waitFor({ timeout: 30_000 })

  // A member, on a phone, finds colleagues working in Haren-centrum and can call at once.
  const member = await suite.adminAs('lid@vcgroningen.test', 'demo-vrijwilligers', PHONE)
  // From the admin's dashboard, where the chain's pages are linked.
  await Promise.all([
    member.page.waitForURL(/\/wie-is-wie$/),
    member.page.locator('[data-chain-link="whos-who"]').click(),
  ])
  await member.page.getByLabel('Wijk').selectOption({ label: 'Haren-centrum' })
  await member.page.getByRole('button', { name: 'Zoek' }).click()
  await member.page.waitForURL(/area=\d+/)
  const found = member.page.locator('.card', { hasText: 'Pieter Consulent' })
  await found.waitFor()
  expect(await found.getByRole('link', { name: '06 99 88 77 66' }).getAttribute('href')).toBe(
    'tel:0699887766',
  )
  expect(await member.page.locator('.card', { hasText: 'Rika Redactie' }).count()).toBe(0)
  await member.page.screenshot({ path: path.join(SHOTS, 'whos-who-phone.png'), fullPage: true })
  // The editor's entry has no neighbourhood: found by words.
  await member.page.goto(`${base}/wie-is-wie?q=verbeteren`)
  await member.page.locator('.card', { hasText: 'Rika Redactie' }).waitFor()
  expect([...editor.problems, ...professional.problems, ...member.problems]).toEqual([])
})
