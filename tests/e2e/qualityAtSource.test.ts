import path from 'node:path'

import { expect, test } from '@jest/globals'

import { openPage } from '../helpers/browser'
import {
  answerAccessibility,
  PHONE,
  useAdminServer,
  VENUE_QUESTIONS,
} from '../helpers/adminSession'

/**
 * Quality at the source, walked in Chromium against the real admin: an organisation member
 * on a phone writes a description and sees how readable it is while typing, with the hardest
 * sentence marked, and sees the score rise when the text is made plainer; and cannot submit a
 * venue without answering its accessibility questions, where "Onbekend" is an answer.
 * Screenshots in tests/e2e/screenshots/.
 */
const suite = useAdminServer()
const SHOTS = path.join(import.meta.dirname, 'screenshots')

const HARD =
  'Kom gezellig langs. In het kader van het maatschappelijke samenwerkingsverband faciliteert de organisatie laagdrempelige participatieactiviteiten ter bevordering van de zelfredzaamheid van kwetsbare inwoners.'
const PLAIN =
  'Kom gezellig langs. Wij drinken samen koffie en praten met elkaar. Je hoeft je niet aan te melden. Het is gratis.'

test('a member sees the readability of a description while typing, and the hardest sentence marked', async () => {
  const { page, problems } = await suite.adminAs('lid@welzijnharen.test', 'demo-welzijn', PHONE)
  await page.goto(`${suite.server.url}/admin/collections/activities/create`)
  await page.waitForSelector('#field-description')
  await page.locator('#field-description').fill(HARD)
  const hint = page.locator('.meedoen-readability')
  await hint.getByText('Moeilijkste zinnen. Maak ze korter, of kies kortere woorden:').waitFor()
  const score = async () =>
    Number(await hint.locator('[data-readability-score]').getAttribute('data-readability-score'))
  expect(await score()).toBeLessThan(30)
  expect(await hint.locator('mark').allInnerTexts()).toEqual([
    HARD.replace('Kom gezellig langs. ', ''),
  ])
  expect(await hint.innerText()).toContain('lange woorden: maatschappelijke, samenwerkingsverband')
  await hint.scrollIntoViewIfNeeded()
  await page.screenshot({ path: path.join(SHOTS, 'readability-hard-phone.png') })
  // Nothing on the page is wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    PHONE.width,
  )

  await page.locator('#field-description').fill(PLAIN)
  await hint.getByText('92 van 100: heel makkelijk').waitFor()
  expect(await score()).toBeGreaterThanOrEqual(60)
  expect(await hint.locator('mark').count()).toBe(0)
  await page.screenshot({ path: path.join(SHOTS, 'readability-plain-phone.png') })
  expect(problems).toEqual([])
})

test('a member cannot submit a venue without answering its accessibility questions; "Onbekend" is an answer', async () => {
  const { page, problems } = await suite.adminAs('lid@welzijnharen.test', 'demo-welzijn', PHONE)
  await page.goto(`${suite.server.url}/admin/collections/venues/create`)
  await page.waitForSelector('#field-name')
  await page.fill('#field-name', 'Buurtkamer Zuiderpark')
  await page.locator('#field-type').click()
  await page.getByRole('option', { name: 'Buurthuis / Huis van de Wijk' }).click()
  await page.fill('#field-address__street', 'Parklaan')
  await page.fill('#field-address__houseNumber', '4')
  await page.fill('#field-address__postcode', '9751 NN')
  await page.fill('#field-address__city', 'Haren')
  await page.getByRole('button', { name: 'Indienen ter beoordeling' }).click()
  const toast = page.locator('.payload-toast-container')
  await toast.getByText('De volgende velden zijn ongeldig (5):').waitFor()
  expect(await toast.innerText()).toContain('Toegankelijkheid → Drempelvrije ingang')
  const question = page.locator('#field-accessibility__stepFreeEntrance.error')
  await question.waitFor()
  await question.scrollIntoViewIfNeeded()
  await page.screenshot({ path: path.join(SHOTS, 'accessibility-required-phone.png') })
  expect(await question.locator('.tooltip-content').first().textContent()).toBe(
    'Kies een antwoord. Weet je het niet? Kies dan "Onbekend".',
  )

  await answerAccessibility(page, VENUE_QUESTIONS, (q) =>
    q === 'stepFreeEntrance' ? 'Ja' : q === 'parking' ? 'Nee' : 'Onbekend',
  )
  await page.getByRole('button', { name: 'Indienen ter beoordeling' }).click()
  await page.waitForURL(/\/admin\/collections\/venues\/\d+/, { timeout: 30_000 })
  const id = new URL(page.url()).pathname.split('/').pop()
  const stored = (await (
    await fetch(`${suite.server.url}/api/venues/${id}?draft=true&depth=0`, {
      headers: { authorization: `JWT ${suite.adminToken()}` },
    })
  ).json()) as { accessibility: Record<string, string> }
  expect(stored.accessibility).toMatchObject({
    stepFreeEntrance: 'yes',
    accessibleToilet: 'unknown',
    parking: 'no',
  })
  expect(problems.filter((p) => !/Failed to load resource|status of 400/.test(p))).toEqual([])
})

test('a resident on a phone reads plainly what is known about access, and what is not known yet', async () => {
  const { page, problems } = await openPage(suite.browser, { viewport: PHONE, locale: 'nl-NL' })
  await page.goto(`${suite.server.url}/activiteit/jongereninloop-de-zolder`)
  const panel = page.locator('section.panel', { has: page.locator('#access') })
  await panel.getByText('Niet aanwezig: drempelvrije ingang').waitFor()
  expect(await panel.innerText()).toMatch(/Nog niet bekend \(vraag het gerust\): aangepast toilet/)
  await panel.scrollIntoViewIfNeeded()
  await page.screenshot({ path: path.join(SHOTS, 'accessibility-answers-phone.png') })
  expect(problems).toEqual([])
})
