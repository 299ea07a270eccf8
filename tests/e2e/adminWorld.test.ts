/**
 * Longer than 200 lines because each admin journey is a long series of browser steps, and the
 * five share one real server, Chromium and mail catcher (useAdminServer), which take long to
 * start.
 */
import path from 'node:path'

import { expect, test } from '@jest/globals'

import {
  answerAccessibility,
  LISTING_QUESTIONS,
  openDocument,
  PHONE,
  useAdminServer,
  VENUE_QUESTIONS,
} from '../helpers/adminSession'

/**
 * The admin as organisations and editors use it, in Chromium against the real server: a
 * verified member publishes directly, a member sees only what is theirs to act on, and a venue
 * without a location is flagged until its pin is set by hand.
 */
const suite = useAdminServer()
const { adminAs } = suite

test('3. a verified organisation\'s member creates an opening and publishes it directly; "Nog actueel" records the check', async () => {
  const { page, problems } = await adminAs('lid@vcgroningen.test', 'demo-vrijwilligers')
  await page.goto(`${suite.server.url}/admin/collections/openings/create`)
  await page.waitForSelector('#field-title')
  await page.locator('#field-organisation').getByText('Vrijwilligerscentrale Groningen').waitFor()
  await page.locator('#field-kind').click()
  await page.getByRole('option', { name: /Vrijwilligerswerk/ }).click()
  await page.fill('#field-title', 'Voorlezen op de kinderboerderij')
  await page.fill('#field-summary', 'Lees één ochtend per week voor aan kinderen.')
  await answerAccessibility(page, LISTING_QUESTIONS)
  await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
  await page.waitForURL(/\/admin\/collections\/openings\/\d+/, { timeout: 30_000 })
  expect((await fetch(`${suite.server.url}/plek/voorlezen-op-de-kinderboerderij`)).status).toBe(200)

  await page.reload()
  await page.getByRole('button', { name: 'Nog actueel' }).click()
  await page.getByText(/Gecontroleerd op \d{1,2} \w+ 20\d\d\./).waitFor()
  expect(problems).toEqual([])
  // Leaving the document releases Payload's edit lock, as closing the tab would.
  await page.goto(`${suite.server.url}/admin`)
  await page.close()
})

test('4. a member sees their world: no create on interests and reports, no Gebruikers or Instellingen, another organisation\'s listing read-only without "Nog actueel"', async () => {
  const { page } = await adminAs('lid@welzijnharen.test', 'demo-welzijn')
  // The dashboard lists what needs them, each a link to the list.
  await page.getByRole('link', { name: /Nieuwe interesse, nog geen contact: \d+/ }).waitFor()
  await page
    .getByRole('link', { name: /Meldingen "Klopt er iets niet\?" die nog open staan: \d+/ })
    .waitFor()
  const nav = await page.locator('nav').first().innerText()
  for (const hidden of [
    'Gebruikers',
    'Instellingen',
    'Thema',
    'Werkgeversloket',
    'Schoolvakanties',
  ])
    expect(nav).not.toContain(hidden)
  for (const shown of ['Activiteiten', 'Plekken', 'Locaties', 'Interesse'])
    expect(nav).toContain(shown)

  // Where they may create, the list offers it; where residents send things in, it does not.
  for (const [collection, creates] of [
    ['activities', true],
    ['interests', false],
    ['listing-reports', false],
  ] as const) {
    await page.goto(`${suite.server.url}/admin/collections/${collection}`)
    await page
      .locator('.collection-list, .no-results, [class*="collection-list"]')
      .first()
      .waitFor()
    expect({
      collection,
      creates: (await page.locator(`a[href$="/${collection}/create"]`).count()) > 0,
    }).toEqual({ collection, creates })
  }

  // Their own organisation's openings by default; the others' on request, and read-only.
  await page.goto(`${suite.server.url}/admin/collections/openings`)
  await page.getByText('Je ziet alleen wat van je eigen organisatie is.').waitFor()
  expect(await page.getByRole('link', { name: 'Voorlezen op de kinderboerderij' }).count()).toBe(0)
  await page.getByRole('link', { name: 'Toon ook wat anderen publiceren' }).click()
  await openDocument(
    page,
    page.getByRole('link', { name: 'Voorlezen op de kinderboerderij' }),
    '#field-title',
    'Alleen-lezen weergave',
  )
  expect(await page.locator('#field-title').isDisabled()).toBe(true)
  expect(await page.getByRole('button', { name: 'Nog actueel' }).count()).toBe(0)
  expect(await page.getByRole('button', { name: /Publiceer|Indienen/ }).count()).toBe(0)
})

test('5. a venue saved with an unknown postcode: a warning on the venue, on the dashboard and on its listings; setting the pin by hand clears it', async () => {
  const { page, problems } = await adminAs('redactie@meedoen.test', 'demo-redactie')
  await page.goto(`${suite.server.url}/admin/collections/venues/create`)
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
  await answerAccessibility(page, VENUE_QUESTIONS)
  await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
  await page.waitForURL(/\/admin\/collections\/venues\/\d+/, { timeout: 30_000 })
  const venueURL = new URL(page.url()).pathname
  const warning = page.locator('.meedoen-venue-map .meedoen-location-warning')
  await warning.waitFor()
  expect(await warning.innerText()).toContain('geen ligging op de kaart')

  // Its listings say so too, and the dashboard lists both.
  const venueID = Number(venueURL.split('/').pop())
  const listing = (await (
    await fetch(
      `${suite.server.url}/api/activities?where[slug][equals]=koffieochtend-in-de-dilgt&depth=0`,
    )
  ).json()) as { docs: { id: number }[] }
  const patched = await fetch(
    `${suite.server.url}/api/activities/${listing.docs[0]!.id}?draft=true`,
    {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${suite.adminToken()}` },
      body: JSON.stringify({ venue: venueID, locationKind: 'venue', _status: 'draft' }),
    },
  )
  expect(patched.status).toBe(200)
  await page.goto(`${suite.server.url}/admin`)
  await page.getByRole('link', { name: /Zonder ligging op de kaart.*: 1 locatie/ }).waitFor()
  await page.goto(`${suite.server.url}/admin/collections/activities/${listing.docs[0]!.id}`)
  await page
    .getByText(/De locatie Buurtkamer Nergenshuizen heeft geen ligging op de kaart/)
    .waitFor()

  // The pin by hand: a click on the map, then publish.
  await page.goto(`${suite.server.url}${venueURL}`)
  const map = page.locator('.meedoen-venue-map [role=application]')
  await map.waitFor()
  await page.locator('.meedoen-venue-map .leaflet-container').waitFor()
  await map.click({ position: { x: 200, y: 140 } })
  expect(await page.getByLabel('Lengtegraad').inputValue()).toMatch(/^\d+\.\d+$/)
  await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
  await page
    .getByText(/succesvol|gepubliceerd/i)
    .first()
    .waitFor()
  await page.reload()
  await page.locator('.meedoen-venue-map').waitFor()
  expect(await page.locator('.meedoen-venue-map .meedoen-location-warning').count()).toBe(0)
  const stored = (await (
    await fetch(`${suite.server.url}/api/venues/${venueID}?depth=0`, {
      headers: { authorization: `JWT ${suite.adminToken()}` },
    })
  ).json()) as { locationStatus: string; location: number[] }
  expect(stored.locationStatus).toBe('manual')
  expect(stored.location).toHaveLength(2)
  expect(problems.filter((p) => !/tiles\.example|Failed to load resource/.test(p))).toEqual([])
})

test("6. an editor plans an unpublish in the admin; when its time comes (the job's clock moved forward), the listing leaves the public site", async () => {
  const slug = 'koffieochtend-in-de-dilgt'
  expect((await fetch(`${suite.server.url}/activiteit/${slug}`)).status).toBe(200)
  const { page, problems } = await adminAs('redactie@meedoen.test', 'demo-redactie')
  await page.goto(`${suite.server.url}/admin/collections/activities?search=Koffieochtend`)
  await openDocument(
    page,
    page.getByRole('link', { name: 'Koffieochtend in De Dilgt' }),
    '#field-title',
  )
  await page.locator('.btn--withPopup .popup-button').first().click()
  await page.getByRole('button', { name: 'Publicatie plannen' }).click()
  const drawer = page.locator('dialog[open]').last()
  await drawer.getByText('Publicatie ongedaan maken', { exact: true }).click()
  await drawer.locator('.react-datepicker__input-container input').first().click()
  await page
    .locator('.react-datepicker__time-list-item:not(.react-datepicker__time-list-item--disabled)')
    .first()
    .click()
  await drawer.getByRole('button', { name: 'Bewaar', exact: true }).click()
  await page.getByText('Succesvol gepland.').first().waitFor()

  // The clock, injected: the planned job's time is moved to a minute ago, in the server's own
  // database file, and the queue runs as the minute cron would.
  const { createClient } = await import('@libsql/client')
  const db = createClient({ url: `file:${path.join(suite.server.dir, 'meedoen.db')}` })
  const moved = await db.execute({
    sql: "update payload_jobs set wait_until = ? where task_slug = 'schedulePublish' and completed_at is null",
    args: [new Date(Date.now() - 60_000).toISOString()],
  })
  db.close()
  expect(moved.rowsAffected).toBe(1)
  const run = await fetch(`${suite.server.url}/api/payload-jobs/run?queue=default`, {
    headers: { authorization: `JWT ${suite.adminToken()}` },
  })
  expect(run.status).toBe(200)
  expect((await fetch(`${suite.server.url}/activiteit/${slug}`)).status).toBe(404)
  const search = (await (
    await fetch(`${suite.server.url}/api/directory/search?q=koffieochtend`)
  ).json()) as { hits: { title: string }[] }
  expect(search.hits.map((h) => h.title)).not.toContain('Koffieochtend in De Dilgt')
  expect(problems).toEqual([])
})

test('7. one language at a time: a member who chose English submits a venue with mistakes on a phone; the dashboard, the toast and the field errors are English only, and nothing is stored', async () => {
  const { page, problems } = await adminAs('lid@welzijnharen.test', 'demo-welzijn', PHONE, 'en')
  await page.getByRole('heading', { name: 'Waiting for action' }).waitFor()
  await page.goto(`${suite.server.url}/admin/collections/venues/create`)
  await page.fill('#field-name', 'Room with mistakes')
  await page.fill('#field-address__street', 'Kerkstraat')
  await page.fill('#field-address__houseNumber', '1')
  await page.fill('#field-address__postcode', '12345')
  await page.fill('#field-address__city', 'Haren')
  await page.getByRole('button', { name: 'Submit for review' }).click()
  const toast = page
    .locator('.payload-toast-container')
    .getByText('The following fields are invalid (7):')
  await toast.waitFor()
  const toastText = await page.locator('.payload-toast-container').innerText()
  expect(toastText).toContain('Type of venue')
  expect(toastText).toContain('Address → Postcode')
  // Every accessibility question needs an answer ("Unknown" is one).
  expect(toastText).toContain('Accessibility → Step-free entrance')
  const postcode = page.locator('.field-type.error', {
    has: page.locator('#field-address__postcode'),
  })
  await postcode.waitFor()
  expect(await postcode.locator('.tooltip-content').first().textContent()).toBe(
    'Enter a valid Dutch postcode, such as 9751 AB.',
  )
  const body = await page.locator('body').innerText()
  for (const dutch of ['Vul een', 'ongeldig', 'Soort locatie', 'Indienen', 'postcode in, zoals'])
    expect(body).not.toContain(dutch)
  const stored = await fetch(
    `${suite.server.url}/api/venues?where[name][equals]=Room%20with%20mistakes&draft=true`,
    { headers: { authorization: `JWT ${suite.adminToken()}` } },
  )
  expect(((await stored.json()) as { totalDocs: number }).totalDocs).toBe(0)
  expect(problems.filter((p) => !/Failed to load resource|status of 400/.test(p))).toEqual([])
})

test("6. an editor adds a venue: the save is immediate with the postcode area's centre; the job then puts the pin on the address (PDOK)", async () => {
  const { page, problems } = await adminAs('redactie@meedoen.test', 'demo-redactie')
  await page.goto(`${suite.server.url}/admin/collections/venues/create`)
  await page.waitForSelector('#field-name')
  await page.fill('#field-name', 'Wijkkamer Kerklaan')
  await page.locator('#field-type').click()
  await page.getByRole('option', { name: 'Buurthuis / Huis van de Wijk' }).click()
  await page.locator('#field-organisations').click()
  await page.getByRole('option', { name: 'Stichting Welzijn Haren' }).click()
  await page.fill('#field-address__street', 'Kerklaan')
  await page.fill('#field-address__houseNumber', '12')
  await page.fill('#field-address__postcode', '9751 NN')
  await page.fill('#field-address__city', 'Haren')
  await answerAccessibility(page, VENUE_QUESTIONS, (q) =>
    q === 'stepFreeEntrance' ? 'Ja' : 'Onbekend',
  )
  await page.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
  await page.waitForURL(/\/admin\/collections\/venues\/\d+/, { timeout: 30_000 })

  // Saved without asking PDOK: the map says the lookup is under way.
  const warning = page.locator('.meedoen-venue-map .meedoen-location-warning')
  await warning.getByText(/wordt nu opgezocht bij PDOK/).waitFor()
  expect(await page.locator('#field-locationSource').inputValue()).toBe('pc4 (pdok pending)')
  expect(suite.pdokAsked().filter((q) => /kerklaan/i.test(q))).toEqual([])

  // The job (the server's runner, within a minute) asks PDOK and sets the pin on the address.
  await suite.runJobs()
  await page.reload()
  await page.locator('#field-locationSource').waitFor()
  expect(await page.locator('#field-locationSource').inputValue()).toBe('pdok')
  expect(await warning.count()).toBe(0)
  const [lon, lat] = await Promise.all(
    ['Lengtegraad', 'Breedtegraad'].map((name) =>
      page.locator('.meedoen-venue-map').getByLabel(name).inputValue(),
    ),
  )
  expect({ lon, lat }).toEqual({ lon: '6.60958', lat: '53.17322' })
  expect(suite.pdokAsked().filter((q) => /kerklaan/i.test(q))).toHaveLength(1)
  expect(problems).toEqual([])
  await page.goto(`${suite.server.url}/admin`)
  await page.close()
})
