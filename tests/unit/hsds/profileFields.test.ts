import { describe, expect, test } from '@jest/globals'

import { siteOf } from '../../../src/lib/hsds/ids'
import { type ActivityRecord, type OpeningRecord, toHsdsService } from '../../../src/lib/hsds/map'
import { PROFILE_PATCHES, PROFILE_VERSION } from '../../../src/lib/hsds/profile'
import { hsdsValidator } from '../../helpers/hsdsSchemas'

/**
 * A service's fields of the Meedoen profile, from an activity's or an opening's fields; each
 * service valid HSDS 3.0 and valid in the profile, and the profile's schema refusing what it
 * should (tests/unit/hsds/profile.test.ts checks the schema itself).
 */
type Schema = { enum?: unknown[]; items?: Schema; properties?: Record<string, Schema> }
const s = { serverURL: 'https://meedoen.example', site: siteOf('https://meedoen.example') }
const { errorsOf, profileErrorsOf } = hsdsValidator()

const listing = {
  id: 12,
  title: 'Taalcafé',
  summary: 'Samen Nederlands praten.',
  organisation: 3,
  checkedOn: '2026-03-01T23:30:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
}
const activity = (extra: Partial<ActivityRecord> = {}): ActivityRecord => ({
  ...listing,
  schedule: { kind: 'weekly', weekdays: ['4'], startTime: '14:00', endTime: '15:30' },
  cost: { kind: 'free' },
  signUp: 'walk_in',
  ...extra,
})
const opening = (extra: Partial<OpeningRecord> = {}): OpeningRecord => ({
  ...listing,
  kind: 'work_experience',
  status: 'open',
  ...extra,
})

describe('the Meedoen profile’s fields of a service', () => {
  test('an activity: its kind, where, its rungs with their labels, its low-threshold facets', () => {
    const service = toHsdsService(s, {
      collection: 'activities',
      doc: activity({
        ladderRungs: ['3', '1'],
        lowThreshold: ['dutch_practice', 'walk_in', 'buddy_welcome'],
      }),
    })
    expect(service).toMatchObject({
      meedoen_kind: 'activity',
      meedoen_location_kind: 'venue',
      meedoen_ladder_rungs: [
        { rung: 1, label: 'Geïsoleerd' },
        { rung: 3, label: 'Deelname aan georganiseerde activiteiten' },
      ],
      // In the vocabulary's order; `free` from the cost.
      meedoen_low_threshold: ['walk_in', 'free', 'buddy_welcome', 'dutch_practice'],
      // 23.30 UTC on 1 March is 2 March in the Netherlands.
      assured_date: '2026-03-02',
    })
    expect(errorsOf('service', service)).toEqual([])
    expect(errorsOf('serviceListItem', service)).toEqual([])
  })

  test('walk-in and free follow the sign-up and the cost, whatever was stored', () => {
    const service = toHsdsService(s, {
      collection: 'activities',
      doc: activity({
        signUp: 'sign_up',
        cost: { kind: 'amount', amount: 2.5 },
        locationKind: 'online',
        lowThreshold: ['walk_in', 'free', 'prikkelarm'],
      }),
    })
    expect(service).toMatchObject({
      meedoen_location_kind: 'online',
      meedoen_ladder_rungs: [],
      meedoen_low_threshold: ['prikkelarm'],
    })
  })

  test('an opening: its kind and rungs; no location kind or low-threshold facets, which it has not', () => {
    const service = toHsdsService(s, {
      collection: 'openings',
      doc: opening({ kind: 'neighbourhood_job', ladderRungs: ['5'] }),
    })
    expect(service).toMatchObject({
      meedoen_kind: 'neighbourhood_job',
      meedoen_ladder_rungs: [{ rung: 5, label: 'Betaald werk met ondersteuning' }],
    })
    expect(service).not.toHaveProperty('meedoen_location_kind')
    expect(service).not.toHaveProperty('meedoen_low_threshold')
    expect(errorsOf('service', service)).toEqual([])
  })

  test('the profile refuses what HSDS alone lets through', () => {
    const valid = toHsdsService(s, { collection: 'openings', doc: opening() })
    const wrong: [string, Record<string, unknown>][] = [
      ['an unknown kind', { ...valid, meedoen_kind: 'job' }],
      ['no kind', { ...valid, meedoen_kind: undefined }],
      [
        'a rung with another’s label',
        { ...valid, meedoen_ladder_rungs: [{ rung: 4, label: 'Betaald werk' }] },
      ],
      ['a rung beyond 6', { ...valid, meedoen_ladder_rungs: [{ rung: 7, label: 'Betaald werk' }] }],
      ['an unknown facet', { ...valid, meedoen_low_threshold: ['cheap'] }],
      ['a facet twice', { ...valid, meedoen_low_threshold: ['free', 'free'] }],
      ['where as free text', { ...valid, meedoen_location_kind: 'in het park' }],
      ['a date-time as assured_date', { ...valid, assured_date: '2026-03-02T10:00:00Z' }],
    ]
    for (const [what, service] of wrong) {
      const doc = JSON.parse(JSON.stringify(service)) as unknown
      expect({
        what,
        canonical: errorsOf('service', doc).filter((e) => !e.startsWith('profile:')),
      }).toEqual({
        what,
        canonical: [],
      })
      expect({ what, refused: profileErrorsOf('service', doc).length > 0 }).toEqual({
        what,
        refused: true,
      })
    }
  })
})

test('the value sets of profile 1.0.0: a change to them is a new version of the profile', () => {
  // The enums follow src/lib/vocabulary.ts (tests/unit/hsds/profile.test.ts); when the words
  // change, so does the profile: add the value here and bump PROFILE_VERSION (minor for a new
  // value, major for one removed or renamed), and say so in docs/hsds-profile.md.
  const own = (PROFILE_PATCHES['service.json'] as { properties: Record<string, Schema> }).properties
  expect(PROFILE_VERSION).toBe('1.0.0')
  expect({
    kind: own.meedoen_kind!.enum,
    location: own.meedoen_location_kind!.enum,
    lowThreshold: own.meedoen_low_threshold!.items!.enum,
    rungs: own.meedoen_ladder_rungs!.items!.properties!.rung!.enum,
  }).toEqual({
    kind: [
      'activity',
      'volunteer',
      'work_experience',
      'learn_work',
      'participation',
      'day_activity',
      'internship',
      'neighbourhood_job',
      'paid_job',
    ],
    location: ['venue', 'outdoor', 'online'],
    lowThreshold: [
      'walk_in',
      'free',
      'no_referral',
      'prikkelarm',
      'buddy_welcome',
      'dutch_practice',
    ],
    rungs: [1, 2, 3, 4, 5, 6],
  })
})
