/**
 * Longer than 200 lines because the export is tested end to end (filters, languages, formula
 * guard, rights, refusals) on one started Payload with an import's worth of fixtures and the CSV
 * and Excel read-back helpers at the top.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import { handleEndpoints } from 'payload'
import { readSheet } from 'read-excel-file/node'

import { activityData, type AccessFixtures, createAccessFixtures } from '../helpers/accessFixtures'
import type { Actor } from '../helpers/apiDrivers'
import { startPayload, type TestPayload } from '../helpers/payload'

/**
 * GET /api/export/:collection through Payload's REST handlers: an admin list as CSV or .xlsx,
 * filtered as the list is, read with the user's own access, with formulas defused, and never
 * for accounts or personal data.
 */
let t: TestPayload
let f: AccessFixtures
const FORMULA = '=HYPERLINK("http://x")'

beforeAll(async () => {
  t = await startPayload()
  f = await createAccessFixtures(t.payload)
  const formula = activityData(f.orgA, FORMULA, 'published')
  await t.payload.create({
    collection: 'activities',
    data: {
      ...formula,
      schedule: {
        ...formula.schedule,
        exceptions: [{ date: '2026-12-22T12:00:00.000Z' }, { date: '2026-12-29T12:00:00.000Z' }],
      },
    } as never,
    overrideAccess: true,
  })
}, 120_000)
afterAll(async () => t?.stop())

const exportAs = (actor: Actor, path: string, headers: Record<string, string> = {}) =>
  handleEndpoints({
    config: t.payload.config,
    request: new Request(`http://localhost/api/export/${path}`, {
      headers: { ...(actor.token ? { authorization: `JWT ${actor.token}` } : {}), ...headers },
    }),
  })

/** The rows of a CSV answer, after checking it is the CSV Dutch Excel reads. */
const csvRows = async (res: Response): Promise<string[][]> => {
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
  // The bytes, not res.text(): decoding UTF-8 drops the byte-order mark.
  const bytes = Buffer.from(await res.arrayBuffer())
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = bytes.subarray(3).toString('utf8')
  expect(text).toContain(';')
  expect(text).toContain('\r\n')
  return parse(text, { delimiter: ';', record_delimiter: '\r\n' })
}

/** The column of a sheet under a header. */
const column = (rows: unknown[][], header: string) => {
  const i = rows[0]!.indexOf(header)
  expect(i).toBeGreaterThanOrEqual(0)
  return rows.slice(1).map((row) => row[i])
}

const like = (text: string) => `where[title][like]=${encodeURIComponent(text)}`

describe('export of an admin list', () => {
  test('an editor gets the activities as filtered, in Dutch, as a CSV download', async () => {
    const res = await exportAs(f.users.editor, `activities?${like('pub')}&sort=title`)
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="activities-\d{4}-\d{2}-\d{2}\.csv"$/,
    )
    expect(res.headers.get('cache-control')).toBe('no-store')
    const rows = await csvRows(res)
    expect(rows[0]).toEqual(expect.arrayContaining(['ID', 'Titel', 'Organisatie']))
    expect(column(rows, 'Titel')).toEqual(['activities pubA', 'activities pubB'])
    expect(column(rows, 'Organisatie')).toEqual(['Organisatie A', 'Organisatie B'])
    expect(column(rows, 'Alleen voor professionals › Verwijzing en toelating')).toEqual([
      'Verwijsnotitie activities pubA',
      'Verwijsnotitie activities pubB',
    ])
    // Dutch date and time, options by their label; no password-like or layout columns.
    for (const cell of column(rows, 'Aangemaakt op'))
      expect(cell).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/)
    expect(rows[0]!.some((h) => /password|wachtwoord/i.test(h))).toBe(false)
  })

  test('the search box and sort of the list apply as the list applies them', async () => {
    const rows = await csvRows(
      await exportAs(f.users.editor, 'activities?search=draft&sort=-title'),
    )
    expect(column(rows, 'Titel')).toEqual(['activities draftB', 'activities draftA'])
  })

  test('a title that is a formula is text: an apostrophe in CSV, the exact text in .xlsx', async () => {
    const csv = await csvRows(await exportAs(f.users.editor, `activities?${like('HYPERLINK')}`))
    expect(column(csv, 'Titel')).toEqual([`'${FORMULA}`])
    // A list of one simple field is its values joined; checkboxes Ja/Nee; the status by its label.
    expect(column(csv, 'Wanneer › Gaat niet door op')).toEqual(['22-12-2026; 29-12-2026'])
    expect(column(csv, 'Uitgelicht')).toEqual(['Nee'])
    expect(column(csv, 'Status')).toEqual(['Gepubliceerd'])

    const res = await exportAs(f.users.editor, `activities?format=xlsx&${like('HYPERLINK')}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    expect(res.headers.get('content-disposition')).toMatch(/filename="activities-[\d-]+\.xlsx"/)
    const sheet = await readSheet(Buffer.from(await res.arrayBuffer()))
    expect(column(sheet, 'Titel')).toEqual([FORMULA])
  })

  test('a member gets only what they may read: another organisation’s drafts and notes never', async () => {
    const own = await csvRows(await exportAs(f.users.memberB, 'activities?sort=title'))
    expect(column(own, 'Titel')).toEqual(['activities draftB', 'activities pubB'])

    const all = await csvRows(await exportAs(f.users.memberB, 'activities?scope=all&sort=title'))
    const titles = column(all, 'Titel')
    expect(titles).toEqual(expect.arrayContaining(['activities pubA', 'activities draftB']))
    expect(titles).not.toContain('activities draftA')
    const notes = column(all, 'Alleen voor professionals › Verwijzing en toelating')
    titles.forEach((title, i) =>
      expect({ title, note: notes[i] }).toEqual({
        title,
        note: String(title).endsWith('B') ? `Verwijsnotitie ${String(title)}` : '',
      }),
    )
  })

  test('English headers and values when the request is in English', async () => {
    const rows = await csvRows(
      await exportAs(f.users.editor, `activities?${like('pubA')}`, { 'accept-language': 'en' }),
    )
    expect(rows[0]).toEqual(expect.arrayContaining(['Title', 'Organisation']))
    expect(column(rows, 'Title')).toEqual(['activities pubA'])
  })

  test('school holidays: option labels and day-only dates', async () => {
    const rows = await csvRows(await exportAs(f.users.editor, 'school-holidays'))
    expect(column(rows, 'Regio')).toEqual(['Noord'])
    expect(column(rows, 'Eerste dag')).toEqual(['19-12-2026'])
    expect(column(rows, 'Zekerheid')).toEqual(['Officieel bevestigd'])
  })
})

describe('what the export refuses', () => {
  test('without a login: 401', async () => {
    const res = await exportAs(f.users.anonymous, 'activities')
    expect(res.status).toBe(401)
  })

  test('accounts, personal data, Payload’s own and unknown collections: 404, in the request’s language', async () => {
    for (const slug of ['users', 'interests', 'loket-requests', 'payload-preferences', 'nope'])
      expect({ slug, status: (await exportAs(f.users.editor, slug)).status }).toEqual({
        slug,
        status: 404,
      })
    const nl = (await (await exportAs(f.users.admin, 'interests')).json()) as {
      errors: { message: string }[]
    }
    expect(nl.errors[0]!.message).toBe('Deze lijst kun je niet exporteren.')
    const en = (await (
      await exportAs(f.users.admin, 'users', { 'accept-language': 'en' })
    ).json()) as { errors: { message: string }[] }
    expect(en.errors[0]!.message).toBe('This list cannot be exported.')
    // Hidden from members in the admin, so not theirs to export either.
    expect((await exportAs(f.users.memberA, 'themes')).status).toBe(404)
  })

  test('a query that cannot run, or another format: 400, never 500', async () => {
    for (const query of [
      'where[nope][equals]=1',
      'where[title][near]=1,2',
      'where[organisation.name][equals]=x',
      'where=not-json',
      'sort=nope',
      'format=pdf',
    ]) {
      const res = await exportAs(f.users.editor, `activities?${query}`)
      expect({ query, status: res.status }).toEqual({ query, status: 400 })
    }
  })

  test('more than 20,000 rows: 413, asking for a narrower filter', async () => {
    // Straight into the table: 20,000 saves through Payload would take minutes.
    await (
      t.payload.db as unknown as { client: { execute: (q: string) => Promise<unknown> } }
    ).client.execute(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
       INSERT INTO areas (name, slug, municipality) SELECT 'Wijk ' || i, 'wijk-' || i, 'Groningen' FROM n`,
    )
    const res = await exportAs(f.users.editor, 'areas')
    expect(res.status).toBe(413)
    const body = (await res.json()) as { errors: { message: string }[] }
    expect(body.errors[0]!.message).toBe('Verfijn de filter: hoogstens 20.000 regels.')
    // Narrowed below the limit, but still several pages of 1000: each row once.
    const narrowed = await csvRows(await exportAs(f.users.editor, 'areas?search=7&sort=name'))
    const expected = Array.from({ length: 20_000 }, (_, i) => `Wijk ${i + 1}`)
      .filter((name) => name.includes('7'))
      .sort()
    expect(expected.length).toBeGreaterThan(3000)
    expect(column(narrowed, 'Naam')).toEqual(expected)
    expect(new Set(column(narrowed, 'ID')).size).toBe(expected.length)
  })
})
