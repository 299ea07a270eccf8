import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { DIRECTORY_COLLECTION_SLUGS } from '../../collections'
import { TASKS } from '../../plugins/directory'
import { directoryDatabase } from '../../src/db/directoryDatabase'
import { restRequest } from '../helpers/apiDrivers'
import { startBareSite } from '../helpers/bareSite'
import type { TestPayload } from '../helpers/payload'

/**
 * `directoryPlugin({ enabled: false })`: the collections stay (the schema does not change when
 * the plugin is turned off), with their rules; nothing of the plugin's behaviour runs — no
 * e-mails queued, no geocoder called, no jobs, no endpoints, no search index.
 */
let site: TestPayload
let payload: Payload
beforeAll(async () => {
  site = await startBareSite('disabled', (dir) => ({
    enabled: false,
    mediaDir: path.join(dir, 'media'),
    database: directoryDatabase({ createTables: true }),
  }))
  payload = site.payload
})
afterAll(async () => site?.stop())

test('the collections stay, and their rules with them', async () => {
  for (const slug of DIRECTORY_COLLECTION_SLUGS)
    expect(payload.collections[slug as never]).toBeDefined()
  // A rule, not behaviour: anonymous visitors still cannot create an organisation.
  const refused = await restRequest(
    payload,
    { name: 'anonymous', user: null },
    'POST',
    '/organisations',
    { name: 'Zomaar', type: 'welzijn' },
  )
  expect(refused.status).toBe(403)
})

test('saves queue no e-mails, call no geocoder and write no search index; no jobs, no endpoints', async () => {
  const org = await payload.create({
    collection: 'organisations',
    data: { name: 'Buurtwerk', type: 'welzijn', _status: 'published' },
  })
  const venue = await payload.create({
    collection: 'venues',
    data: {
      name: 'Buurthuis',
      type: 'buurthuis',
      organisations: [org.id],
      _status: 'published',
      address: { street: 'Kerkstraat', houseNumber: '1', postcode: '9751 AB', city: 'Haren' },
    },
  })
  // The geocoder (or its offline postcode table) was not asked: no pin, no status.
  expect({ location: venue.location ?? null, status: venue.locationStatus ?? null }).toEqual({
    location: null,
    status: null,
  })
  const activity = await payload.create({
    collection: 'activities',
    data: {
      title: 'Breicafé',
      summary: 'Samen breien.',
      organisation: org.id,
      locationKind: 'outdoor',
      _status: 'published',
      schedule: { kind: 'weekly', weekdays: ['2'], startTime: '10:00', endTime: '12:00' },
      cost: { kind: 'free' },
      signUp: 'walk_in',
    },
  })
  await payload.create({
    collection: 'listing-reports',
    data: {
      listing: { relationTo: 'activities', value: activity.id },
      reason: 'wrong_time',
      message: 'Het is op woensdag.',
    } as never,
  })
  expect((await payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(0)
  expect((await payload.count({ collection: 'search-changes' })).totalDocs).toBe(0)
  // Payload's own scheduled-publish tasks stay; none of the directory's.
  const tasks: string[] = (payload.config.jobs.tasks ?? []).map((t: { slug: string }) => t.slug)
  for (const task of Object.values(TASKS)) expect(tasks).not.toContain(task)
  expect(
    (
      await restRequest(
        payload,
        { name: 'anonymous', user: null },
        'GET',
        '/directory/search?q=brei',
      )
    ).status,
  ).toBe(404)
})
