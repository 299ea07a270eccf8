import { describe, expect, test } from '@jest/globals'
import sharp from 'sharp'

import {
  answerAccessibility,
  LISTING_QUESTIONS,
  openDocument,
  PHONE,
  typeUntilEnabled,
  useAdminServer,
} from '../helpers/adminSession'
import { openPage } from '../helpers/browser'
import { decodeQuotedPrintable } from '../helpers/smtpPeer'

/**
 * Submit and review, done in Chromium through Payload's admin against the real server, as the
 * people would: an unverified organisation's member creates and submits on a phone, an editor
 * asks for changes, the member fixes it, the editor publishes. E-mails come from a real SMTP peer.
 */
const suite = useAdminServer()
const { adminAs, mailTo } = suite

const TITLE = 'Breiclub in de bibliotheek'
const SLUG = 'breiclub-in-de-bibliotheek'
let activityURL = ''

describe('an unverified organisation submits; the editors ask for changes, then publish', () => {
  test('1. member on a phone: create (organisation already filled in), add a photo with alt text, submit; the public page is 404; the editors got an e-mail', async () => {
    const { page, problems } = await adminAs('lid@welzijnharen.test', 'demo-welzijn', PHONE)
    await page.goto(`${suite.server.url}/admin/collections/activities`)
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
    // The two accessibility questions need an answer before it can be submitted.
    await answerAccessibility(page, LISTING_QUESTIONS, (q) =>
      q === 'wheelchair' ? 'Ja' : 'Een beetje',
    )

    const png = await sharp({
      create: { width: 900, height: 600, channels: 3, background: { r: 40, g: 120, b: 200 } },
    })
      .png()
      .toBuffer()
    await page
      .getByRole('button', { name: /^Nieuw aanmaken$/ })
      .last()
      .click()
    await page
      .locator('input[type=file]')
      .last()
      .setInputFiles({ name: 'breiclub.png', mimeType: 'image/png', buffer: png })
    await page.locator('#field-alt').last().fill('Handen die breien met blauwe wol')
    await page
      .locator('.payload__modal-container')
      .getByRole('button', { name: /^Bewaar$/ })
      .click()
    await page.getByText('breiclub.webp').waitFor({ timeout: 30_000 })

    await page.getByRole('button', { name: 'Indienen ter beoordeling' }).click()
    await page.waitForURL(/\/admin\/collections\/activities\/\d+/, { timeout: 30_000 })
    activityURL = new URL(page.url()).pathname
    const status = page.locator('.meedoen-review-status')
    await status.waitFor({ state: 'visible' })
    expect(await status.innerText()).toMatch(/Wacht op beoordeling sinds \d{1,2} \w+ 20\d\d\./)
    // On a phone the status is the first thing on the form, above the title.
    const [statusBox, titleBox] = await Promise.all([
      status.boundingBox(),
      page.locator('#field-title').boundingBox(),
    ])
    expect(statusBox!.y).toBeLessThan(titleBox!.y)

    expect((await fetch(`${suite.server.url}/activiteit/${SLUG}`)).status).toBe(404)
    const mail = await mailTo('redactie@meedoen.test', `Ter beoordeling: ${TITLE}`)
    expect(mail.to).toEqual(['redactie@meedoen.test'])
    expect(problems).toEqual([])
    await page.goto(`${suite.server.url}/admin`)
    await page.close()
  })

  test('2. editor: dashboard → the submission → "Wijzigingen vragen"; the member reads it in the admin and by e-mail, fixes and resubmits; the editor publishes; the member is e-mailed; the public page shows it with its photo and search finds it', async () => {
    const editor = await adminAs('redactie@meedoen.test', 'demo-redactie')
    await editor.page
      .getByRole('link', { name: /Wacht op beoordeling door de redactie: \d+ activiteit/ })
      .click()
    await openDocument(
      editor.page,
      editor.page.getByRole('link', { name: TITLE }),
      '#meedoen-review-comment',
    )
    const ask = editor.page.getByRole('button', { name: 'Wijzigingen vragen' })
    await typeUntilEnabled(
      editor.page,
      '#meedoen-review-comment',
      'Welke bibliotheek is het? Zet het adres erbij.',
      ask,
    )
    await ask.click()
    await editor.page.getByText('Verstuurd. De organisatie krijgt een e-mail.').waitFor()
    await editor.page.goto(`${suite.server.url}/admin`)
    await editor.page.close()

    const mail = await mailTo('lid@welzijnharen.test', `Wijzigingen gevraagd: ${TITLE}`)
    expect(decodeQuotedPrintable(mail.raw)).toContain(
      'Welke bibliotheek is het? Zet het adres erbij.',
    )

    const member = await adminAs('lid@welzijnharen.test', 'demo-welzijn', PHONE)
    await member.page
      .getByRole('link', { name: /Wijzigingen gevraagd door de redactie: 1 activiteit/ })
      .click()
    await openDocument(
      member.page,
      member.page.getByRole('link', { name: TITLE }),
      '.meedoen-review-status',
    )
    expect(await member.page.locator('.meedoen-review-status').innerText()).toContain(
      'Welke bibliotheek is het? Zet het adres erbij.',
    )
    const submit = member.page.getByRole('button', { name: 'Indienen ter beoordeling' })
    await typeUntilEnabled(
      member.page,
      '#field-locationNote',
      'Bibliotheek Haren, Kerkstraat 1',
      submit,
    )
    await submit.click()
    await member.page.getByText(/Wacht op beoordeling sinds/).waitFor()
    await member.page.goto(`${suite.server.url}/admin`)
    await member.page.close()
    await mailTo('redactie@meedoen.test', `Ter beoordeling: ${TITLE}`)

    const publisher = await adminAs('redactie@meedoen.test', 'demo-redactie')
    await publisher.page.goto(`${suite.server.url}/admin/collections/activities`)
    await openDocument(
      publisher.page,
      publisher.page.locator(`a[href="${activityURL}"]`),
      '#field-title',
    )
    await publisher.page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
    await publisher.page
      .getByText(/gepubliceerd|succesvol/i)
      .first()
      .waitFor()
    await mailTo('lid@welzijnharen.test', `Gepubliceerd: ${TITLE}`)
    // Who changed what, newest first: the editor published what the member submitted.
    const history = publisher.page.locator('.version-history li')
    await history.filter({ hasText: 'Rika Redactie (redactie) · gepubliceerd' }).first().waitFor()
    expect(await history.first().innerText()).toMatch(
      /^\d{1,2} \p{L}+ 20\d\d \d\d:\d\d\nRika Redactie \(redactie\) · gepubliceerd$/u,
    )
    expect(await history.nth(1).innerText()).toMatch(/Anneke de Vries · concept/)
    expect(publisher.problems).toEqual([])

    const resident = await openPage(suite.browser, { viewport: PHONE })
    await resident.page.goto(`${suite.server.url}/activiteit/${SLUG}`)
    const photo = resident.page.getByRole('img', { name: 'Handen die breien met blauwe wol' })
    await photo.waitFor({ state: 'visible', timeout: 15_000 })
    expect(
      await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    ).toBe(true)
    expect(
      await resident.page.getByText('Bibliotheek Haren, Kerkstraat 1').count(),
    ).toBeGreaterThan(0)
    // The member's answers to the accessibility questions, as residents read them.
    const access = resident.page.locator('section.panel', { has: resident.page.locator('#access') })
    await access.getByText('Met een rolstoel of rollator: ja').waitFor()
    await access.getByText('Nederlands nodig: een beetje').waitFor()
    const search = (await (
      await fetch(`${suite.server.url}/api/directory/search?q=breiclub`)
    ).json()) as { hits: { title: string }[] }
    expect(search.hits.map((h) => h.title)).toContain(TITLE)
  })
})
