import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { handleEndpoints } from 'payload'

import { startDemoPayload, type TestPayload } from '../helpers/payload'

/**
 * An activity whose organisation is gone (deleted before deletes were refused; Payload empties
 * the link): the feed, the
 * HSDS API and the saves that refresh them keep working, and the activity leaves both — they
 * require an organisation. Found by the REST fuzz (a venue save answered 500).
 */
let t: TestPayload
let activity: number
let venue: number
beforeAll(async () => {
  t = await startDemoPayload()
  const org = await t.payload.create({
    collection: 'organisations',
    data: { name: 'Kortstondig Clubje', type: 'vereniging', _status: 'published' },
  })
  venue = (await t.payload.find({ collection: 'venues', limit: 1, depth: 0 })).docs[0]!.id
  activity = (
    await t.payload.create({
      collection: 'activities',
      data: {
        title: 'Wees-activiteit',
        summary: 'Een activiteit waarvan de organisatie verdwijnt.',
        organisation: org.id,
        venue,
        cost: { kind: 'free' },
        schedule: { kind: 'weekly', weekdays: ['3'], startTime: '10:00', endTime: '11:00' },
        _status: 'published',
      } as never,
    })
  ).id
  // Deleting it is refused now (keepReferenced); older databases may hold such listings.
  await expect(t.payload.delete({ collection: 'organisations', id: org.id })).rejects.toThrow(
    /nog 1 activiteit\. Verplaats/,
  )
  await t.payload.db.updateOne({
    collection: 'activities',
    id: activity,
    data: { organisation: null },
  })
}, 180_000)
afterAll(async () => t?.stop())

const get = async (path: string) => {
  const res = await handleEndpoints({
    config: t.payload.config,
    request: new Request(`http://localhost/api${path}`),
  })
  return { status: res.status, text: await res.text() }
}

test('the activity lost its organisation; a save of its venue still works', async () => {
  const orphan = await t.payload.findByID({ collection: 'activities', id: activity, depth: 0 })
  expect(orphan.organisation).toBeNull()
  await expect(
    t.payload.update({ collection: 'venues', id: venue, data: { description: 'Nieuw.' } }),
  ).resolves.toBeTruthy()
})

test('the feed and the HSDS API answer, without the orphaned activity', async () => {
  const feed = await get('/feeds/session-series')
  expect(feed.status).toBe(200)
  expect(feed.text).not.toContain('Wees-activiteit')
  const hsds = await get('/hsds/services?per_page=100')
  expect(hsds.status).toBe(200)
  expect(hsds.text).not.toContain('Wees-activiteit')
})
