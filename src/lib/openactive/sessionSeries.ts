import { documentHref } from '../paths'
import type { SchoolHoliday } from '../schedule'
import type { ScheduleFields } from '../schedule/fromFields'
import { toEventSchedule } from './eventSchedule'
import type { FeedSite } from './site'

/**
 * A public activity as an OpenActive `SessionSeries` (Modelling Opportunity Data 2.0): what,
 * who organises it, where, for whom, what it costs and when (`eventSchedule`). Only what the
 * public page shows; Dutch texts stay Dutch. Themes are the `activity` concepts, in the site's
 * own scheme: OpenActive's activity list is about sport and has no taalcafé or koffie-ochtend.
 */
interface Named {
  id: number
  slug?: string | null
}

export interface FeedActivity extends Named {
  title: string
  summary: string
  description?: string | null
  organisation: number | (Named & { name: string; contact?: { phone?: string | null } | null })
  locationKind?: string | null
  locationNote?: string | null
  venue?:
    | number
    | null
    | (Named & { name: string; address: VenueAddress; location?: [number, number] | null })
  schedule: ScheduleFields
  cost: { kind: 'free' | 'amount' | 'pay_what_you_can'; amount?: number | null }
  ageMin?: number | null
  ageMax?: number | null
  languages?: string[] | null
  themes?: (number | (Named & { name: string }))[] | null
}

interface VenueAddress {
  street: string
  houseNumber: string
  postcode: string
  city: string
}

export const FEED_PATH = '/api/feeds/session-series'
/** The site's themes as a concept scheme: listed on its open-data page, one anchor each. */
export const THEMES_SCHEME_PATH = '/open-data'
export const themeAnchor = (id: number | string) => `thema-${id}`

const pageOf = (
  site: FeedSite,
  collection: 'activities' | 'venues' | 'organisations',
  doc: Named,
) => (doc.slug ? `${site.serverURL}${documentHref('nl', collection, doc.slug)}` : undefined)

/** ISO 639-1 codes; "eenvoudig Nederlands" is Dutch. */
const inLanguage = (languages: string[] | null | undefined) => [
  ...new Set((languages ?? []).map((l) => (l === 'nl_easy' ? 'nl' : l))),
]

const organizer = (site: FeedSite, o: FeedActivity['organisation']) => {
  if (!o || typeof o !== 'object') return undefined
  const url = pageOf(site, 'organisations', o)
  return {
    '@type': 'Organization',
    '@id': url ?? `${site.serverURL}/#organisatie-${o.id}`,
    name: o.name,
    ...(url ? { url } : {}),
    ...(o.contact?.phone ? { telephone: o.contact.phone } : {}),
  }
}

/**
 * At a venue: its address and pin. Online: no place, attended online. Outdoors with only a
 * meeting point in words: null, because OpenActive needs an address or coordinates to show
 * it, and a guessed one would send people to the wrong place.
 */
const location = (site: FeedSite, a: FeedActivity) => {
  if (a.locationKind === 'online')
    return { eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode' }
  const v = a.venue
  if ((a.locationKind ?? 'venue') !== 'venue' || typeof v !== 'object' || !v) return null
  const url = pageOf(site, 'venues', v)
  const [longitude, latitude] = v.location ?? []
  return {
    location: {
      '@type': 'Place',
      '@id': url ?? `${site.serverURL}/#locatie-${v.id}`,
      name: v.name,
      ...(url ? { url } : {}),
      address: {
        '@type': 'PostalAddress',
        streetAddress: `${v.address.street} ${v.address.houseNumber}`,
        postalCode: v.address.postcode,
        addressLocality: v.address.city,
        ...(site.province ? { addressRegion: site.province } : {}),
        addressCountry: 'NL',
      },
      ...(typeof latitude === 'number' && typeof longitude === 'number'
        ? { geo: { '@type': 'GeoCoordinates', latitude, longitude } }
        : {}),
    },
  }
}

const offers = (url: string, cost: FeedActivity['cost']) => [
  {
    '@type': 'Offer',
    '@id': `${url}#prijs`,
    name:
      cost.kind === 'free'
        ? 'Gratis'
        : cost.kind === 'pay_what_you_can'
          ? 'Betaal wat je kunt'
          : 'Prijs',
    price: cost.kind === 'amount' ? (cost.amount ?? 0) : 0,
    priceCurrency: 'EUR',
  },
]

const ageRange = (a: FeedActivity) =>
  typeof a.ageMin === 'number' || typeof a.ageMax === 'number'
    ? {
        ageRange: {
          '@type': 'QuantitativeValue',
          ...(typeof a.ageMin === 'number' ? { minValue: a.ageMin } : {}),
          ...(typeof a.ageMax === 'number' ? { maxValue: a.ageMax } : {}),
        },
      }
    : {}

/** The activity as a SessionSeries, or null when it has no place OpenActive can describe. */
export const toSessionSeries = (
  site: FeedSite,
  a: FeedActivity,
  now: Date,
  holidays: SchoolHoliday[],
): Record<string, unknown> | null => {
  const where = location(site, a)
  // OpenActive requires an organizer: an activity whose organisation was deleted is left out.
  if (!where || a.organisation === null || a.organisation === undefined) return null
  const id = `${site.serverURL}${FEED_PATH}/${a.id}`
  const url = pageOf(site, 'activities', a) ?? id
  const scheme = `${site.serverURL}${THEMES_SCHEME_PATH}`
  const languages = inLanguage(a.languages)
  return {
    '@context': ['https://openactive.io/', 'https://openactive.io/ns-beta'],
    '@type': 'SessionSeries',
    '@id': id,
    identifier: a.id,
    name: a.title,
    description: [a.summary, a.description].filter(Boolean).join('\n\n'),
    url,
    organizer: organizer(site, a.organisation),
    ...where,
    activity: (a.themes ?? []).flatMap((t) =>
      t && typeof t === 'object'
        ? [
            {
              '@type': 'Concept',
              '@id': `${scheme}#${themeAnchor(t.id)}`,
              prefLabel: t.name,
              inScheme: `${scheme}#themas`,
            },
          ]
        : [],
    ),
    offers: offers(url, a.cost),
    ...(a.cost.kind === 'free' ? { isAccessibleForFree: true } : {}),
    ...ageRange(a),
    ...(languages.length ? { inLanguage: languages } : {}),
    eventSchedule: [toEventSchedule(a.schedule, now, holidays)],
  }
}
