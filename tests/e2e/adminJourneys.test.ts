import { spawnSync } from 'node:child_process'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'

import { launchBrowser, openPage } from '../helpers/browser'
import { startServer, type RunningServer } from '../helpers/server'
import { decodeQuotedPrintable, type ReceivedMail, smtpPeer, type SmtpPeer, subjectOf } from '../helpers/smtpPeer'

/**
 * The admin journeys of organisations and editors, done in Chromium through Payload's admin
 * against the real server, as the person would: an unverified organisation's member creates
 * and submits (on a phone), an editor asks for changes and publishes, a verified member
 * publishes directly, and a member sees only what is theirs to act on. E-mails are read from a
 * real SMTP peer.
 */
let server: RunningServer
let browser: Browser
let smtp: SmtpPeer
let adminToken = ''
beforeAll(async () => {
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ensureBuild.ts'], { stdio: 'inherit' })
  if (build.status !== 0) throw new Error('next build failed')
  smtp = await smtpPeer()
  await smtp.start()
  ;[server, browser] = await Promise.all([startServer({ SMTP_URL: smtp.url, MAP_TILE_URL: 'https://tiles.example.test/{z}/{x}/{y}.png' }), launchBrowser()])
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'beheer@meedoen.test', password: 'demo-beheer' }),
  })
  adminToken = ((await login.json()) as { token: string }).token
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await smtp?.stop()
})

const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 900 }

/** Logs in through the admin's own form, in Dutch, as a person would. */
const adminAs = async (email: string, password: string, viewport = DESKTOP): Promise<{ page: Page; problems: string[] }> => {
  const watched = await openPage(browser, { viewport, locale: 'nl-NL' })
  const { page } = watched
  await page.goto(`${server.url}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await Promise.all([page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 30_000 }), page.click('button[type="submit"]')])
  return watched
}

/** Runs the e-mail jobs now (the server's cron would within a minute), then waits for the message. */
const mailTo = async (to: string, subject: string): Promise<ReceivedMail> => {
  const run = await fetch(`${server.url}/api/payload-jobs/run?queue=directory`, { headers: { authorization: `JWT ${adminToken}` } })
  expect(run.status).toBe(200)
  return smtp.waitFor((m) => m.to.includes(to) && subjectOf(m.raw) === subject, 15_000)
}

/**
 * Opens a document from a link and waits until its form is interactive. When someone else still
 * holds Payload's edit lock (a tab they left open), the admin asks first; an editor or member
 * who goes on takes it over, as a person would.
 */
const openDocument = async (page: Page, link: ReturnType<Page['getByRole']>, ready: string, onLock: 'Overnemen' | 'Alleen-lezen weergave' = 'Overnemen') => {
  // Follows the link's address: a click while the list is still re-rendering can be lost.
  const target = await link.first().getAttribute('href')
  await page.goto(new URL(target!, page.url()).href)
  const lock = page.locator('#document-locked')
  await Promise.race([page.locator(ready).first().waitFor({ timeout: 30_000 }), lock.waitFor({ timeout: 30_000 })])
  if (await lock.isVisible()) await lock.getByRole('button', { name: onLock }).click()
  await page.locator(ready).first().waitFor()
}

/** Types into a field until the form has taken it (a value typed before hydration is lost): the action it enables says so. */
const typeUntilEnabled = async (page: Page, field: string, value: string, action: ReturnType<Page['getByRole']>) => {
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.locator(field).fill('')
    await page.locator(field).pressSequentially(value)
    if (await action.isEnabled()) return
    await page.waitForTimeout(500)
  }
  throw new Error(`${field}: the form did not take the typed value`)
}

const TITLE = 'Breiclub in de bibliotheek'
const SLUG = 'breiclub-in-de-bibliotheek'
let activityURL = ''

describe('an unverified organisation submits; the editors ask for changes, then publish', () => {
  test('1. member on a phone: create (organisation already filled in), add a photo with alt text, submit; the public page is 404; the editors got an e-mail', async () => {
    const { page, problems } = await adminAs('lid@welzijnharen.test', 'demo-welzijn', PHONE)
    await page.goto(`${server.url}/admin/collections/activities`)
    await page.getByRole('link', { name: 'Activiteit toevoegen' }).first().click()
    await page.waitForSelector('#field-title')
    await page.locator('#field-organisation').getByText('Stichting Welzijn Haren').waitFor()
    // No publish button that would fail: one primary action.
    expect(await page.locator('#action-save').count()).toBe(0)
    expect(await page.locator('#action-save-draft').count()).toBe(0)

    await page.fill('#field-title', TITLE)
    await page.fill('#field-summary', 'Samen breien en koffie drinken.')
    await page.locator('#field-schedule__weekdays').click()
    await page.getByRole('option', { name: 'dinsdag' }).click()
    await page.fill('#field-schedule__startTime', '10:00')
    await page.fill('#field-schedule__endTime', '12:00')
    await page.locator('#field-locationKind').click()
    await page.getByRole('option', { name: 'Buiten' }).click()

    const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 40, g: 120, b: 200 } } }).png().toBuffer()
    await page.getByRole('button', { name: /^Nieuw aanmaken$/ }).last().click()
    await page.locator('input[type=file]').last().setInputFiles({ name: 'breiclub.png', mimeType: 'image/png', buffer: png })
    await page.locator('#field-alt').last().fill('Handen die breien met blauwe wol')
    await page.locator('.payload__modal-container').getByRole('button', { name: /^Bewaar$/ }).click()
    await page.getByText('breiclub.webp').waitFor({ timeout: 30_000 })

    await page.getByRole('button', { name: 'Indienen ter beoordeling' }).click()
    await page.waitForURL(/\/admin\/collections\/activities\/\d+/, { timeout: 30_000 })
    activityURL = new URL(page.url()).pathname
    const status = page.locator('.meedoen-review-status')
    await status.waitFor({ state: 'visible' })
    expect(await status.innerText()).toMatch(/Wacht op beoordeling sinds \d{1,2} \w+ 20\d\d\./)
    // On a phone the status is the first thing on the form, above the title.
    const [statusBox, titleBox] = await Promise.all([status.boundingBox(), page.locator('#field-title').boundingBox()])
    expect(statusBox!.y).toBeLessThan(titleBox!.y)

    expect((await fetch(`${server.url}/activiteit/${SLUG}`)).status).toBe(404)
    const mail = await mailTo('redactie@meedoen.test', `Ter beoordeling: ${TITLE}`)
    expect(mail.to).toEqual(['redactie@meedoen.test'])
    expect(problems).toEqual([])
    await page.goto(`${server.url}/admin`)
    await page.close()
  })

  test('2. editor: dashboard → the submission → "Wijzigingen vragen"; the member reads it in the admin and by e-mail, fixes and resubmits; the editor publishes; the member is e-mailed; the public page shows it with its photo and search finds it', async () => {
    const editor = await adminAs('redactie@meedoen.test', 'demo-redactie')
    await editor.page.getByRole('link', { name: /Wacht op beoordeling door de redactie: \d+ activiteit/ }).click()
    await openDocument(editor.page, editor.page.getByRole('link', { name: TITLE }), '#meedoen-review-comment')
    const ask = editor.page.getByRole('button', { name: 'Wijzigingen vragen' })
    await typeUntilEnabled(editor.page, '#meedoen-review-comment', 'Welke bibliotheek is het? Zet het adres erbij.', ask)
    await ask.click()
    await editor.page.getByText('Verstuurd. De organisatie krijgt een e-mail.').waitFor()
    await editor.page.goto(`${server.url}/admin`)
    await editor.page.close()

    const mail = await mailTo('lid@welzijnharen.test', `Wijzigingen gevraagd: ${TITLE}`)
    expect(decodeQuotedPrintable(mail.raw)).toContain('Welke bibliotheek is het? Zet het adres erbij.')

    const member = await adminAs('lid@welzijnharen.test', 'demo-welzijn', PHONE)
    await member.page.getByRole('link', { name: /Wijzigingen gevraagd door de redactie: 1 activiteit/ }).click()
    await openDocument(member.page, member.page.getByRole('link', { name: TITLE }), '.meedoen-review-status')
    expect(await member.page.locator('.meedoen-review-status').innerText()).toContain('Welke bibliotheek is het? Zet het adres erbij.')
    const submit = member.page.getByRole('button', { name: 'Indienen ter beoordeling' })
    await typeUntilEnabled(member.page, '#field-locationNote', 'Bibliotheek Haren, Kerkstraat 1', submit)
    await submit.click()
    await member.page.getByText(/Wacht op beoordeling sinds/).waitFor()
    await member.page.goto(`${server.url}/admin`)
    await member.page.close()
    await mailTo('redactie@meedoen.test', `Ter beoordeling: ${TITLE}`)

    const publisher = await adminAs('redactie@meedoen.test', 'demo-redactie')
    await publisher.page.goto(`${server.url}/admin/collections/activities`)
    await openDocument(publisher.page, publisher.page.locator(`a[href="${activityURL}"]`), '#field-title')
    await publisher.page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
    await publisher.page.getByText(/gepubliceerd|succesvol/i).first().waitFor()
    await mailTo('lid@welzijnharen.test', `Gepubliceerd: ${TITLE}`)
    expect(publisher.problems).toEqual([])

    const resident = await openPage(browser, { viewport: PHONE })
    await resident.page.goto(`${server.url}/activiteit/${SLUG}`)
    const photo = resident.page.getByRole('img', { name: 'Handen die breien met blauwe wol' })
    await photo.waitFor({ state: 'visible', timeout: 15_000 })
    expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    expect(await resident.page.getByText('Bibliotheek Haren, Kerkstraat 1').count()).toBeGreaterThan(0)
    const search = (await (await fetch(`${server.url}/api/directory/search?q=breiclub`)).json()) as { hits: { title: string }[] }
    expect(search.hits.map((h) => h.title)).toContain(TITLE)
  })
})

test('3. a verified organisation\'s member creates an opening and publishes it directly; "Nog actueel" records the check', async () => {
  const { page, problems } = await adminAs('lid@vcgroningen.test', 'demo-vrijwilligers')
  await page.goto(`${server.url}/admin/collections/openings/create`)
  await page.waitForSelector('#field-title')
  await page.locator('#field-organisation').getByText('Vrijwilligerscentrale Groningen').waitFor()
  await page.locator('#field-kind').click()
  await page.getByRole('option', { name: /Vrijwilligerswerk/ }).click()
  await page.fill('#field-title', 'Voorlezen op de kinderboerderij')
  await page.fill('#field-summary', 'Lees één ochtend per week voor aan kinderen.')
  await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
  await page.waitForURL(/\/admin\/collections\/openings\/\d+/, { timeout: 30_000 })
  expect((await fetch(`${server.url}/plek/voorlezen-op-de-kinderboerderij`)).status).toBe(200)

  await page.reload()
  await page.getByRole('button', { name: 'Nog actueel' }).click()
  await page.getByText(/Gecontroleerd op \d{1,2} \w+ 20\d\d\./).waitFor()
  expect(problems).toEqual([])
  // Leaving the document releases Payload's edit lock, as closing the tab would.
  await page.goto(`${server.url}/admin`)
  await page.close()
})

test("4. a member sees their world: no create on interests and reports, no Gebruikers or Instellingen, another organisation's listing read-only without \"Nog actueel\"", async () => {
  const { page } = await adminAs('lid@welzijnharen.test', 'demo-welzijn')
  const nav = await page.locator('nav').first().innerText()
  for (const hidden of ['Gebruikers', 'Instellingen', 'Thema', 'Werkgeversloket', 'Schoolvakanties']) expect(nav).not.toContain(hidden)
  for (const shown of ['Activiteiten', 'Plekken', 'Locaties', 'Interesse']) expect(nav).toContain(shown)

  // Where they may create, the list offers it; where residents send things in, it does not.
  for (const [collection, creates] of [['activities', true], ['interests', false], ['listing-reports', false]] as const) {
    await page.goto(`${server.url}/admin/collections/${collection}`)
    await page.locator('.collection-list, .no-results, [class*="collection-list"]').first().waitFor()
    expect({ collection, creates: (await page.locator(`a[href$="/${collection}/create"]`).count()) > 0 }).toEqual({ collection, creates })
  }

  // Their own organisation's openings by default; the others' on request, and read-only.
  await page.goto(`${server.url}/admin/collections/openings`)
  await page.getByText('Je ziet alleen wat van je eigen organisatie is.').waitFor()
  expect(await page.getByRole('link', { name: 'Voorlezen op de kinderboerderij' }).count()).toBe(0)
  await page.getByRole('link', { name: 'Toon ook wat anderen publiceren' }).click()
  await openDocument(page, page.getByRole('link', { name: 'Voorlezen op de kinderboerderij' }), '#field-title', 'Alleen-lezen weergave')
  expect(await page.locator('#field-title').isDisabled()).toBe(true)
  expect(await page.getByRole('button', { name: 'Nog actueel' }).count()).toBe(0)
  expect(await page.getByRole('button', { name: /Publiceer|Indienen/ }).count()).toBe(0)
})

test('5. a venue saved with an unknown postcode: a warning on the venue, on the dashboard and on its listings; setting the pin by hand clears it', async () => {
  const { page, problems } = await adminAs('redactie@meedoen.test', 'demo-redactie')
  await page.goto(`${server.url}/admin/collections/venues/create`)
  await page.waitForSelector('#field-name')
  await page.fill('#field-name', 'Buurtkamer Nergenshuizen')
  await page.locator('#field-type').click()
  await page.getByRole('option', { name: 'Buurthuis / Huis van de Wijk' }).click()
  await page.locator('#field-organisations').click()
  await page.getByRole('option', { name: 'Stichting Welzijn Haren' }).click()
  await page.fill('#field-address__street', 'Onbekende weg')
  await page.fill('#field-address__houseNumber', '1')
  // 1000 is a postcode area with no addresses (Amsterdam's post office boxes): no centre to fall back on.
  await page.fill('#field-address__postcode', '1000 AA')
  await page.fill('#field-address__city', 'Nergenshuizen')
  await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
  await page.waitForURL(/\/admin\/collections\/venues\/\d+/, { timeout: 30_000 })
  const venueURL = new URL(page.url()).pathname
  const warning = page.locator('.meedoen-venue-map .meedoen-location-warning')
  await warning.waitFor()
  expect(await warning.innerText()).toContain('geen ligging op de kaart')

  // Its listings say so too, and the dashboard lists both.
  const venueID = Number(venueURL.split('/').pop())
  const listing = (await (await fetch(`${server.url}/api/activities?where[slug][equals]=koffieochtend-in-de-dilgt&depth=0`)).json()) as { docs: { id: number }[] }
  const patched = await fetch(`${server.url}/api/activities/${listing.docs[0]!.id}?draft=true`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${adminToken}` },
    body: JSON.stringify({ venue: venueID, locationKind: 'venue', _status: 'draft' }),
  })
  expect(patched.status).toBe(200)
  await page.goto(`${server.url}/admin`)
  await page.getByRole('link', { name: /Zonder ligging op de kaart.*: 1 locatie/ }).waitFor()
  await page.goto(`${server.url}/admin/collections/activities/${listing.docs[0]!.id}`)
  await page.getByText(/De locatie Buurtkamer Nergenshuizen heeft geen ligging op de kaart/).waitFor()

  // The pin by hand: a click on the map, then publish.
  await page.goto(`${server.url}${venueURL}`)
  const map = page.locator('.meedoen-venue-map [role=application]')
  await map.waitFor()
  await page.locator('.meedoen-venue-map .leaflet-container').waitFor()
  await map.click({ position: { x: 200, y: 140 } })
  expect(await page.getByLabel('Lengtegraad').inputValue()).toMatch(/^\d+\.\d+$/)
  await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
  await page.getByText(/succesvol|gepubliceerd/i).first().waitFor()
  await page.reload()
  await page.locator('.meedoen-venue-map').waitFor()
  expect(await page.locator('.meedoen-venue-map .meedoen-location-warning').count()).toBe(0)
  const stored = (await (await fetch(`${server.url}/api/venues/${venueID}?depth=0`, { headers: { authorization: `JWT ${adminToken}` } })).json()) as { locationStatus: string; location: number[] }
  expect(stored.locationStatus).toBe('manual')
  expect(stored.location).toHaveLength(2)
  expect(problems.filter((p) => !/tiles\.example|Failed to load resource/.test(p))).toEqual([])
})
