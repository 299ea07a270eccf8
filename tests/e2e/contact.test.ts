import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { addWorkingDays } from '../../src/lib/contact'
import { launchBrowser, openPage } from '../helpers/browser'
import { startServer, type RunningServer, ensureAdminBuilt } from '../helpers/server'

/**
 * The three contact flows end to end in Chromium against the real server (public site and
 * Payload's admin on one port): a resident's interest reaches the organisation's member in
 * the admin and not another organisation's; a report reaches the member; an employer's
 * loket request reaches an editor, who turns it into an organisation with draft openings.
 */
let server: RunningServer
let browser: Browser
beforeAll(async () => {
  ensureAdminBuilt()
  ;[server, browser] = await Promise.all([startServer(), launchBrowser()])
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Logs in through the admin's own form, as a person would. */
const adminAs = async (email: string, password: string): Promise<Page> => {
  const { page } = await openPage(browser, {
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
  })
  await page.goto(`${server.url}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await Promise.all([
    page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 30_000 }),
    page.click('button[type="submit"]'),
  ])
  return page
}

const listText = async (page: Page, collection: string) => {
  await page.goto(`${server.url}/admin/collections/${collection}`)
  await page.waitForSelector('.collection-list, .no-results, [class*="collection-list"]', {
    timeout: 30_000,
  })
  return page.locator('main, .collection-list').first().innerText()
}

describe('contact flows', () => {
  test('a resident says "ik heb interesse"; the organisation\'s member sees it in the admin, another organisation\'s member does not', async () => {
    const { page, problems } = await openPage(browser)
    await page.goto(`${server.url}/plek/taalmaatje-in-haren`)
    // Sending it empty: the problems are listed at the top, each a link to its field.
    await page.getByRole('button', { name: 'Verstuur', exact: true }).click()
    await page.waitForURL(/interesse/)
    const summary = page.locator('#interest-errors')
    expect(await summary.innerText()).toContain('Vul je naam in.')
    await summary.getByRole('link', { name: 'Vul je naam in.' }).click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('interest-name')

    await page.getByLabel('Je naam').fill('Yasmina')
    await page.getByLabel('Je e-mailadres').fill('yasmina@example.nl')
    await page.getByLabel('Wil je iets vertellen of vragen?').fill('Ik kan op dinsdag.')
    await page
      .getByLabel(/Ik vind het goed dat Stichting Welzijn Haren mijn gegevens krijgt/)
      .check()
    await Promise.all([
      page.waitForURL(/interesse\/verstuurd/),
      page.getByRole('button', { name: 'Verstuur', exact: true }).click(),
    ])
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Je bericht is verstuurd',
    )
    expect(problems).toEqual([])

    const member = await adminAs('lid@welzijnharen.test', 'demo-welzijn')
    expect(await listText(member, 'interests')).toContain('Yasmina')
    await member.getByRole('link', { name: 'Yasmina' }).first().click()
    await member.waitForSelector('#field-email')
    expect(await member.inputValue('#field-email')).toBe('yasmina@example.nl')
    // Dashboard: the member is told there is new interest.
    await member.goto(`${server.url}/admin`)
    expect(
      Number(await member.locator('[data-contact-count="interests-new"]').innerText()),
    ).toBeGreaterThanOrEqual(1)

    const other = await adminAs('lid@vcgroningen.test', 'demo-vrijwilligers')
    expect(await listText(other, 'interests')).not.toContain('Yasmina')
  })

  test("an editor exports and then erases one person's data from the interests list (after the first test)", async () => {
    const editor = await adminAs('redactie@meedoen.test', 'demo-redactie')
    expect(await listText(editor, 'interests')).toContain('Yasmina')
    await editor.getByText('Inzage- of verwijderverzoek van één persoon').click()
    await editor.getByLabel('E-mailadres of telefoonnummer').fill(' Yasmina@Example.nl')
    const [download] = await Promise.all([
      editor.waitForEvent('download'),
      editor.getByRole('button', { name: 'Exporteer gegevens' }).click(),
    ])
    const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as {
      interests: { name: string; email: string; message: string }[]
    }
    expect(exported.interests).toEqual([
      expect.objectContaining({
        name: 'Yasmina',
        email: 'yasmina@example.nl',
        message: 'Ik kan op dinsdag.',
      }),
    ])

    editor.once('dialog', (dialog) => void dialog.accept())
    await editor.getByRole('button', { name: 'Wis gegevens' }).click()
    await editor.getByText('1 verwijderd.').waitFor({ timeout: 30_000 })
    expect(await listText(editor, 'interests')).not.toContain('Yasmina')
  })

  test('"Klopt er iets niet?" from the public page reaches the listing\'s organisation in the admin', async () => {
    const { page } = await openPage(browser)
    await page.goto(`${server.url}/activiteit/koffieochtend-in-de-dilgt`)
    await page.getByLabel('De tijd of dag klopt niet').check()
    await page.getByLabel('Toelichting').fill('Het begint om kwart over tien.')
    await Promise.all([
      page.waitForURL(/gemeld=1/),
      page.getByRole('button', { name: 'Verstuur melding' }).click(),
    ])
    expect(await page.locator('#melding').innerText()).toContain('Dank je wel!')

    const member = await adminAs('lid@welzijnharen.test', 'demo-welzijn')
    expect(await listText(member, 'listing-reports')).toContain('De tijd of dag klopt niet')
  })

  test("an employer's loket request: the editor sees it on the dashboard and in the list with its deadline, and turns it into an organisation with draft openings", async () => {
    const { page } = await openPage(browser)
    await page.goto(`${server.url}/`)
    await page.getByRole('link', { name: 'Werkgever? Bied een plek aan' }).first().click()
    await page.getByLabel('Naam van je bedrijf of organisatie').fill('Fietsenmaker Ten Boer')
    await page.getByLabel('Je naam').fill('Jan Ten Boer')
    await page.getByLabel('Je e-mailadres').fill('jan@fietsenmaker.nl')
    await page.getByLabel('Werkervaringsplek').check()
    await page.getByLabel('Leerwerkplek').check()
    await page.getByLabel('Waar?').fill('Haren')
    await page.getByLabel('Hoeveel uur per week?').fill('20')
    await page.getByLabel('Ik vind het goed dat de redactie contact met mij opneemt.').check()
    await Promise.all([
      page.waitForURL(/werkgevers\/verstuurd/),
      page.getByRole('button', { name: 'Verstuur', exact: true }).click(),
    ])
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Bedankt, je aanvraag is binnen',
    )

    const editor = await adminAs('redactie@meedoen.test', 'demo-redactie')
    await editor.goto(`${server.url}/admin`)
    expect(
      Number(await editor.locator('[data-contact-count="loket-open"]').innerText()),
    ).toBeGreaterThanOrEqual(1)
    const list = await listText(editor, 'loket-requests')
    expect(list).toContain('Fietsenmaker Ten Boer')
    const due = addWorkingDays(new Date(), 5).toLocaleDateString('nl-NL', {
      day: 'numeric',
      month: 'short',
      timeZone: 'Europe/Amsterdam',
    })
    expect(list).toContain(due)
    await editor.getByRole('link', { name: 'Fietsenmaker Ten Boer' }).first().click()
    await editor.getByRole('button', { name: 'Maak organisatie en plekken aan' }).click()
    await editor
      .getByText(/Gemaakt: een concept-organisatie en 2 concept-plek/)
      .waitFor({ timeout: 30_000 })
    expect(await listText(editor, 'openings')).toContain('Leerwerkplek bij Fietsenmaker Ten Boer')
  })
})
