import { expect, test } from '@jest/globals'
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'

import { openPage } from '../helpers/browser'
import { useServerAndBrowser } from '../helpers/browserSuite'

/** axe-core (WCAG 2.1 A and AA rules) on every page type: no serious or critical violations. */
const suite = useServerAndBrowser()

const PAGES = [
  ['home', '/'],
  ['results', '/zoeken?postcode=9751AB&free=true'],
  ['results with an error', '/zoeken?age=abc'],
  ['results without hits', '/zoeken?q=zzzzqqq'],
  ['activity', '/activiteit/koffieochtend-in-de-dilgt'],
  ['opening', '/plek/participatieplek-in-de-werkplaats'],
  ['venue', '/locatie/huis-van-de-wijk-de-dilgt'],
  ['organisation', '/organisatie/welzijn-haren'],
  ['accessibility statement', '/toegankelijkheid'],
  ['not found', '/bestaat-niet'],
  ['English results', '/en/search?q=taal'],
  ['English activity', '/en/activity/taalcafe-haren'],
  ['opening with the interest form', '/plek/taalmaatje-in-haren'],
  ['interest sent', '/plek/taalmaatje-in-haren/interesse/verstuurd'],
  ['employer loket', '/werkgevers'],
  ['privacy statement', '/privacy'],
  ['open data', '/open-data'],
  ['English open data', '/en/open-data'],
  ['employer loket sent', '/en/employers/sent?voor=2026-12-09'],
  ['"Wat past bij mij?", a question', '/wat-past-bij-mij?want=meet&step=3'],
  ['"Wat past bij mij?", a wrong postcode', '/wat-past-bij-mij?postcode=hallo&step=7'],
  [
    '"Wat past bij mij?", suggestions',
    '/wat-past-bij-mij?want=meet&postcode=9751AB&radius=5&help=free&step=7',
  ],
  ['"What suits me?", few suggestions', '/en/what-suits-me?want=work&day=7&age=16&step=7'],
] as const

const serious = async (page: Page) => {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

test.each(PAGES)(
  '%s (%s): 0 serious or critical violations, phone and desktop',
  async (_name, path) => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 900 },
    ]) {
      const { page, context, problems } = await openPage(suite.browser, { viewport })
      await page.goto(`${suite.server.url}${path}`)
      expect(await serious(page)).toEqual([])
      expect(problems).toEqual([])
      await context.close()
    }
  },
)

test('results with the map open: 0 serious or critical violations', async () => {
  const { page, context } = await openPage(suite.browser)
  await page.goto(`${suite.server.url}/zoeken?postcode=9751AB`)
  await page.click('[data-module="results-map"]')
  await page.waitForSelector('.map-marker')
  expect(await serious(page)).toEqual([])
  await context.close()
})

test.each([
  ['the interest form', '/plek/taalmaatje-in-haren', '#interesse button[type=submit]'],
  ['the loket form', '/werkgevers', 'main form button[type=submit]'],
])('%s sent back with errors: 0 serious or critical violations', async (_name, path, submit) => {
  const { page, context } = await openPage(suite.browser)
  await page.goto(`${suite.server.url}${path}`)
  await Promise.all([page.waitForNavigation(), page.click(submit)])
  expect(await page.locator('.utrecht-alert--error').count()).toBe(1)
  expect(await serious(page)).toEqual([])
  await context.close()
})
