/**
 * Longer than 200 lines because it is one review scenario in steps: the first group follows one
 * activity from draft to publication, each test building on the one before, and the rest reuse
 * its started Payload, fixtures and mail helpers.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import type { SendEmailOptions } from 'payload'

import { sendModerationDigest } from '../../plugins/directory/jobs/moderationTask'
import { loggedEmails } from '../../src/email/createEmailAdapter'
import { type AccessFixtures, activityData, createAccessFixtures } from '../helpers/accessFixtures'
import { type ApiDriver, localDriver, restDriver, restRequest } from '../helpers/apiDrivers'
import { startPayload, type TestPayload } from '../helpers/payload'

/**
 * Submit → "Wijzigingen gevraagd" → resubmit → publish, as members and editors do it, with the
 * e-mails each step sends (read from what the mail adapter was given, after the job queue ran).
 */
let t: TestPayload
let f: AccessFixtures
let local: ApiDriver
let rest: ApiDriver
beforeAll(async () => {
  t = await startPayload()
  f = await createAccessFixtures(t.payload)
  local = localDriver(t.payload)
  rest = restDriver(t.payload)
}, 120_000)
afterAll(async () => t?.stop())

type Doc = Record<string, unknown>
const latest = (collection: string, id: string) =>
  t.payload.findByID({
    collection: collection as 'activities',
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
  }) as unknown as Promise<Doc>
const live = (collection: string, id: string) =>
  t.payload.findByID({
    collection: collection as 'activities',
    id,
    depth: 0,
    overrideAccess: true,
  }) as unknown as Promise<Doc>
/** Runs the queued e-mail jobs and returns what they sent. */
const mailsSent = async (): Promise<SendEmailOptions[]> => {
  const before = loggedEmails.length
  await t.payload.jobs.run({ queue: 'directory' })
  return loggedEmails.slice(before)
}
const recipients = (mail: SendEmailOptions) => ([] as unknown[]).concat(mail.to).map(String)
beforeEach(async () => {
  await mailsSent()
})

describe('an unverified organisation submits, the editors ask for changes, then publish', () => {
  let id: string
  test('a member saves a new activity as a draft: it awaits review from now, by them; the editors get one e-mail', async () => {
    const res = await local.create(
      f.users.memberB,
      'activities',
      activityData(f.orgB, 'Breiclub in de bibliotheek'),
    )
    expect(res.ok).toBe(true)
    id = String(res.ok && res.doc?.id)
    const doc = await latest('activities', id)
    expect(doc).toMatchObject({
      _status: 'draft',
      reviewState: 'awaiting_review',
      submittedBy: f.users.memberB.user!.id,
      editedBy: f.users.memberB.user!.id,
    })
    expect(Date.now() - Date.parse(String(doc.submittedAt))).toBeLessThan(60_000)
    const mails = await mailsSent()
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toBe('Ter beoordeling: Breiclub in de bibliotheek')
    expect(recipients(mails[0]!)).toEqual(['editor@matrix.test'])
  })

  test('a save that is not a draft is refused before it writes anything (it would change the live listing)', async () => {
    const pub = f.docs.activities.pubB
    for (const driver of [local, rest]) {
      const res = await driver.update(f.users.memberB, 'activities', pub, {
        title: 'Zonder beoordeling live',
      })
      expect(res).toEqual({ ok: false, status: 403 })
    }
    expect((await live('activities', pub)).title).toBe('activities pubB')
  })

  test('"request changes" is for editors, needs a comment, and only for what awaits review', async () => {
    const ask = (actor: keyof AccessFixtures['users'], body?: Doc, target = id) =>
      restRequest(t.payload, f.users[actor], 'POST', `/activities/${target}/request-changes`, body)
    expect((await ask('anonymous', { comment: 'x' })).status).toBe(401)
    expect((await ask('memberB', { comment: 'x' })).status).toBe(403)
    expect((await ask('editor', { comment: '   ' })).status).toBe(400)
    expect((await ask('editor', { comment: 'x' }, f.docs.activities.pubA)).status).toBe(409)
    expect((await latest('activities', id)).reviewState).toBe('awaiting_review')

    const res = await ask('editor', { comment: 'Welke dag is het? Zet de tijd erbij.' })
    expect(res.status).toBe(200)
    expect(await latest('activities', id)).toMatchObject({
      reviewState: 'changes_requested',
      reviewComment: 'Welke dag is het? Zet de tijd erbij.',
    })
    const mails = await mailsSent()
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toBe('Wijzigingen gevraagd: Breiclub in de bibliotheek')
    expect(recipients(mails[0]!)).toEqual(['memberb@matrix.test'])
    expect(mails[0]!.text).toContain('Welke dag is het? Zet de tijd erbij.')
    expect((await ask('editor', { comment: 'nog eens' })).status).toBe(409)
  })

  test('the member fixes it and submits again: awaiting review from the new date; the editors are told again', async () => {
    const res = await rest.update(f.users.memberB, 'activities', id, {
      summary: 'Elke dinsdag van 10 tot 12 uur.',
      _status: 'draft',
    })
    expect(res.ok).toBe(true)
    expect(await latest('activities', id)).toMatchObject({
      reviewState: 'awaiting_review',
      summary: 'Elke dinsdag van 10 tot 12 uur.',
    })
    const mails = await mailsSent()
    expect(mails.map((m) => m.subject)).toEqual(['Ter beoordeling: Breiclub in de bibliotheek'])
    // Saving again while it waits keeps the date it was submitted.
    const since = (await latest('activities', id)).submittedAt
    await rest.update(f.users.memberB, 'activities', id, {
      summary: 'Elke dinsdag van 10.00 tot 12.00 uur.',
      _status: 'draft',
    })
    expect((await latest('activities', id)).submittedAt).toBe(since)
    expect(await mailsSent()).toHaveLength(0)
  })

  test('an editor publishes: the review is cleared, residents see it, the member is e-mailed', async () => {
    const res = await rest.update(f.users.editor, 'activities', id, { _status: 'published' })
    expect(res.ok).toBe(true)
    expect(await live('activities', id)).toMatchObject({
      _status: 'published',
      reviewState: 'none',
      reviewComment: null,
      editedBy: f.users.editor.user!.id,
    })
    expect(await local.findIDs(f.users.anonymous, 'activities')).toContain(id)
    const mails = await mailsSent()
    expect(mails.map((m) => m.subject)).toEqual(['Gepubliceerd: Breiclub in de bibliotheek'])
    expect(recipients(mails[0]!)).toEqual(['memberb@matrix.test'])
  })

  test('each version says who made it', async () => {
    const { docs } = await t.payload.findVersions({
      collection: 'activities',
      where: { parent: { equals: id } },
      depth: 0,
      overrideAccess: true,
      sort: 'createdAt',
    })
    const editors = docs.map((v) => (v.version as { editedBy?: unknown }).editedBy)
    expect(editors[0]).toBe(f.users.memberB.user!.id)
    expect(editors.at(-1)).toBe(f.users.editor.user!.id)
  })

  test('the member reads, through REST, who changed their listing by name (not only an account they may not open)', async () => {
    const query = `?where[parent][equals]=${id}&sort=-updatedAt&limit=5&depth=0`
    const res = await restRequest(t.payload, f.users.memberB, 'GET', `/activities/versions${query}`)
    expect(res.status).toBe(200)
    const rows = (res.json.docs as { version: Doc }[]).map((v) => [
      v.version.editedByName,
      v.version.editedByEditor,
      v.version._status,
    ])
    expect(rows[0]).toEqual([f.users.editor.user!.name, true, 'published'])
    expect(rows.at(-1)).toEqual([f.users.memberB.user!.name, false, 'draft'])
    // The account itself stays out of reach: to a member another user does not exist.
    expect(
      (await restRequest(t.payload, f.users.memberB, 'GET', `/users/${f.users.editor.user!.id}`))
        .status,
    ).toBe(404)
  })

  test('nobody can write who saved it: the server sets it', async () => {
    const res = await rest.update(f.users.memberB, 'activities', id, {
      editedByName: 'Iemand anders',
      editedByEditor: true,
      _status: 'draft',
    })
    expect(res.ok).toBe(true)
    expect(await latest('activities', id)).toMatchObject({
      editedByName: f.users.memberB.user!.name,
      editedByEditor: false,
    })
  })
})

describe('organisation profiles of unverified organisations are reviewed too', () => {
  test('a new name is a submission: the live profile keeps the old one until an editor publishes', async () => {
    const res = await rest.update(f.users.memberB, 'organisations', f.orgB, {
      name: 'Zorggroep B (nieuw)',
      _status: 'draft',
    })
    expect(res.ok).toBe(true)
    expect((await live('organisations', f.orgB)).name).toBe('Organisatie B')
    expect((await latest('organisations', f.orgB)).reviewState).toBe('awaiting_review')
    expect(
      (
        await rest.update(f.users.memberB, 'organisations', f.orgB, {
          name: 'Zelf gepubliceerd',
          _status: 'published',
        })
      ).ok,
    ).toBe(false)
    expect((await mailsSent()).map((m) => m.subject)).toEqual([
      'Ter beoordeling: Zorggroep B (nieuw)',
    ])
    expect(
      (await rest.update(f.users.editor, 'organisations', f.orgB, { _status: 'published' })).ok,
    ).toBe(true)
    expect((await live('organisations', f.orgB)).name).toBe('Zorggroep B (nieuw)')
  })

  test('a verified organisation publishes its own profile directly', async () => {
    const res = await rest.update(f.users.memberA, 'organisations', f.orgA, {
      description: 'Wij doen mee.',
      _status: 'published',
    })
    expect(res.ok).toBe(true)
    expect((await live('organisations', f.orgA)).description).toBe('Wij doen mee.')
  })
})

describe("a venue's organisations", () => {
  const address = { street: 'Kerkstraat', houseNumber: '1', postcode: '9751 AB', city: 'Haren' }
  let shared: string
  beforeAll(async () => {
    const venue = await t.payload.create({
      collection: 'venues',
      overrideAccess: true,
      draft: false,
      data: {
        name: 'Gedeeld buurthuis',
        type: 'buurthuis',
        organisations: [Number(f.orgA), Number(f.orgB)],
        address,
        _status: 'published',
      },
    })
    shared = String(venue.id)
  })
  const orgsOf = async (id: string) =>
    ((await latest('venues', id)).organisations as unknown[]).map(String).sort()

  test.each(['local', 'rest'] as const)(
    '%s: a member may not add or remove another organisation (a field error), on update as on create',
    async (api) => {
      const d = api === 'local' ? local : rest
      expect(
        await d.update(f.users.memberA, 'venues', shared, {
          organisations: [Number(f.orgA)],
          _status: 'draft',
        }),
      ).toEqual({ ok: false, status: 400 })
      expect(
        await d.update(f.users.memberA, 'venues', f.docs.venues.pubA, {
          organisations: [Number(f.orgA), Number(f.orgB)],
          _status: 'draft',
        }),
      ).toEqual({ ok: false, status: 400 })
      expect(
        await d.create(f.users.memberA, 'venues', {
          name: `${api} samen`,
          type: 'buurthuis',
          organisations: [Number(f.orgA), Number(f.orgB)],
          address,
          _status: 'draft',
        }),
      ).toEqual({ ok: false, status: 400 })
      expect(await orgsOf(shared)).toEqual([f.orgA, f.orgB].sort())
    },
  )

  test('a member may add or remove their own organisation; editors may change any', async () => {
    expect(
      (
        await rest.update(f.users.memberB, 'venues', shared, {
          organisations: [Number(f.orgA)],
          _status: 'draft',
        })
      ).ok,
    ).toBe(true)
    expect(await orgsOf(shared)).toEqual([f.orgA])
    expect(
      (
        await rest.update(f.users.editor, 'venues', shared, {
          organisations: [Number(f.orgA), Number(f.orgB)],
          _status: 'published',
        })
      ).ok,
    ).toBe(true)
    expect(await orgsOf(shared)).toEqual([f.orgA, f.orgB].sort())
  })

  test("a field error names the field, in the request's language (Dutch unless English is asked for)", async () => {
    const fieldErrors = async (headers?: Record<string, string>) => {
      const { status, json } = await restRequest(
        t.payload,
        f.users.memberA,
        'PATCH',
        `/venues/${shared}?draft=true`,
        { organisations: [Number(f.orgA)], _status: 'draft' },
        headers,
      )
      expect(status).toBe(400)
      return (
        (json.errors as { data?: { errors?: { path: string; message: string }[] } }[])[0]?.data
          ?.errors ?? []
      )
    }
    expect(await fieldErrors()).toEqual([
      {
        path: 'organisations',
        message: 'Je kunt alleen je eigen organisaties toevoegen of weghalen.',
      },
    ])
    expect(await fieldErrors({ 'accept-language': 'en' })).toEqual([
      { path: 'organisations', message: 'You can only add or remove your own organisations.' },
    ])
  })
})

test('the daily digest lists everything that awaits review, in one e-mail to the editors', async () => {
  await local.create(f.users.memberB, 'openings', {
    kind: 'volunteer',
    title: 'Digest-plek',
    summary: 's',
    organisation: Number(f.orgB),
    status: 'open',
    _status: 'draft',
  })
  await mailsSent()
  const before = loggedEmails.length
  const req = { payload: t.payload, context: {} } as never
  expect(await sendModerationDigest(req)).toBe(1)
  const mail = loggedEmails[before]!
  expect(recipients(mail)).toEqual(['editor@matrix.test'])
  expect(mail.text).toContain('Digest-plek')
  expect(mail.subject).toMatch(/wacht(en)? op beoordeling$/)
})

describe('a submission is checked like a publication (drafts are validated)', () => {
  test.each(['local', 'rest'] as const)(
    '%s: a member submitting a venue with a wrong postcode gets a field error and nothing is stored',
    async (api) => {
      const driver = api === 'local' ? local : rest
      const name = `Buurtkamer met fout (${api})`
      const res = await driver.create(f.users.memberB, 'venues', {
        name,
        type: 'buurthuis',
        organisations: [Number(f.orgB)],
        _status: 'draft',
        address: { street: 'Dorpsstraat', houseNumber: '2', postcode: '12345', city: 'Haren' },
      })
      expect(res).toMatchObject({ ok: false, status: 400 })
      const stored = await t.payload.find({
        collection: 'venues',
        where: { name: { equals: name } },
        draft: true,
        overrideAccess: true,
      })
      expect(stored.totalDocs).toBe(0)
    },
  )

  test('an activity submitted without a title is refused; the editors are not asked to review it', async () => {
    const { title: _title, ...untitled } = activityData(f.orgB, 'zonder titel')
    const res = await rest.create(f.users.memberB, 'activities', { ...untitled, _status: 'draft' })
    expect(res).toMatchObject({ ok: false, status: 400 })
    expect(await mailsSent()).toEqual([])
  })
})
