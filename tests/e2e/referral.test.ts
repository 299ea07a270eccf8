import path from 'node:path'

import { expect, test } from '@jest/globals'
import type { Page } from 'playwright-core'

import { openPage } from '../helpers/browser'
import { PHONE, useAdminServer } from '../helpers/adminSession'

/**
 * A warm referral, walked by the people who use it, against the real server with its e-mail
 * going to a real SMTP peer: a professional on a phone refers a client from a listing's page
 * (logging in on the way); the organisation's member accepts in the admin; the professional
 * hears it and sees the status; weeks later the organisation is asked "Is de plek gelukt?" and
 * answers; the editor sees the move up the ladder in the impact view. Screenshots in
 * tests/e2e/screenshots/.
 */
const suite = useAdminServer()
const SHOTS = path.join(import.meta.dirname, 'screenshots')
const OPENING = '/plek/taalmaatje-in-haren'
const shoot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SHOTS, `referral-${name}.png`), fullPage: true })

/** The referral's status, chosen in the admin's select and saved. */
const answer = async (page: Page, status: RegExp) => {
  await page.locator('#field-status').click()
  await page.getByRole('option', { name: status }).click()
  await page.getByRole('button', { name: 'Bewaar', exact: true }).click()
  await page
    .getByText(/succesvol/i)
    .first()
    .waitFor({ timeout: 30_000 })
}

test('a professional refers on a phone; the organisation accepts; the outcome is asked and given; the editor sees the impact', async () => {
  // 1. The professional, on a phone, not logged in yet: the form is behind the login, and back.
  const { page, problems } = await openPage(suite.browser, { viewport: PHONE, locale: 'nl-NL' })
  await page.goto(`${suite.server.url}${OPENING}/verwijzen`)
  await page.waitForSelector('#field-email')
  await page.fill('#field-email', 'professional@meedoen.test')
  await page.fill('#field-password', 'demo-professional')
  await Promise.all([
    page.waitForURL((u) => u.pathname === `${OPENING}/verwijzen`, { timeout: 30_000 }),
    page.click('button[type="submit"]'),
  ])
  await page.getByRole('heading', { name: 'Verwijs een cliënt naar Taalmaatje in Haren' }).waitFor()
  // A surname and a BSN: named at their fields, what was typed is kept.
  await page.getByLabel('Voornaam of initialen van je cliënt').fill('Samira el Idrissi')
  await page.getByLabel('Telefoonnummer van je cliënt').fill('06 12121212')
  await page.getByLabel('Toelichting voor de organisatie').fill('BSN 123456782')
  await page.getByLabel(/Mijn cliënt weet van deze verwijzing/).check()
  await page.getByRole('button', { name: 'Verstuur de verwijzing' }).click()
  const summary = page.locator('#referral-errors')
  await summary.waitFor()
  expect(await summary.innerText()).toContain('Alleen een voornaam of initialen')
  expect(await summary.innerText()).toContain('Hier staat een BSN')
  expect(await page.getByLabel('Telefoonnummer van je cliënt').inputValue()).toBe('06 12121212')
  await shoot(page, '1-errors-phone')
  await page.getByLabel('Voornaam of initialen van je cliënt').fill('Samira')
  await page.getByLabel('Toelichting voor de organisatie').fill('Wil graag Nederlands oefenen.')
  await page.getByLabel('Wat helpt je cliënt?').fill('Een vast aanspreekpunt.')
  await page.getByLabel('2 · Sociale contacten buiten huis').check()
  await page.getByLabel(/Mijn cliënt weet van deze verwijzing/).check()
  await Promise.all([
    page.waitForURL(/verwijzen\/verstuurd/),
    page.getByRole('button', { name: 'Verstuur de verwijzing' }).click(),
  ])
  await page.getByRole('heading', { name: 'Je verwijzing is verstuurd' }).waitFor()
  await shoot(page, '2-sent-phone')
  expect(problems).toEqual([])

  // 2. The organisation hears of it by e-mail, without the client's details.
  const notice = await suite.mailTo(
    'lid@welzijnharen.test',
    'Nieuwe verwijzing: Taalmaatje in Haren',
  )
  expect(notice.raw).not.toContain('Samira')

  // 3. The organisation's member, at a desk, accepts it in the admin with an answer.
  const member = await suite.adminAs('lid@welzijnharen.test', 'demo-welzijn')
  await member.page.locator('[data-contact-count="referrals-open"]').waitFor()
  await member.page.goto(`${suite.server.url}/admin/collections/referrals`)
  await member.page.getByRole('link', { name: 'Samira' }).click()
  await member.page.waitForSelector('#field-response')
  expect(await member.page.inputValue('#field-phone')).toBe('06 12121212')
  await member.page.fill('#field-response', 'Welkom dinsdag om 10 uur in Het Kruispunt.')
  await answer(member.page, /^Geaccepteerd$/)
  await shoot(member.page, '3-accepted-desktop')

  // 4. The professional hears it, and sees the status and the answer in the admin.
  await suite.mailTo('professional@meedoen.test', 'Verwijzing geaccepteerd: Taalmaatje in Haren')
  await page.goto(`${suite.server.url}/admin/collections/referrals?where[status][equals]=accepted`)
  await page.getByRole('link', { name: 'Samira' }).first().click()
  await page.waitForSelector('#field-response')
  expect(await page.inputValue('#field-response')).toContain('Welkom dinsdag')
  await shoot(page, '4-status-phone')

  // 5. Six weeks on (the answer moved back in the server's own database), the daily job asks.
  const { createClient } = await import('@libsql/client')
  const db = createClient({ url: `file:${path.join(suite.server.dir, 'meedoen.db')}` })
  const weeksAgo = new Date(Date.now() - 43 * 24 * 60 * 60 * 1000).toISOString()
  await db.execute({
    sql: "update referrals set responded_at = ? where client_name = 'Samira'",
    args: [weeksAgo],
  })
  // The run queues the daily job for its next time; it is moved to now, as the clock would.
  await suite.runJobs()
  await db.execute({
    sql: "update payload_jobs set wait_until = ? where task_slug = 'directoryReferralFollowUp' and completed_at is null",
    args: [new Date(Date.now() - 60_000).toISOString()],
  })
  db.close()
  await suite.mailTo('lid@welzijnharen.test', 'Is de plek gelukt?: Taalmaatje in Haren')

  // 6. The member answers: placed.
  await member.page.reload()
  await member.page.waitForSelector('#field-response')
  await answer(member.page, /^Geplaatst/)

  // 7. The editor sees the impact: a referral placed, a move up the ladder, in Haren.
  const editor = await suite.adminAs('redactie@meedoen.test', 'demo-redactie')
  const impact = editor.page.locator('[data-referral-impact]')
  await impact.waitFor()
  await impact.locator('[data-impact-chart]').waitFor()
  const areas = await impact.locator('[data-impact-areas]').innerText()
  // The demo's own referral to Haren-centrum waits for an answer; this one was placed, a move up.
  expect(areas).toMatch(/Haren-centrum\t2\t1\t1\t1/)
  await impact.scrollIntoViewIfNeeded()
  await shoot(editor.page, '5-impact-desktop')
  expect([...member.problems, ...editor.problems]).toEqual([])
})
