/**
 * Longer than 200 lines because most of it is one table of bad-input cases (CASES), each run as a
 * REST create in Dutch and in English against one started Payload.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { restRequest } from '../helpers/apiDrivers'
import {
  type AccessFixtures,
  activityData,
  createAccessFixtures,
  openingData,
  VENUE_ANSWERS,
} from '../helpers/accessFixtures'
import { startPayload, type TestPayload } from '../helpers/payload'

/**
 * Bad input through REST, as an editor who may write everything: a 400 naming each bad field
 * with a message in the request's language (Dutch, or English for Accept-Language: en), and
 * nothing saved or changed.
 */
let t: TestPayload
let f: AccessFixtures
beforeAll(async () => {
  t = await startPayload()
  f = await createAccessFixtures(t.payload)
}, 120_000)
afterAll(async () => t?.stop())

type Slug = 'activities' | 'openings' | 'venues' | 'organisations'
const count = async (collection: Slug) =>
  (await t.payload.count({ collection, overrideAccess: true })).totalDocs
const fieldErrors = (json: Record<string, unknown>) =>
  ((json.errors as { data?: { errors?: { path: string; message: string }[] } }[]) ?? []).flatMap(
    (e) => e.data?.errors ?? [],
  )

const venue = (address: Record<string, string>) => ({
  name: 'Buurthuis Test',
  type: 'buurthuis',
  organisations: [Number(f.orgA)],
  _status: 'published',
  accessibility: VENUE_ANSWERS,
  address: {
    street: 'Kerkstraat',
    houseNumber: '1',
    postcode: '9751 AB',
    city: 'Haren',
    ...address,
  },
})
const weekly = (startTime: string, endTime: string) => ({
  kind: 'weekly',
  weekdays: ['2'],
  startTime,
  endTime,
})

const CASES: {
  name: string
  collection: Slug
  data: () => Record<string, unknown>
  path: string
  nl: RegExp
  en?: RegExp
}[] = [
  {
    name: 'a postcode that is not Dutch',
    collection: 'venues',
    data: () => venue({ postcode: '12345' }),
    path: 'address.postcode',
    nl: /geldige postcode/,
    en: /valid Dutch postcode/,
  },
  {
    name: 'a postcode starting with 0',
    collection: 'venues',
    data: () => venue({ postcode: '0123 AB' }),
    path: 'address.postcode',
    nl: /geldige postcode/,
    en: /valid Dutch postcode/,
  },
  {
    name: 'a KvK number of 7 digits',
    collection: 'organisations',
    data: () => ({
      name: 'KvK te kort',
      type: 'werkgever',
      kvkNumber: '1234567',
      _status: 'published',
    }),
    path: 'kvkNumber',
    nl: /8 cijfers/,
    en: /8 digits/,
  },
  {
    name: 'a phone number with letters',
    collection: 'organisations',
    data: () => ({
      name: 'Telefoon fout',
      type: 'werkgever',
      contact: { phone: 'bel me maar' },
      _status: 'published',
    }),
    path: 'contact.phone',
    nl: /telefoonnummer/,
    en: /phone number/,
  },
  {
    name: 'an end time before the start time',
    collection: 'activities',
    data: () => ({
      ...activityData(f.orgA, 'Omgekeerd', 'published'),
      schedule: weekly('12:00', '10:00'),
    }),
    path: 'schedule.endTime',
    nl: /eindtijd/i,
    en: /end time/,
  },
  {
    name: 'a time that is not hh:mm',
    collection: 'activities',
    data: () => ({
      ...activityData(f.orgA, 'Tijd fout', 'published'),
      schedule: weekly('25:00', '26:00'),
    }),
    path: 'schedule.startTime',
    nl: /uu:mm/,
    en: /hh:mm/,
  },
  {
    name: 'a minimum age above the maximum',
    collection: 'activities',
    data: () => ({ ...activityData(f.orgA, 'Leeftijd', 'published'), ageMin: 18, ageMax: 12 }),
    path: 'ageMin',
    nl: /minimumleeftijd/i,
    en: /minimum age/,
  },
  {
    name: 'a one-off activity without a date',
    collection: 'activities',
    data: () => ({
      ...activityData(f.orgA, 'Eenmalig', 'published'),
      schedule: { kind: 'once', startTime: '10:00', endTime: '12:00' },
    }),
    path: 'schedule.date',
    nl: /datum/i,
  },
  {
    name: 'a summary over 160 characters',
    collection: 'activities',
    data: () => ({ ...activityData(f.orgA, 'Lang', 'published'), summary: 'x'.repeat(161) }),
    path: 'summary',
    nl: /160|lang|long/i,
  },
  {
    name: 'more places free than in total',
    collection: 'openings',
    data: () => ({
      ...openingData(f.orgA, 'Plekken', 'published'),
      placesTotal: 2,
      placesAvailable: 5,
    }),
    path: 'placesAvailable',
    nl: /plekken/i,
    en: /Places available/,
  },
  {
    name: 'reversed hours per week',
    collection: 'openings',
    data: () => ({
      ...openingData(f.orgA, 'Uren', 'published'),
      hoursPerWeekMin: 20,
      hoursPerWeekMax: 8,
    }),
    path: 'hoursPerWeekMin',
    nl: /minimum aantal uren/i,
    en: /minimum hours/,
  },
]

const ENGLISH = { 'accept-language': 'en-GB,en;q=0.9,nl;q=0.5' }

describe.each(CASES)('$name', ({ collection, data, path, nl, en }) => {
  const messageAt = async (headers?: Record<string, string>) => {
    const res = await restRequest(
      t.payload,
      f.users.editor,
      'POST',
      `/${collection}`,
      data(),
      headers,
    )
    expect(res.status).toBe(400)
    const errors = fieldErrors(res.json)
    const error = errors.find((e) => e.path === path)
    expect({ path, found: Boolean(error), errors }).toMatchObject({ path, found: true })
    return error!.message
  }

  test('create → 400 naming the field, in Dutch, or in English when asked; nothing saved', async () => {
    const before = await count(collection)
    const dutch = await messageAt()
    expect(dutch).toMatch(nl)
    if (en) {
      expect(dutch).not.toMatch(en)
      const english = await messageAt(ENGLISH)
      expect(english).toMatch(en)
      expect(english).not.toMatch(nl)
    }
    expect(await count(collection)).toBe(before)
  })
})

test('an update with bad data changes nothing in the stored document', async () => {
  const id = f.docs.activities.pubA
  const before = await t.payload.findByID({
    collection: 'activities',
    id,
    depth: 0,
    overrideAccess: true,
  })
  const res = await restRequest(t.payload, f.users.editor, 'PATCH', `/activities/${id}`, {
    title: 'Nieuw',
    schedule: weekly('18:00', '17:00'),
  })
  expect(res.status).toBe(400)
  expect(JSON.stringify(res.json)).toMatch(/De eindtijd ligt vóór/)
  const after = await t.payload.findByID({
    collection: 'activities',
    id,
    depth: 0,
    overrideAccess: true,
  })
  expect(after.title).toBe(before.title)
  expect(after.schedule).toEqual(before.schedule)
})

test('a second organisation with the same KvK number is refused; postcodes are normalised', async () => {
  const first = await restRequest(t.payload, f.users.editor, 'POST', '/organisations', {
    name: 'Eerste',
    type: 'werkgever',
    kvkNumber: '12 34 56 78',
  })
  expect(first.status).toBe(201)
  expect((first.json.doc as { kvkNumber: string }).kvkNumber).toBe('12345678')
  const second = await restRequest(t.payload, f.users.editor, 'POST', '/organisations', {
    name: 'Tweede',
    type: 'werkgever',
    kvkNumber: '12345678',
  })
  expect(second.status).toBe(400)
  const created = await restRequest(
    t.payload,
    f.users.editor,
    'POST',
    '/venues',
    venue({ postcode: ' 9751ab ' }),
  )
  expect(created.status).toBe(201)
  expect((created.json.doc as { address: { postcode: string } }).address.postcode).toBe('9751 AB')
})
