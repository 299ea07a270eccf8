import type { Payload, TypedUser } from 'payload'

import { schoolHolidayFromFields, type SchoolHoliday } from '../lib/schedule'
import type { Activity, Opening } from '../payload-types'

export interface HomeListings {
  activities: Activity[]
  openings: Opening[]
  /** For the next dates of recurring activities. */
  holidays: SchoolHoliday[]
  now: Date
}

/**
 * What the home page shows: recently checked published activities and open openings. Reads
 * as the visitor (anonymous unless logged in) so access rules decide what is visible.
 */
export const getHomeListings = async (
  payload: Payload,
  user: TypedUser | null = null,
  limit = 12,
): Promise<HomeListings> => {
  const common = { overrideAccess: false as const, user, limit, depth: 1, sort: ['-checkedOn', 'title'] }
  const [activities, openings, holidays] = await Promise.all([
    payload.find({ ...common, collection: 'activities', where: { _status: { equals: 'published' } } }),
    payload.find({
      ...common,
      collection: 'openings',
      where: { and: [{ _status: { equals: 'published' } }, { status: { equals: 'open' } }] },
    }),
    findSchoolHolidays(payload, user),
  ])
  return { activities: activities.docs, openings: openings.docs, holidays: holidays.map(schoolHolidayFromFields), now: new Date() }
}

type StoredHoliday = { region: SchoolHoliday['region']; name: string; firstDay: string; lastDay: string }

/** The school holidays as editors maintain them (readable by anyone). */
export const findSchoolHolidays = async (payload: Payload, user: TypedUser | null): Promise<StoredHoliday[]> =>
  (await payload.find({ collection: 'school-holidays', overrideAccess: false, user, pagination: false, depth: 0 })).docs
