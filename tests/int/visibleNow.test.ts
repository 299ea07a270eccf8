import { afterAll, beforeAll, expect, test } from '@jest/globals'

import {
  type AccessFixtures,
  activityData,
  createAccessFixtures,
  openingData,
} from '../helpers/accessFixtures'
import { localDriver, restDriver } from '../helpers/apiDrivers'
import { startPayload, type TestPayload } from '../helpers/payload'

/**
 * A listing leaves the public the moment it passes its limit, not when the nightly job next runs:
 * not checked for 180 days, an opening past its last day, a one-off activity whose day has gone.
 * Its own organisation and the editors still see it (to bring it back).
 */
let t: TestPayload
let f: AccessFixtures
const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()
const ids: Record<string, string> = {}
beforeAll(async () => {
  t = await startPayload()
  f = await createAccessFixtures(t.payload)
  const make = async (
    name: string,
    collection: 'activities' | 'openings',
    data: Record<string, unknown>,
  ) => {
    ids[name] = String(
      (await t.payload.create({ collection, data: data as never, overrideAccess: true })).id,
    )
  }
  const org = Number(f.orgA)
  await make('stale', 'activities', {
    ...activityData(org, 'Niet meer gecontroleerd', 'published'),
    checkedOn: ago(181),
    staleHidden: false,
  })
  await make('fresh', 'activities', {
    ...activityData(org, 'Net gecontroleerd', 'published'),
    checkedOn: ago(179),
  })
  await make('ended', 'openings', {
    ...openingData(org, 'Gisteren afgelopen', 'published'),
    validThrough: ago(1.5),
    checkedOn: ago(1),
  })
  await make('lastDay', 'openings', {
    ...openingData(org, 'Vandaag de laatste dag', 'published'),
    validThrough: new Date().toISOString(),
    checkedOn: ago(1),
  })
  await make('past', 'activities', {
    ...activityData(org, 'Eenmalig, vorige week', 'published'),
    checkedOn: ago(1),
    schedule: { kind: 'once', date: ago(7), startTime: '10:00', endTime: '12:00' },
  })
}, 120_000)
afterAll(async () => t?.stop())

test.each(['local', 'rest'] as const)(
  '%s: anonymous visitors and other organisations no longer see listings past their limits; the rest stay',
  async (api) => {
    const driver = api === 'local' ? localDriver(t.payload) : restDriver(t.payload)
    for (const actor of [f.users.anonymous, f.users.memberB, f.users.professional]) {
      const seen = new Set([
        ...(await driver.findIDs(actor, 'activities')),
        ...(await driver.findIDs(actor, 'openings')),
      ])
      expect([ids.stale, ids.ended, ids.past].filter((id) => seen.has(id!))).toEqual([])
      expect([ids.fresh, ids.lastDay].every((id) => seen.has(id!))).toBe(true)
    }
  },
)

test('its own organisation and the editors still see them, to confirm or extend them', async () => {
  const driver = localDriver(t.payload)
  for (const actor of [f.users.memberA, f.users.editor]) {
    const seen = new Set([
      ...(await driver.findIDs(actor, 'activities')),
      ...(await driver.findIDs(actor, 'openings')),
    ])
    expect([ids.stale, ids.ended, ids.past].every((id) => seen.has(id!))).toBe(true)
  }
})
