import type { Payload, TypedUser } from 'payload'

import type { Activity, Opening, Organisation, Venue } from '../payload-types'
import { CARD_FIELDS, CARD_POPULATE } from './search'
import type { ListingSlug } from '../lib/vocabulary'

/** Who reads: the CMS and the visitor (null: the public). */
export type Reader = { payload: Payload; user: TypedUser | null }

/**
 * The public site shows what residents may see, also to logged-in editors and members (whose
 * access rules would let them read more): published, and not hidden as out of date.
 */
export const notHidden = { staleHidden: { not_equals: true } }
export const LISTINGS = new Set(['activities', 'openings'])

/** What a detail page shows of the documents a listing refers to. */
export const DETAIL_POPULATE = {
  organisations: {
    name: true,
    slug: true,
    contact: true,
    address: true,
    description: true,
    waitlist: true,
  },
  themes: { name: true },
  areas: { name: true },
} as const

/** One published document by its slug, as the visitor may read it (depth 1), or null. */
const bySlug = async <T>(
  { payload, user }: Reader,
  collection: ListingSlug | 'venues' | 'organisations',
  slug: string,
): Promise<T | null> => {
  if (!/^[\w-]{1,200}$/.test(slug)) return null
  const { docs } = await payload.find({
    collection,
    where: {
      and: [
        { slug: { equals: slug } },
        { _status: { equals: 'published' } },
        ...(LISTINGS.has(collection) ? [notHidden] : []),
      ],
    },
    overrideAccess: false,
    user,
    depth: 1,
    limit: 1,
    populate: DETAIL_POPULATE,
  })
  return (docs[0] as T | undefined) ?? null
}

export const getActivity = (r: Reader, slug: string) => bySlug<Activity>(r, 'activities', slug)

type Versioned = ListingSlug | 'venues' | 'organisations'

/**
 * A document's latest version, draft included, for the admin's preview — or null unless this
 * user may read its versions (its own organisation's members, editors). Anyone else could
 * read a published one on the site, but a preview is of the work in progress.
 */
const draftOf = async <T>(
  { payload, user }: Reader,
  collection: Versioned,
  id: string,
): Promise<T | null> => {
  if (!user || !/^\d{1,12}$/.test(id)) return null
  const versions = await payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user,
    select: {},
  })
  if (versions.totalDocs === 0) return null
  const populate =
    collection === 'activities' || collection === 'openings' ? DETAIL_POPULATE : undefined
  return (
    ((await payload.findByID({
      collection,
      id,
      draft: true,
      depth: 1,
      overrideAccess: false,
      user,
      disableErrors: true,
      populate,
    })) as T | null) ?? null
  )
}

export const getDraftListing = (r: Reader, collection: ListingSlug, id: string) =>
  draftOf<Activity | Opening>(r, collection, id)

/** Openings stay readable while full; closed or expired ones are unpublished by the nightly job. */
export const getOpening = (r: Reader, slug: string) => bySlug<Opening>(r, 'openings', slug)

export interface ListingsOf {
  activities: Activity[]
  openings: Opening[]
}

const listingsWhere = async (
  { payload, user }: Reader,
  field: 'venue' | 'organisation',
  id: number,
): Promise<ListingsOf> => {
  // At most 100 of each on one page; the search page lists the rest.
  const common = {
    overrideAccess: false as const,
    user,
    depth: 1,
    limit: 100,
    sort: 'title',
    populate: CARD_POPULATE,
  }
  const published = { and: [{ _status: { equals: 'published' } }, notHidden] }
  const [activities, openings] = await Promise.all([
    payload.find({
      ...common,
      collection: 'activities',
      select: CARD_FIELDS.activities,
      where: { and: [published, { [field]: { equals: id } }] },
    }),
    payload.find({
      ...common,
      collection: 'openings',
      select: CARD_FIELDS.openings,
      where: {
        and: [published, { [field]: { equals: id } }, { status: { not_equals: 'closed' } }],
      },
    }),
  ])
  return {
    activities: activities.docs as unknown as Activity[],
    openings: openings.docs as unknown as Opening[],
  }
}

const withVenueListings = async (
  r: Reader,
  venue: Venue | null,
): Promise<(ListingsOf & { venue: Venue }) | null> =>
  venue ? { venue, ...(await listingsWhere(r, 'venue', venue.id)) } : null

export const getVenue = async (r: Reader, slug: string) =>
  withVenueListings(r, await bySlug<Venue>(r, 'venues', slug))

export const getDraftVenue = async (r: Reader, id: string) =>
  withVenueListings(r, await draftOf<Venue>(r, 'venues', id))

export const getOrganisation = async (r: Reader, slug: string) =>
  withOrganisationListings(r, await bySlug<Organisation>(r, 'organisations', slug))

/** The published organisation that an address now belongs to, after an editor merged the old one into it. */
export const mergedOrganisationSlug = async (
  { payload, user }: Reader,
  slug: string,
): Promise<string | null> => {
  if (!/^[\w-]{1,200}$/.test(slug)) return null
  const { docs } = await payload.find({
    collection: 'organisations',
    where: { and: [{ formerSlugs: { in: [slug] } }, { _status: { equals: 'published' } }] },
    overrideAccess: false,
    user,
    depth: 0,
    limit: 1,
    select: { slug: true },
  })
  return docs[0]?.slug ?? null
}

export const getDraftOrganisation = async (r: Reader, id: string) =>
  withOrganisationListings(r, await draftOf<Organisation>(r, 'organisations', id))

const withOrganisationListings = async (
  r: Reader,
  organisation: Organisation | null,
): Promise<(ListingsOf & { organisation: Organisation; venues: Venue[] }) | null> => {
  if (!organisation) return null
  const [listings, venues] = await Promise.all([
    listingsWhere(r, 'organisation', organisation.id),
    r.payload.find({
      collection: 'venues',
      where: {
        and: [{ _status: { equals: 'published' } }, { organisations: { in: [organisation.id] } }],
      },
      overrideAccess: false,
      user: r.user,
      depth: 0,
      pagination: false,
      sort: 'name',
      select: { name: true, slug: true },
    }),
  ])
  return { organisation, venues: venues.docs as unknown as Venue[], ...listings }
}
