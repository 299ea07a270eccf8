import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@jest/globals'
import type { Page } from 'playwright-core'

import { toXlsx } from '../../src/lib/export/sheet'
import { PHONE, useAdminServer } from '../helpers/adminSession'

/**
 * The spreadsheet import and the list export as editors and members use them, in Chromium on
 * the real server: upload a municipality's own sheet, read the dry run, import only the valid
 * rows, find them in the list, export the list, and import the same file again — which changes
 * nothing.
 */
const suite = useAdminServer()
const { adminAs } = suite
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-import-'))

const HEAD = [
  'Nr.',
  'Naam activiteit',
  'Aanbieder',
  'Waar',
  'Korte omschrijving',
  'Dag',
  'Tijd',
  'Kosten (€)',
]
const ROWS = [
  [
    'IMP-1',
    'Taalcafé Noorderhaven',
    'Stichting Welzijn Haren',
    'Huis van de Wijk De Dilgt',
    'Samen Nederlands oefenen.',
    'ma en wo',
    '10.00-12.00 uur',
    'gratis',
  ],
  [
    'IMP-2',
    'Breiclub Noorderhaven',
    'Stichting Welzijn Haren',
    'Huis van de Wijk De Dilgt',
    'Samen breien.',
    '1e dinsdag van de maand',
    '14.00-16.00 uur',
    '€ 2,50',
  ],
  [
    'IMP-3',
    'Wandelen Noorderhaven',
    'Stichting Welzijn Haren',
    'buiten',
    'Een uur wandelen.',
    'vr',
    '9.30-10.30',
    'gratis',
  ],
  [
    'IMP-4',
    'Club zonder tijd',
    'Stichting Welzijn Haren',
    'Huis van de Wijk De Dilgt',
    'Iets.',
    'di',
    '',
    'gratis',
  ],
]
/** Dutch Excel's CSV: Windows-1252, `;`, CRLF. */
const csvFile = () => {
  const file = path.join(dir, 'sociale-kaart.csv')
  const text = [HEAD, ...ROWS].map((r) => r.join(';')).join('\r\n')
  fs.writeFileSync(file, Buffer.from(text.replace(/€/g, '\x80'), 'latin1'))
  return file
}

/** Fills the new-import form and uploads; resolves on the run's own page, once the dry run shows. */
const upload = async (page: Page, file: string, source: string) => {
  await page.goto(`${suite.server.url}/admin/collections/import-runs/create`)
  await page.waitForSelector('#field-source')
  await page.locator('#field-kind').click()
  await page.getByRole('option', { name: 'Activiteiten' }).click()
  await page.fill('#field-source', source)
  await page.setInputFiles('input[type="file"]', file)
  // The form has the file once the drop zone gives way to it.
  await page.getByText('Selecteer een bestand').waitFor({ state: 'hidden' })
  await Promise.all([page.waitForURL(/import-runs\/\d+$/), page.click('#action-save')])
  await page.getByText('Controle: er is nog niets geïmporteerd').waitFor({ timeout: 30_000 })
}

test('an editor imports a Windows-1252 sheet: dry run, only the valid rows, the list, its export, and the same file again changes nothing', async () => {
  const { page, problems } = await adminAs('redactie@meedoen.test', 'demo-redactie')
  await upload(page, csvFile(), 'Sociale kaart Noorderhaven')
  // The sheet's own headers are matched to ours.
  await expect(page.locator('#import-column-2').inputValue()).resolves.toBe('organisation')
  await expect(page.locator('#import-column-7').inputValue()).resolves.toBe('cost')
  await page.getByText('3 nieuw · 0 bijgewerkt · 0 ongewijzigd · 1 met problemen').waitFor()
  const bad = page.locator('tr[data-action="invalid"]')
  await expect(bad.textContent()).resolves.toContain(
    'Tijd: Er staat geen tijd. Verwacht: een tijd zoals 10.00-12.00 uur',
  )
  // The whole file cannot go while a row has a problem; the reason is on the screen.
  await expect(page.locator('input[value="all"]').isDisabled()).resolves.toBe(true)
  await page.getByText('Kan nu niet: 1 regel heeft problemen.').waitFor()
  await page.screenshot({ path: 'tests/e2e/screenshots/import-dry-run.png', fullPage: true })

  await page.getByRole('button', { name: 'Importeren' }).click()
  await page
    .getByText('3 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 overgeslagen.')
    .waitFor({ timeout: 30_000 })
  // The sidebar's state follows once the import is done.
  await page.locator('#field-status').getByText('Geïmporteerd').waitFor()

  await page.getByRole('link', { name: 'Bekijk de geïmporteerde activiteiten' }).click()
  await page.getByRole('link', { name: 'Taalcafé Noorderhaven' }).waitFor()
  await expect(page.locator('.table tbody tr').count()).resolves.toBe(3)
  // The export follows the list's filter: the three imported activities, formula-safe CSV.
  // Clicked once the list has hydrated and the link carries the list's filter (on a slow
  // machine the click otherwise lands while the list view replaces its address).
  const exportLink = page.getByRole('link', { name: 'Exporteer als CSV' })
  await page.waitForLoadState('networkidle')
  await page.waitForFunction(() =>
    [...document.querySelectorAll('a[download]')].some((a) =>
      decodeURIComponent(a.getAttribute('href') ?? '').includes('where['),
    ),
  )
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    exportLink.click({ timeout: 60_000 }),
  ])
  const exported = fs.readFileSync(await download.path(), 'utf8')
  expect(exported.split('\r\n').filter(Boolean)).toHaveLength(4)
  expect(exported).toContain('Breiclub Noorderhaven')
  expect(exported).not.toContain('Club zonder tijd')

  // The same file again: every row is found and unchanged; there is nothing to import.
  await upload(page, csvFile(), 'Sociale kaart Noorderhaven')
  await page.getByText('0 nieuw · 0 bijgewerkt · 3 ongewijzigd · 1 met problemen').waitFor()
  await page.getByText('Er is niets te importeren: alles staat er al zo in.').waitFor()
  expect(problems).toEqual([])
})

test('a member imports an Excel file on a phone; their rows go to the editors for review', async () => {
  const rows = [
    ['Naam activiteit', 'Waar', 'Korte omschrijving', 'Dag', 'Tijd', 'Kosten'],
    [
      'Spelletjesmiddag Haren',
      'Huis van de Wijk De Dilgt',
      'Samen spelletjes doen.',
      'za',
      '14.00-16.00 uur',
      'gratis',
    ],
  ]
  const file = path.join(dir, 'eigen-lijst.xlsx')
  fs.writeFileSync(file, await toXlsx(rows, 'Activiteiten'))
  const { page, problems } = await adminAs('lid@welzijnharen.test', 'demo-welzijn', PHONE)
  // The member's own organisation is filled in for rows that name none.
  await upload(page, file, 'Eigen lijst Welzijn Haren')
  await page.getByText('1 nieuw · 0 bijgewerkt · 0 ongewijzigd · 0 met problemen').waitFor()
  await page.getByText('Wat je importeert, bekijkt de redactie eerst').waitFor()
  await page.screenshot({ path: 'tests/e2e/screenshots/phone-import-member.png', fullPage: true })
  await page.getByRole('button', { name: 'Importeren' }).click()
  await page
    .getByText('1 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 overgeslagen.')
    .waitFor({ timeout: 30_000 })
  await page.getByText('1 regel wacht op de redactie').waitFor()
  const res = await fetch(
    `${suite.server.url}/api/activities?where[title][equals]=Spelletjesmiddag%20Haren&draft=true&depth=0`,
    { headers: { authorization: `JWT ${suite.adminToken()}` } },
  )
  const [doc] = ((await res.json()) as { docs: { reviewState: string; _status: string }[] }).docs
  expect([doc?._status, doc?.reviewState]).toEqual(['draft', 'awaiting_review'])
  expect(problems).toEqual([])
})
