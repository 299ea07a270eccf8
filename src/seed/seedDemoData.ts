import type { CollectionSlug, Payload } from 'payload'

import { activityData, openingData, type IDs, type Lookups } from './buildListings'
import { ASSEN_ACTIVITIES } from './data/activities/assen'
import { GRONINGEN_ACTIVITIES } from './data/activities/groningen'
import { HAREN_ACTIVITIES } from './data/activities/haren'
import { OPENINGS } from './data/openings'
import { ORGANISATIONS } from './data/organisations'
import { AREAS, THEMES } from './data/taxonomies'
import { DEMO_USERS } from './data/users'
import { VENUES } from './data/venues'
import { seedContactData } from './seedContactData'
import type { ListingSlug } from '../lib/vocabulary'

const DEMO_ACTIVITIES = [...HAREN_ACTIVITIES, ...GRONINGEN_ACTIVITIES, ...ASSEN_ACTIVITIES]

/** Deleted on reset, children before parents. School holidays and media stay. */
const DEMO_COLLECTIONS: CollectionSlug[] = [
  'interests',
  'interest-outcomes',
  'loket-requests',
  'listing-reports',
  'activities',
  'openings',
  'venues',
  'users',
  'organisations',
  'themes',
  'areas',
]

export interface SeedResult {
  seeded: boolean
  counts?: Record<string, number>
}

const hasContent = async (payload: Payload) => {
  for (const collection of ['users', 'organisations'] as const) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    if (totalDocs > 0) return true
  }
  return false
}

const clear = async (payload: Payload) => {
  for (const collection of DEMO_COLLECTIONS) {
    await payload.delete({
      collection,
      where: { id: { exists: true } },
      overrideAccess: true,
      context: { seeding: true },
    })
  }
}

/**
 * Fills an empty database with the fictional demo data. Does nothing when there are users or
 * organisations already (so a real installation is never touched), unless `reset` is set,
 * which first deletes all demo-type content. Runs as a script, so it bypasses access control.
 */
export const seedDemoData = async (
  payload: Payload,
  { reset = false, now = new Date() }: { reset?: boolean; now?: Date } = {},
): Promise<SeedResult> => {
  if (reset) await clear(payload)
  else if (await hasContent(payload)) return { seeded: false }

  const create = async <T extends { slug: string }>(
    collection: CollectionSlug,
    rows: readonly T[],
    data: (row: T, i: number) => object,
  ) => {
    const ids: IDs = new Map()
    for (const [i, row] of rows.entries()) {
      const doc = await payload.create({
        collection,
        data: data(row, i) as never,
        overrideAccess: true,
        context: { seeding: true },
      })
      ids.set(row.slug, doc.id)
    }
    return ids
  }

  const themes = await create('themes', THEMES, ({ slug, name, nameEn, description }) => ({
    slug,
    name,
    nameEn,
    description,
  }))
  const areas = await create('areas', AREAS, ({ slug, name, municipality }) => ({
    slug,
    name,
    municipality,
  }))
  const organisations = await create('organisations', ORGANISATIONS, (o) => ({
    slug: o.slug,
    name: o.name,
    type: o.type,
    verified: o.verified,
    description: o.description,
    contact: { email: o.email, phone: o.phone, website: o.website },
    kvkNumber: o.kvkNumber ?? null,
    address: o.address,
    areasServed: o.areasServed.map((a) => areas.get(a)),
    _status: 'published',
  }))
  const venues = await create('venues', VENUES, (v) => ({
    slug: v.slug,
    name: v.name,
    type: v.type,
    description: v.description,
    organisations: v.organisations.map((o) => organisations.get(o)),
    address: v.address,
    location: v.location,
    areas: v.areas.map((a) => areas.get(a)),
    accessibility: v.accessibility,
    openingHours: v.openingHours.map(([weekday, opens, closes]) => ({
      weekday: String(weekday),
      opens,
      closes,
    })),
    rooms: v.rooms ?? [],
    _status: 'published',
  }))

  const lookups: Lookups = { organisations, venues, themes, areas, now }
  const rows = async (collection: ListingSlug, data: object[], drafts: boolean[]) => {
    for (const [i, row] of data.entries()) {
      await payload.create({
        collection,
        data: row as never,
        draft: drafts[i],
        overrideAccess: true,
        context: { seeding: true },
      })
    }
  }
  await rows(
    'activities',
    DEMO_ACTIVITIES.map((a, i) => activityData(a, i, lookups)),
    DEMO_ACTIVITIES.map((a) => Boolean(a.draft)),
  )
  await rows(
    'openings',
    OPENINGS.map((o, i) => openingData(o, i, lookups)),
    OPENINGS.map((o) => Boolean(o.draft)),
  )

  for (const u of DEMO_USERS) {
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: {
        email: u.email,
        password: u.password,
        name: u.name,
        roles: u.roles,
        memberships: u.memberships.map((m) => ({
          organisation: organisations.get(m.organisation) as number,
          role: m.role,
        })),
      },
    })
  }

  const contact = await seedContactData(payload, now)

  return {
    seeded: true,
    counts: {
      interests: contact.interests,
      loketRequests: contact.loket,
      themes: THEMES.length,
      areas: AREAS.length,
      organisations: ORGANISATIONS.length,
      venues: VENUES.length,
      activities: DEMO_ACTIVITIES.length,
      openings: OPENINGS.length,
      users: DEMO_USERS.length,
    },
  }
}
