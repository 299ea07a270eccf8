import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let organisation: number
const anonymous = { overrideAccess: false, user: null } as const

beforeAll(async () => {
  t = await startPayload()
  const org = await t.payload.create({
    collection: 'organisations',
    data: { name: 'Buurtwerk Haren', type: 'welzijn', _status: 'published' },
  })
  organisation = org.id
})
afterAll(async () => {
  await t?.stop()
})

const activity = (title: string, status: 'draft' | 'published') => ({
  title,
  summary: 'Samen koffie drinken.',
  organisation,
  schedule: {
    kind: 'weekly' as const,
    weekdays: ['2' as const],
    startTime: '10:00',
    endTime: '12:00',
  },
  cost: { kind: 'free' as const },
  signUp: 'walk_in' as const,
  locationKind: 'online' as const,
  _status: status,
})

test('a never-published draft is invisible to anonymous readers in every way of asking', async () => {
  const draft = await t.payload.create({
    collection: 'activities',
    data: activity('Geheim concept', 'draft'),
    draft: true,
  })
  const published = await t.payload.create({
    collection: 'activities',
    data: activity('Koffie-ochtend', 'published'),
  })

  const list = await t.payload.find({ collection: 'activities', ...anonymous })
  expect(list.docs.map((d) => d.title)).toEqual(['Koffie-ochtend'])

  const withDraftFlag = await t.payload.find({
    collection: 'activities',
    draft: true,
    ...anonymous,
  })
  expect(withDraftFlag.docs.map((d) => d.title)).toEqual(['Koffie-ochtend'])

  await expect(
    t.payload.findByID({ collection: 'activities', id: draft.id, ...anonymous }),
  ).rejects.toMatchObject({
    status: 404,
  })
  await expect(
    t.payload.findVersions({
      collection: 'activities',
      where: { parent: { equals: draft.id } },
      ...anonymous,
    }),
  ).rejects.toMatchObject({ status: 403 })

  const count = await t.payload.count({ collection: 'activities', ...anonymous })
  expect(count.totalDocs).toBe(1)
  expect(published._status).toBe('published')
})

test('a new draft of a published listing does not leak: anonymous readers keep the published text', async () => {
  const doc = await t.payload.create({
    collection: 'openings',
    data: {
      kind: 'volunteer',
      title: 'Gastvrouw gezocht',
      summary: 'Help bij de inloop.',
      organisation,
      status: 'open',
      _status: 'published',
    },
  })
  await t.payload.update({
    collection: 'openings',
    id: doc.id,
    draft: true,
    data: { title: 'Nog niet klaar: nieuwe tekst' },
  })

  const seen = await t.payload.findByID({ collection: 'openings', id: doc.id, ...anonymous })
  expect(seen.title).toBe('Gastvrouw gezocht')
  const seenWithDraftFlag = await t.payload.findByID({
    collection: 'openings',
    id: doc.id,
    draft: true,
    ...anonymous,
  })
  expect(seenWithDraftFlag.title).toBe('Gastvrouw gezocht')
  const editorView = await t.payload.findByID({ collection: 'openings', id: doc.id, draft: true })
  expect(editorView.title).toBe('Nog niet klaar: nieuwe tekst')
})
