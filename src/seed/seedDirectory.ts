import type { CollectionSlug, Payload } from 'payload'

import type { IDs, Lookups } from './buildListings'
import { ORGANISATIONS } from './data/organisations'
import { AREAS, THEMES } from './data/taxonomies'
import { type DemoVenue, VENUES } from './data/venues'
import { ACCESSIBILITY_FACETS } from '../lib/vocabulary'

/** Creates one document per row, in order; the new ids by each row's slug. */
const createEach = async <T extends { slug: string }>(
  payload: Payload,
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

/** The demo organisations, published, serving the given areas. */
const seedOrganisations = (payload: Payload, areas: IDs) =>
  createEach(payload, 'organisations', ORGANISATIONS, (o) => ({
    slug: o.slug,
    name: o.name,
    type: o.type,
    verified: o.verified,
    waitlist: o.waitlist ?? false,
    description: o.description,
    contact: { email: o.email, phone: o.phone, website: o.website },
    kvkNumber: o.kvkNumber ?? null,
    address: o.address,
    areasServed: o.areasServed.map((a) => areas.get(a)),
    _status: 'published',
  }))

/** The demo venues, published, with their organisations, areas and opening hours. */
/** The demo's ticks as answers: ticked is yes, unticked no, not mentioned not known. */
const answers = ({ notes, ...facts }: DemoVenue['accessibility']) => ({
  ...Object.fromEntries(
    ACCESSIBILITY_FACETS.map((f) => [
      f,
      facts[f] === undefined ? 'unknown' : facts[f] ? 'yes' : 'no',
    ]),
  ),
  notes,
})

const seedVenues = (payload: Payload, organisations: IDs, areas: IDs) =>
  createEach(payload, 'venues', VENUES, (v) => ({
    slug: v.slug,
    name: v.name,
    type: v.type,
    description: v.description,
    organisations: v.organisations.map((o) => organisations.get(o)),
    address: v.address,
    location: v.location,
    areas: v.areas.map((a) => areas.get(a)),
    accessibility: answers(v.accessibility),
    openingHours: v.openingHours.map(([weekday, opens, closes]) => ({
      weekday: String(weekday),
      opens,
      closes,
    })),
    rooms: v.rooms ?? [],
    _status: 'published',
  }))

/**
 * What the listings refer to: themes, areas, organisations and venues, in that order. The ids
 * by slug, for the listings and users that follow.
 */
export const seedDirectory = async (payload: Payload): Promise<Omit<Lookups, 'now'>> => {
  const themes = await createEach(
    payload,
    'themes',
    THEMES,
    ({ slug, name, nameEn, description }) => ({
      slug,
      name,
      nameEn,
      description,
    }),
  )
  const areas = await createEach(payload, 'areas', AREAS, ({ slug, name, municipality }) => ({
    slug,
    name,
    municipality,
  }))
  const organisations = await seedOrganisations(payload, areas)
  const venues = await seedVenues(payload, organisations, areas)
  return { organisations, venues, themes, areas }
}

/** How many of each the directory seed creates. */
export const DIRECTORY_COUNTS = {
  themes: THEMES.length,
  areas: AREAS.length,
  organisations: ORGANISATIONS.length,
  venues: VENUES.length,
}
