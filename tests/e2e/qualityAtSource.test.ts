import path from 'node:path'

import { expect, test } from '@jest/globals'

import { PHONE, useAdminServer } from '../helpers/adminSession'

/**
 * Quality at the source, walked in Chromium against the real admin: an organisation member
 * on a phone writes a description and sees how readable it is while typing, with the hardest
 * sentence marked, and sees the score rise when the text is made plainer.
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
