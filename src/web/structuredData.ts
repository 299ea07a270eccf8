import { httpUrl } from '../lib/httpUrl'
import { nextOccurrences, scheduleFromFields, type SchoolHoliday } from '../lib/schedule'
import type { Activity, Media, Opening, Organisation, Venue } from '../payload-types'
import { populated } from './components/populated'

/** schema.org JSON-LD for search engines and other portals (Event, JobPosting, Place, Organization). */

type Address = Venue['address'] | Organisation['address']

const postalAddress = (a: Address | undefined) =>
  a && a.street
    ? {
        '@type': 'PostalAddress',
        streetAddress: `${a.street} ${a.houseNumber ?? ''}`.trim(),
        postalCode: a.postcode ?? undefined,
        addressLocality: a.city ?? undefined,
        addressCountry: 'NL',
      }
    : undefined

/** Our own image URLs (Payload writes them with the server's URL): absolute http(s) or left out. */
const ownUrl = (u: string | null | undefined): u is string =>
  typeof u === 'string' && /^https?:\/\/[^/\s]+\//i.test(u)

/** The photos' largest stored sizes as schema.org `image`. */
const imageLd = (items: (Media | number | null | undefined)[] | null | undefined) => {
  const urls = (items ?? [])
    .map((i) => populated<Media>(i))
    .map((m) => m?.sizes?.hero?.url ?? m?.url)
    .filter(ownUrl)
  return urls.length ? { image: urls } : {}
}

const placeLd = (venue: Venue, url?: string) => ({
  '@type': 'Place',
  name: venue.name,
  ...(url ? { url } : {}),
  address: postalAddress(venue.address),
  ...(venue.location
    ? {
        geo: {
          '@type': 'GeoCoordinates',
          latitude: venue.location[1],
          longitude: venue.location[0],
        },
      }
    : {}),
  ...(url ? imageLd(venue.photos) : {}),
})

const organizationLd = (o: Organisation, url?: string) => ({
  '@type': 'Organization',
  name: o.name,
  ...(url ? { url } : {}),
  ...(o.description ? { description: o.description } : {}),
  ...(o.contact?.email ? { email: o.contact.email } : {}),
  ...(o.contact?.phone ? { telephone: o.contact.phone } : {}),
  ...(httpUrl(o.contact?.website) ? { sameAs: httpUrl(o.contact?.website) } : {}),
  ...(o.address?.street ? { address: postalAddress(o.address) } : {}),
  ...(url && ownUrl(populated<Media>(o.logo)?.url) ? { logo: populated<Media>(o.logo)!.url } : {}),
})

const URL_KEYS = new Set(['url', 'sameAs'])

/** Whatever a document holds, a link in JSON-LD is an absolute http(s) URL or left out. */
const onlyHttpUrls = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(onlyHttpUrls)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(
        ([key, v]) =>
          !URL_KEYS.has(key) || (typeof v === 'string' && /^https?:\/\//i.test(v) && httpUrl(v)),
      )
      .map(([key, v]) => [key, onlyHttpUrls(v)]),
  )
}

const withContext = <T extends object>(o: T) => ({
  '@context': 'https://schema.org',
  ...(onlyHttpUrls(o) as T),
})

export const venueDocumentLd = (venue: Venue, url: string) => withContext(placeLd(venue, url))
export const organisationDocumentLd = (o: Organisation, url: string) =>
  withContext(organizationLd(o, url))

/** One Event per upcoming occurrence (at most `count`). */
export const activityEventsLd = (
  a: Activity,
  url: string,
  holidays: SchoolHoliday[],
  now: Date,
  count = 5,
) => {
  const venue = populated<Venue>(a.venue)
  const organisation = populated<Organisation>(a.organisation)
  const online = a.locationKind === 'online'
  const location = online
    ? { '@type': 'VirtualLocation', url }
    : venue
      ? placeLd(venue)
      : { '@type': 'Place', name: a.locationNote ?? 'Buiten' }
  return nextOccurrences(scheduleFromFields(a.schedule), { from: now, count, holidays }).map((o) =>
    withContext({
      '@type': 'Event',
      name: a.title,
      description: a.summary,
      url,
      startDate: o.start,
      endDate: o.end,
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: online
        ? 'https://schema.org/OnlineEventAttendanceMode'
        : 'https://schema.org/OfflineEventAttendanceMode',
      location,
      isAccessibleForFree: a.cost?.kind === 'free',
      ...(a.cost?.kind === 'amount' && a.cost.amount !== null && a.cost.amount !== undefined
        ? { offers: { '@type': 'Offer', price: a.cost.amount, priceCurrency: 'EUR', url } }
        : {}),
      ...(organisation ? { organizer: organizationLd(organisation) } : {}),
      ...(a.ageMin || a.ageMax ? { typicalAgeRange: `${a.ageMin ?? 0}-${a.ageMax ?? ''}` } : {}),
      ...imageLd(a.photos),
    }),
  )
}

/** schema.org employmentType for each kind of opening. */
const employmentType = (
  o: Pick<Opening, 'kind' | 'hoursPerWeekMax' | 'hoursPerWeekMin'>,
): string[] => {
  switch (o.kind) {
    case 'volunteer':
      return ['VOLUNTEER']
    case 'internship':
      return ['INTERN']
    case 'learn_work':
      return ['INTERN', 'PART_TIME']
    case 'work_experience':
      return ['TEMPORARY']
    case 'neighbourhood_job':
      return ['PART_TIME']
    case 'paid_job':
      return [(o.hoursPerWeekMax ?? o.hoursPerWeekMin ?? 0) >= 32 ? 'FULL_TIME' : 'PART_TIME']
    default:
      return ['OTHER']
  }
}

export const jobPostingLd = (o: Opening, url: string) => {
  const venue = populated<Venue>(o.venue)
  const organisation = populated<Organisation>(o.organisation)
  return withContext({
    '@type': 'JobPosting',
    title: o.title,
    description: [...new Set([o.summary, o.description].filter(Boolean))].join('\n\n'),
    url,
    datePosted: (o.checkedOn ?? o.createdAt).slice(0, 10),
    ...(o.validThrough ? { validThrough: o.validThrough } : {}),
    employmentType: employmentType(o),
    ...(organisation ? { hiringOrganization: organizationLd(organisation) } : {}),
    // Google requires a place: the venue, else the organisation's own address.
    ...(venue
      ? { jobLocation: placeLd(venue) }
      : organisation?.address?.city
        ? {
            jobLocation: {
              '@type': 'Place',
              name: organisation.name,
              address: postalAddress(organisation.address),
            },
          }
        : {}),
    ...(o.placesAvailable ? { totalJobOpenings: o.placesAvailable } : {}),
    ...(o.hoursPerWeekMax
      ? { workHours: `${o.hoursPerWeekMin ?? o.hoursPerWeekMax}-${o.hoursPerWeekMax} uur per week` }
      : {}),
    ...(o.requirements ? { qualifications: o.requirements } : {}),
    ...(o.whatYouLearn ? { skills: o.whatYouLearn } : {}),
    ...imageLd(o.photos),
    directApply: false,
  })
}
