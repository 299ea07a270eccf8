import type { Activity } from '../../payload-types'
import type { SchoolHoliday } from '../schedule'
import { activityToIndexDoc } from '../search/toIndexDoc'
import type { IndexDoc } from '../search/types'
import type { ExternalListingData } from './fromSessionSeries'

interface ExternalRecord {
  id: number | string
  title: string
  url?: string | null
  organisationName?: string | null
  themes?: (number | string | { id: number | string })[] | null
}

/**
 * A listing of another directory shaped as the activity our cards and index read (title,
 * summary, where, when, cost, for whom), with its page at the source in place of a slug.
 */
export const externalAsActivity = (e: ExternalRecord, data: ExternalListingData): Activity =>
  ({
    id: e.id,
    title: e.title,
    slug: e.url ?? null,
    summary: data.summary,
    organisation: { id: 0, name: e.organisationName ?? '' },
    locationKind: data.online ? 'online' : 'venue',
    venue: data.venue
      ? {
          id: 0,
          name: data.venue.name,
          address: {
            street: data.venue.address,
            houseNumber: '',
            postcode: '',
            city: data.venue.city ?? '',
          },
          location:
            data.venue.lat !== null && data.venue.lon !== null
              ? [data.venue.lon, data.venue.lat]
              : null,
          accessibility: {},
        }
      : null,
    schedule: data.schedule,
    cost: data.cost,
    ageMin: data.ageMin,
    ageMax: data.ageMax,
    themes: e.themes ?? [],
    areas: [],
  }) as unknown as Activity

/**
 * A listing of another directory as a row of the public index, read the way our own activities
 * are (where, when, for whom, what it costs), with its page at the source in place of a slug.
 * Without a page there is nothing to link to: it is not indexed (null).
 */
export const externalIndexDoc = (
  e: ExternalRecord,
  data: ExternalListingData,
  now: Date,
  holidays: SchoolHoliday[],
): IndexDoc | null => {
  if (!e.url) return null
  return {
    ...activityToIndexDoc(externalAsActivity(e, data), now, holidays),
    collection: 'external-listings',
    id: String(e.id),
  }
}
