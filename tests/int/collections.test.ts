import { DIRECTORY_COLLECTION_SLUGS } from '../../collections'
import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload

beforeAll(async () => {
  t = await startPayload()
})
afterAll(async () => {
  await t?.stop()
})

test('the plugin registers every directory collection, each with a database table', async () => {
  for (const slug of DIRECTORY_COLLECTION_SLUGS) {
    expect(t.payload.collections[slug]).toBeDefined()
    const { totalDocs } = await t.payload.count({ collection: slug })
    expect(totalDocs).toBe(0)
  }
})

test('listings and organisations keep drafts and versions', () => {
  for (const slug of ['organisations', 'venues', 'activities', 'openings'] as const) {
    expect(t.payload.collections[slug].config.versions?.drafts).toBeTruthy()
  }
})
