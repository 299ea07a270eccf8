import path from 'node:path'

import { expect, test } from '@jest/globals'

import { openPage } from '../helpers/browser'
import { PHONE, useAdminServer } from '../helpers/adminSession'
import { subjectOf } from '../helpers/smtpPeer'

/**
 * A room for an initiative, walked in Chromium against the real server: a residents' group on a
 * phone asks for the Grote zaal; the venue's member accepts in the admin; the group gets the
 * answer with the booking as .ics over real SMTP; the room's page shows the time as taken, and a
 * second request for it is refused with what was typed kept. Screenshots in tests/e2e/screenshots/.
 */
const suite = useAdminServer()
const SHOTS = path.join(import.meta.dirname, 'screenshots')
const date = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10)

test('a group asks for a room on a phone, the venue accepts, the time is then taken for a second request', async () => {
  const base = suite.server.url
  const { page, problems } = await openPage(suite.browser, { viewport: PHONE, locale: 'nl-NL' })
  await page.goto(`${base}/locatie/huis-van-de-wijk-de-dilgt`)
  await page.getByRole('link', { name: /Vraag deze ruimte aan/ }).click()
  await page
    .getByRole('heading', { level: 1, name: 'Grote zaal in Huis van de Wijk De Dilgt' })
    .waitFor()
  const ask = async (group: string) => {
    await page.getByLabel('Datum').fill(date)
    await page.getByLabel('Van', { exact: true }).fill('19:00')
    await page.getByLabel('Tot', { exact: true }).fill('21:00')
    await page.getByLabel('Waarvoor wil je de ruimte gebruiken?').fill('Repair café')
    await page.getByLabel('Met hoeveel mensen?').fill('20')
    await page.getByLabel('Naam van je groep of organisatie').fill(group)
    await page.getByLabel('Je naam').fill('Hanneke')
    await page.getByLabel('Je e-mailadres').fill('hanneke@repaircafe.test')
    await page.getByLabel(/Ik vind het goed dat Huis van de Wijk De Dilgt/).check()
    await page.getByRole('button', { name: 'Vraag aan' }).click()
  }
  await ask('Repair Café Haren')
  await page.getByRole('heading', { name: 'Je aanvraag is verstuurd' }).waitFor()
  await page.screenshot({ path: path.join(SHOTS, 'room-sent-phone.png'), fullPage: true })
  await suite.runJobs()
  await suite.smtp.waitFor(
    (m) =>
      m.to.includes('lid@welzijnharen.test') &&
      subjectOf(m.raw).startsWith('Aanvraag ruimte: Grote zaal'),
    15_000,
  )

  // The venue's member accepts it in the admin.
  const member = await suite.adminAs('lid@welzijnharen.test', 'demo-welzijn')
  await member.page.goto(`${base}/admin/collections/room-bookings`)
  await member.page.getByRole('link', { name: 'Repair Café Haren' }).click()
  await member.page.waitForSelector('#field-response')
  await member.page.fill('#field-response', 'De sleutel ligt bij de balie.')
  await member.page.locator('#field-status').click()
  await member.page.getByRole('option', { name: 'Geaccepteerd' }).click()
  await member.page.getByRole('button', { name: 'Bewaar', exact: true }).click()
  await member.page
    .getByText(/succesvol/i)
    .first()
    .waitFor({ timeout: 30_000 })

  // The group hears it, with the booking for their calendar.
  await suite.runJobs()
  const answer = await suite.smtp.waitFor(
    (m) => m.to.includes('hanneke@repaircafe.test') && m.raw.includes('ruimte.ics'),
    15_000,
  )
  expect(answer.raw).toContain('text/calendar')

  // The time is taken now: on the page, and for a second request.
  await page.goto(`${base}/locatie/huis-van-de-wijk-de-dilgt`)
  await page.getByRole('link', { name: /Vraag deze ruimte aan/ }).click()
  expect(await page.locator('.room-taken').innerText()).toContain('19.00–21.00')
  await ask('Buurtkoor')
  await page.locator('#room-errors').waitFor()
  expect(await page.locator('#room-errors').innerText()).toContain('Deze ruimte is dan al bezet')
  expect(await page.getByLabel('Naam van je groep of organisatie').inputValue()).toBe('Buurtkoor')
  await page.screenshot({ path: path.join(SHOTS, 'room-taken-phone.png'), fullPage: true })
  expect([...problems, ...member.problems]).toEqual([])
})
