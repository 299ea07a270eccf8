/**
 * Longer than 200 lines because it is one journey in steps: an editor's sheet uploaded, dry-run,
 * imported, imported again and changed, each test building on the run before, then a member's
 * import on the same started Payload and upload helpers.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { handleEndpoints } from 'payload'

import { startDemoPayload, type TestPayload } from '../helpers/payload'

/**
 * The spreadsheet import through its REST steps, as the admin's panel drives them: upload
 * (create), dry run, mapping, start, progress, report — on the demo data, as an editor and as
 * an organisation member. Importing the same file twice changes nothing.
 */
let t: TestPayload
const tokens: Record<string, string> = {}
const LOGINS = {
  editor: ['redactie@meedoen.test', 'demo-redactie'],
  member: ['lid@welzijnharen.test', 'demo-welzijn'],
  otherMember: ['lid@vcgroningen.test', 'demo-vrijwilligers'],
  professional: ['professional@meedoen.test', 'demo-professional'],
} as const
type Who = keyof typeof LOGINS

beforeAll(async () => {
  t = await startDemoPayload()
  for (const [who, [email, password]] of Object.entries(LOGINS)) {
    const { token } = await t.payload.login({ collection: 'users', data: { email, password } })
    tokens[who] = token!
  }
}, 180_000)
afterAll(async () => t?.stop())

interface PlanRowJson {
  row: number
  action: string
  changed: string[]
  problems: { column: string; message: string; expected?: string }[]
  warnings: { column: string; message: string }[]
}
/** What the import's endpoints answer (the fields these tests read). */
interface Answer {
  doc: { id: number }
  errors?: { message: string }[]
  status: string
  mapping: (string | null)[]
  counts: Record<string, number>
  rows: PlanRowJson[]
  report: { created: number; updated: number; unchanged: number } | null
  text: string
}

const call = async (who: Who | null, method: string, p: string, body?: BodyInit, json = true) => {
  const headers: Record<string, string> = json && body ? { 'content-type': 'application/json' } : {}
  if (who) headers.authorization = `JWT ${tokens[who]}`
  const res = await handleEndpoints({
    config: t.payload.config,
    request: new Request(`http://localhost/api${p}`, { method, headers, body }),
  })
  const text = await res.text()
  let parsed = { text } as Answer
  try {
    parsed = JSON.parse(text) as Answer
  } catch {
    // A file, not JSON: its text.
  }
  return { status: res.status, json: parsed, headers: res.headers }
}

/** Uploads a sheet as a new import run, the way the admin's form does (multipart). */
const upload = async (
  who: Who,
  bytes: Uint8Array<ArrayBuffer> | string,
  fields: { kind: string; source: string; organisation?: number },
  name = 'sociale-kaart.csv',
) => {
  const form = new FormData()
  form.append('_payload', JSON.stringify(fields))
  form.append('file', new Blob([bytes]), name)
  return call(who, 'POST', '/import-runs', form, false)
}

const HEAD = 'Nr.;Naam activiteit;Aanbieder;Waar;Korte omschrijving;Dag;Tijd;Kosten (€);Thema'
const ROWS = [
  'SK-1;Taalcafé Haren-Oost;Stichting Welzijn Haren;Huis van de Wijk De Dilgt;Samen Nederlands oefenen bij koffie.;ma en wo;10.00-12.00 uur;gratis;Taal',
  'SK-2;Breiclub De Dilgt;Stichting Welzijn Haren;Huis van de Wijk De Dilgt;Samen breien en kletsen.;1e dinsdag van de maand;14.00-16.00 uur;€ 2,50;Creatief',
  'SK-3;Wandelgroep Haren;Stichting Welzijn Haren;buiten;Elke week een uur wandelen.;vr;9.30-10.30;;Sport en bewegen',
  'SK-4;Onbekend clubje;Stichting Nergens;Huis van de Wijk De Dilgt;Iets.;zo;10-11;gratis;Taal',
  'SK-5;Zonder tijd;Stichting Welzijn Haren;Huis van de Wijk De Dilgt;Iets anders.;di;;gratis;Taal',
]
const sheet = (rows = ROWS) => `\uFEFF${[HEAD, ...rows].join('\r\n')}\r\n`

const state = (who: Who, id: number) => call(who, 'GET', `/import-runs/${id}/state`)

/** Starts a run and waits for its report. */
const importRun = async (who: Who, id: number, mode: 'all' | 'valid') => {
  const started = await call(who, 'POST', `/import-runs/${id}/start`, JSON.stringify({ mode }))
  expect([started.status, started.json.errors]).toEqual([202, undefined])
  for (let i = 0; i < 300; i++) {
    const now = await state(who, id)
    if (now.json.status !== 'running') return now.json
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('the import did not end')
}

const imported = async () =>
  (
    await t.payload.find({
      collection: 'activities',
      where: { externalSource: { equals: 'Sociale kaart Haren' } },
      depth: 0,
      draft: true,
      sort: 'externalId',
      pagination: false,
    })
  ).docs

describe('an editor imports a municipality sheet', () => {
  let first: number
  test('upload: the columns are matched from the headers, and the dry run says per row what happens', async () => {
    const res = await upload('editor', sheet(), {
      kind: 'activities',
      source: 'Sociale kaart Haren',
    })
    expect([res.status, res.json.errors]).toEqual([201, undefined])
    first = res.json.doc.id
    const dry = await state('editor', first)
    expect(dry.status).toBe(200)
    expect(dry.json.mapping).toEqual([
      'externalId',
      'title',
      'organisation',
      'venue',
      'summary',
      'days',
      'time',
      'cost',
      'themes',
    ])
    expect(dry.json.counts).toEqual({ create: 3, update: 0, unchanged: 0, invalid: 2 })
    const byRow = Object.fromEntries(dry.json.rows.map((r) => [r.row, r]))
    expect(byRow[5]!.problems).toEqual([
      expect.objectContaining({
        column: 'Aanbieder',
        message: 'De organisatie "Stichting Nergens" staat niet in Meedoen.',
        expected: expect.stringContaining('importeer eerst de organisaties'),
      }),
    ])
    expect(byRow[6]!.problems).toEqual([
      expect.objectContaining({ column: 'Tijd', message: 'Er staat geen tijd.' }),
    ])
    expect(byRow[4]!.warnings).toEqual([
      expect.objectContaining({
        column: 'Kosten (€)',
        message: 'Geen kosten ingevuld: gratis aangenomen.',
      }),
    ])
    expect(byRow[2]!.action).toBe('create')
    // Nothing is stored by a dry run.
    expect(await imported()).toEqual([])
  })

  test('the whole file cannot be imported while rows have problems; the answer says why', async () => {
    const res = await call(
      'editor',
      'POST',
      `/import-runs/${first}/start`,
      JSON.stringify({ mode: 'all' }),
    )
    expect(res.status).toBe(400)
    expect(res.json.errors?.[0]?.message).toContain('2 regels hebben problemen')
    expect((await state('editor', first)).json.status).toBe('checked')
  })

  test('only the valid rows: three activities, published, with their schedule, cost and origin', async () => {
    const done = await importRun('editor', first, 'valid')
    expect(done.status).toBe('done')
    expect(done.report).toEqual(
      expect.objectContaining({
        created: 3,
        updated: 0,
        skipped: 2,
        failed: [],
        rolledBack: false,
      }),
    )
    const docs = await imported()
    expect(docs.map((d) => [d.externalId, d.title, d._status, d.locationKind])).toEqual([
      ['SK-1', 'Taalcafé Haren-Oost', 'published', 'venue'],
      ['SK-2', 'Breiclub De Dilgt', 'published', 'venue'],
      ['SK-3', 'Wandelgroep Haren', 'published', 'outdoor'],
    ])
    expect(docs[0]!.schedule).toEqual(
      expect.objectContaining({
        kind: 'weekly',
        weekdays: ['1', '3'],
        startTime: '10:00',
        endTime: '12:00',
      }),
    )
    expect(docs[1]!.schedule).toEqual(
      expect.objectContaining({ kind: 'monthly', weekOfMonth: '1' }),
    )
    expect(docs[1]!.cost).toEqual(expect.objectContaining({ kind: 'amount', amount: 2.5 }))
  })

  test('the same file again: the mapping is remembered, every row is unchanged, nothing is written', async () => {
    const before = (await imported()).map((d) => d.updatedAt)
    const again = await upload('editor', sheet(), {
      kind: 'activities',
      source: 'sociale kaart haren',
    })
    const id = again.json.doc.id
    // A source is the same source whatever its case; its external ids are matched within it.
    const dry = await state('editor', id)
    expect([dry.json.counts, dry.json.rows.flatMap((r) => r.changed)]).toEqual([
      { create: 0, update: 0, unchanged: 3, invalid: 2 },
      [],
    ])
    const done = await importRun('editor', id, 'valid')
    expect(done.report).toEqual(expect.objectContaining({ created: 0, updated: 0, unchanged: 3 }))
    expect((await imported()).map((d) => d.updatedAt)).toEqual(before)
  })

  test('one changed cell updates that one activity, and the dry run names the field', async () => {
    const rows = [...ROWS]
    rows[1] = rows[1]!.replace('€ 2,50', '€ 3')
    const res = await upload('editor', sheet(rows), {
      kind: 'activities',
      source: 'Sociale kaart Haren',
    })
    const id = res.json.doc.id
    const dry = await state('editor', id)
    expect(dry.json.counts).toEqual({ create: 0, update: 1, unchanged: 2, invalid: 2 })
    expect(dry.json.rows.find((r) => r.row === 3)!.changed).toEqual(['Kosten'])
    await importRun('editor', id, 'valid')
    expect((await imported())[1]!.cost).toEqual(expect.objectContaining({ amount: 3 }))
  })

  test('a changed mapping is remembered for the source and changes the dry run', async () => {
    const res = await upload('editor', sheet(), { kind: 'activities', source: 'Tweede bron' })
    const id = res.json.doc.id
    const mapping = [...(await state('editor', id)).json.mapping]
    mapping[8] = null // "Thema": not imported
    const changed = await call(
      'editor',
      'POST',
      `/import-runs/${id}/mapping`,
      JSON.stringify({ mapping }),
    )
    expect(changed.status).toBe(200)
    expect(changed.json.mapping[8]).toBeNull()
    const bad = await call(
      'editor',
      'POST',
      `/import-runs/${id}/mapping`,
      JSON.stringify({ mapping: ['title', 'title'] }),
    )
    expect(bad.status).toBe(400)
    const next = await upload('editor', sheet(), { kind: 'activities', source: 'Tweede bron' })
    expect((await state('editor', next.json.doc.id)).json.mapping[8]).toBeNull()
  })
})

describe('members import for their own organisation only', () => {
  test("a row for another organisation is refused in the dry run; the member's rows become submissions", async () => {
    const rows = [
      'M-1;Koffie-uurtje;Stichting Welzijn Haren;Huis van de Wijk De Dilgt;Koffie en een praatje.;do;10-11.30 uur;gratis;Ontmoeten',
      'M-2;Niet van ons;Vrijwilligerscentrale Groningen;Huis van de Wijk De Dilgt;Iets.;do;10-11 uur;gratis;Ontmoeten',
    ]
    const res = await upload('member', sheet(rows), { kind: 'activities', source: 'Eigen lijst' })
    expect(res.status).toBe(201)
    const id = res.json.doc.id
    const dry = await state('member', id)
    expect(dry.json.counts).toEqual({ create: 1, update: 0, unchanged: 0, invalid: 1 })
    expect(dry.json.rows.find((r) => r.row === 3)!.problems[0]?.message).toContain(
      'niet jouw organisatie',
    )
    const jobs = async (task: string) =>
      (await t.payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: task } } }))
        .totalDocs
    const [emails, digests] = [
      await jobs('directoryModerationEmail'),
      await jobs('directoryModerationDigest'),
    ]
    const done = await importRun('member', id, 'valid')
    expect(done.report!.created).toBe(1)
    // The editors hear of an import's submissions once, in a digest, not per row.
    expect([
      await jobs('directoryModerationEmail'),
      await jobs('directoryModerationDigest'),
    ]).toEqual([emails, digests + 1])
    const [doc] = (
      await t.payload.find({
        collection: 'activities',
        where: { externalId: { equals: 'M-1' } },
        draft: true,
        depth: 0,
      })
    ).docs
    expect(doc!.title).toBe('Koffie-uurtje')
  })

  test('who may import: editors and members, through REST and the Local API; nobody else', async () => {
    for (const who of [null, 'professional'] as const) {
      const form = new FormData()
      form.append('_payload', JSON.stringify({ kind: 'activities', source: 'x' }))
      form.append('file', new Blob([sheet()]), 'x.csv')
      expect((await call(who, 'POST', '/import-runs', form, false)).status).toBe(403)
      expect((await call(who, 'GET', '/import-runs')).status).toBe(403)
    }
    const runs = async (who: Who) => (await call(who, 'GET', '/import-runs?limit=100&depth=0')).json
    const mine = (await runs('member')) as unknown as { docs: { createdBy: number }[] }
    const editors = (await runs('editor')) as unknown as { docs: { createdBy: number }[] }
    // A member lists only the runs they started; the editors list everyone's.
    expect(new Set(mine.docs.map((d) => d.createdBy)).size).toBe(1)
    expect(editors.docs.length).toBeGreaterThan(mine.docs.length)
    // Nobody changes a run through the API: its steps are the import's endpoints.
    const id = editors.docs[0] as unknown as { id: number }
    const patch = await call(
      'editor',
      'PATCH',
      `/import-runs/${id.id}`,
      JSON.stringify({ status: 'done' }),
    )
    expect(patch.status).toBe(403)
  })

  test('another member cannot see the run; a member cannot import organisations', async () => {
    const mine = await upload('member', sheet(), { kind: 'activities', source: 'Privé' })
    const id = mine.json.doc.id
    expect((await state('otherMember', id)).status).toBe(404)
    expect(
      (
        await call(
          'otherMember',
          'POST',
          `/import-runs/${id}/start`,
          JSON.stringify({ mode: 'valid' }),
        )
      ).status,
    ).toBe(404)
    const orgs = await upload('member', 'Naam\nClub\n', { kind: 'organisations', source: 'x' })
    expect(orgs.status).toBe(400)
    expect(JSON.stringify(orgs.json)).toContain('Organisaties importeren kan alleen de redactie')
  })
})

describe('bad files get a clear answer and leave nothing behind', () => {
  const files = () => fs.readdirSync(path.join(t.dir, 'imports')).length
  const runs = async () => (await t.payload.count({ collection: 'import-runs' })).totalDocs
  test.each([
    ['empty', new Uint8Array(), 'Het bestand is leeg.'],
    [
      'old Excel',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]),
      'oude Excel-formaat',
    ],
    [
      'a picture',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
      'geen spreadsheet',
    ],
    ['11 MB', new Uint8Array(11 * 1024 * 1024).fill(0x41), 'hoogstens 10 MB'],
  ])('%s', async (_name, bytes, message) => {
    const [beforeRuns, beforeFiles] = [await runs(), files()]
    const res = await upload('editor', bytes, { kind: 'activities', source: 'Slecht' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json)).toContain(message)
    expect([await runs(), files()]).toEqual([beforeRuns, beforeFiles])
  })

  test('templates: our Dutch headers and an example row, as CSV and Excel', async () => {
    const csv = await call('member', 'GET', '/import-runs/template/activities?format=csv')
    expect(csv.status).toBe(200)
    expect(csv.json.text.split('\r\n')[0]).toContain(
      'Naam activiteit;Eigen nummer;Organisatie;Locatie',
    )
    const xlsx = await call('member', 'GET', '/import-runs/template/venues?format=xlsx')
    expect(xlsx.headers.get('content-disposition')).toContain('sjabloon-venues.xlsx')
  })
})
