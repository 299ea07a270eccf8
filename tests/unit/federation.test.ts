import { describe, expect, test } from '@jest/globals'

import { fromSessionSeries } from '../../src/lib/federation/fromSessionSeries'
import { readRpdePage } from '../../src/lib/federation/rpdePage'
import { type FeedActivity, toSessionSeries } from '../../src/lib/openactive/sessionSeries'

const SITE = { serverURL: 'https://assen.example', province: 'Drenthe' }
const activity = (over: Partial<FeedActivity> = {}): FeedActivity => ({
  id: 7,
  slug: 'taalcafe',
  title: 'Taalcafé',
  summary: 'Samen Nederlands praten.',
  description: 'Iedereen welkom.',
  organisation: { id: 1, name: 'Welzijn Assen' },
  venue: {
    id: 2,
    name: 'De Marsch',
    address: { street: 'Marsstraat', houseNumber: '15', postcode: '9401 BB', city: 'Assen' },
    location: [6.56, 53.0],
  },
  schedule: { kind: 'weekly', weekdays: ['2', '4'], startTime: '10:00', endTime: '11:30' },
  cost: { kind: 'amount', amount: 2.5 },
  ageMin: 18,
  themes: [{ id: 3, name: 'Taal' }],
  ...over,
})
const roundTrip = (a: FeedActivity) => {
  const series = toSessionSeries(SITE, a, new Date('2026-12-03T12:00:00Z'), [])
  return fromSessionSeries(series)
}

describe('another Meedoen’s SessionSeries read back', () => {
  test('what, by whom, where, when, cost, age and themes', () => {
    expect(roundTrip(activity())).toEqual(
      expect.objectContaining({
        title: 'Taalcafé',
        summary: 'Samen Nederlands praten.',
        url: 'https://assen.example/activiteit/taalcafe',
        organisationName: 'Welzijn Assen',
        online: false,
        venue: {
          name: 'De Marsch',
          address: 'Marsstraat 15, 9401 BB Assen',
          city: 'Assen',
          lat: 53.0,
          lon: 6.56,
        },
        cost: { kind: 'amount', amount: 2.5 },
        ageMin: 18,
        themeNames: ['Taal'],
      }),
    )
    expect(roundTrip(activity())).toEqual(
      expect.objectContaining({
        schedule: expect.objectContaining({
          kind: 'weekly',
          weekdays: ['2', '4'],
          startTime: '10:00',
          endTime: '11:30',
        }),
      }),
    )
  })

  test.each([
    [
      {
        kind: 'biweekly',
        weekdays: ['5'],
        validFrom: '2027-01-08T12:00:00.000Z',
        startTime: '10:00',
        endTime: '11:00',
      },
      { kind: 'biweekly', weekdays: ['5'] },
    ],
    [
      { kind: 'monthly', weekdays: ['2'], weekOfMonth: '-1', startTime: '19:00', endTime: '21:00' },
      { kind: 'monthly', weekdays: ['2'], weekOfMonth: '-1' },
    ],
    [
      { kind: 'once', date: '2027-03-05T12:00:00.000Z', startTime: '14:00', endTime: '16:00' },
      { kind: 'once', date: '2027-03-05T12:00:00.000Z' },
    ],
  ])('schedule %j', (schedule, expected) => {
    const read = roundTrip(activity({ schedule }))
    expect('problem' in read ? read : read.schedule).toEqual(expect.objectContaining(expected))
  })

  test('online and free', () => {
    const read = roundTrip(
      activity({ locationKind: 'online', venue: null, cost: { kind: 'free' } }),
    )
    expect(read).toEqual(
      expect.objectContaining({ online: true, venue: null, cost: { kind: 'free', amount: null } }),
    )
  })

  test.each([
    [{ '@type': 'Event', name: 'x' }, '@type'],
    [
      {
        '@type': 'SessionSeries',
        name: 'x',
        location: { name: 'y' },
        eventSchedule: [{ repeatFrequency: 'P1Y', startTime: '10:00', endTime: '11:00' }],
      },
      'Schema niet te lezen',
    ],
    [
      {
        '@type': 'SessionSeries',
        name: 'x',
        eventSchedule: [
          {
            repeatFrequency: 'P1W',
            byDay: ['https://schema.org/Monday'],
            startTime: '10:00',
            endTime: '11:00',
          },
        ],
      },
      'Geen plaats',
    ],
    [
      {
        '@type': 'SessionSeries',
        name: 'x',
        location: { name: 'y' },
        eventSchedule: [
          { repeatFrequency: 'P1W', byDay: ['Someday'], startTime: '10:00', endTime: '11:00' },
        ],
      },
      'onbekende dagen',
    ],
  ])('what cannot be read is said, not guessed: %j', (data, problem) => {
    const read = fromSessionSeries(data)
    expect('problem' in read ? read.problem : 'read').toContain(problem)
  })
})

describe('an RPDE page', () => {
  test('items and next', () => {
    const page = readRpdePage({
      next: '/feed?afterChangeNumber=3',
      items: [{ id: 3, state: 'deleted', kind: 'SessionSeries', modified: 3 }],
    })
    expect('problem' in page ? page.problem : page.items.length).toBe(1)
  })
  test.each([
    [null],
    [{ items: [] }],
    [{ next: 'x', items: [{ id: 1, state: 'gone', kind: 'x', modified: 1 }] }],
    [{ next: 'x', items: 'nee' }],
  ])('not a page: %j', (json) => {
    const page = readRpdePage(json)
    expect('problem' in page ? page.problem : '').toMatch(/^Geen RPDE-feedpagina/)
  })
})
