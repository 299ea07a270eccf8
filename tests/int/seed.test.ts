import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { lookupPc4 } from '../../src/lib/geo/pc4'
import { OPENING_KINDS } from '../../src/lib/vocabulary'
import { DEMO_USERS } from '../../src/seed/data/users'
import { seedDemoData } from '../../src/seed/seedDemoData'
import { seedReferenceData } from '../../src/seed/seedReferenceData'
import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
beforeAll(async () => {
  t = await startPayload()
})
afterAll(async () => t?.stop())

const all = { overrideAccess: true, pagination: false, depth: 0 } as const

const countAll = async () => {
  const out: Record<string, number> = {}
  for (const collection of [
    'organisations',
    'venues',
    'activities',
    'openings',
    'users',
    'themes',
    'areas',
    'school-holidays',
    'interests',
    'interest-outcomes',
    'loket-requests',
    'profiles',
    'referrals',
    'referral-outcomes',
  ] as const) {
    out[collection] = (await t.payload.count({ collection, overrideAccess: true })).totalDocs
  }
  return out
}

describe('demo data', () => {
  it('seeds an empty database with realistic content', async () => {
    await seedReferenceData(t.payload)
    const result = await seedDemoData(t.payload)
    expect(result.seeded).toBe(true)
    const counts = await countAll()
    expect(counts.organisations).toBeGreaterThanOrEqual(10)
    expect(counts.venues).toBeGreaterThanOrEqual(10)
    expect(counts.activities).toBeGreaterThanOrEqual(40)
    expect(counts.openings).toBeGreaterThanOrEqual(30)
    expect(counts.users).toBe(DEMO_USERS.length)
    expect(counts['school-holidays']).toBeGreaterThan(20)
  })

  it('has organisations of many types, venues in at least three towns near their postcode', async () => {
    const orgs = await t.payload.find({ collection: 'organisations', ...all })
    expect(new Set(orgs.docs.map((o) => o.type)).size).toBeGreaterThanOrEqual(6)
    const venues = await t.payload.find({ collection: 'venues', ...all })
    expect(new Set(venues.docs.map((v) => v.address.city)).size).toBeGreaterThanOrEqual(3)
    expect(new Set(venues.docs.map((v) => v.type)).size).toBeGreaterThanOrEqual(5)
    for (const venue of venues.docs) {
      const centroid = lookupPc4(venue.address.postcode, venue.address.city)
      expect(centroid).not.toBeNull()
      const [lon, lat] = venue.location as [number, number]
      // Within about 2 km of the PC4 centroid: plausible, not a town-centre pin elsewhere.
      expect(Math.abs(lon - centroid!.lon)).toBeLessThan(0.03)
      expect(Math.abs(lat - centroid!.lat)).toBeLessThan(0.02)
    }
  })

  it('publishes at least 40 activities and 30 openings covering every opening kind, plus drafts', async () => {
    const published = { _status: { equals: 'published' } } as const
    const activities = await t.payload.find({ collection: 'activities', where: published, ...all })
    expect(activities.totalDocs).toBeGreaterThanOrEqual(40)
    expect(new Set(activities.docs.map((a) => a.schedule.kind))).toEqual(
      new Set(['once', 'weekly', 'biweekly', 'monthly']),
    )
    const openings = await t.payload.find({ collection: 'openings', where: published, ...all })
    expect(openings.totalDocs).toBeGreaterThanOrEqual(30)
    expect(new Set(openings.docs.map((o) => o.kind))).toEqual(
      new Set(OPENING_KINDS.map((k) => k.value)),
    )
    const drafts = await t.payload.find({
      collection: 'activities',
      where: { _status: { equals: 'draft' } },
      ...all,
    })
    expect(drafts.totalDocs).toBeGreaterThan(0)
    expect(drafts.docs.every((d) => d.reviewState === 'awaiting_review')).toBe(true)
  })

  it('is idempotent: a second run changes nothing', async () => {
    const before = await countAll()
    expect((await seedDemoData(t.payload)).seeded).toBe(false)
    expect(await seedReferenceData(t.payload)).toEqual({ schoolHolidays: 0, synonyms: 0 })
    expect(await countAll()).toEqual(before)
  })

  it('reset replaces the demo data instead of adding to it', async () => {
    const before = await countAll()
    expect((await seedDemoData(t.payload, { reset: true })).seeded).toBe(true)
    expect(await countAll()).toEqual(before)
  })

  it("sends demo interests and loket requests the way residents do: for the listing's organisation, one overdue request", async () => {
    const interests = await t.payload.find({ collection: 'interests', ...all })
    expect(interests.totalDocs).toBe(3)
    const haren = (
      await t.payload.find({
        collection: 'organisations',
        where: { slug: { equals: 'welzijn-haren' } },
        ...all,
      })
    ).docs[0]!
    expect(
      interests.docs
        .filter((i) => i.organisation === haren.id)
        .map((i) => i.status)
        .sort(),
    ).toEqual(['contacted', 'new'])
    const { overdueLoketWhere } = await import('../../collections/LoketRequests')
    expect(
      (
        await t.payload.count({
          collection: 'loket-requests',
          where: overdueLoketWhere(new Date()),
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(1)
  })

  it("shows the chain at work: colleagues in the who's who, and one referral waiting for Welzijn Haren", async () => {
    const profiles = await t.payload.find({ collection: 'profiles', ...all })
    expect(profiles.docs.map((p) => p.organisationName).sort()).toEqual([
      'Gemeente Groningen, Werk en Inkomen',
      'Stichting Welzijn Haren',
      'Vrijwilligerscentrale Groningen',
    ])
    expect(profiles.docs.every((p) => p.user && (p.areas?.length ?? 0) > 0)).toBe(true)
    const referrals = await t.payload.find({ collection: 'referrals', ...all })
    expect(referrals.docs).toEqual([
      expect.objectContaining({ clientName: 'Marieke', status: 'sent', listingKind: 'volunteer' }),
    ])
  })

  it('every demo login works', async () => {
    for (const user of DEMO_USERS) {
      const { token } = await t.payload.login({
        collection: 'users',
        data: { email: user.email, password: user.password },
      })
      expect(token).toEqual(expect.any(String))
    }
  })
})
