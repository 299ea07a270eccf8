import type { Payload, TypedUser } from 'payload'

import { schoolHolidayFromFields, type SchoolHoliday } from '../lib/schedule'

type StoredHoliday = { region: SchoolHoliday['region']; name: string; firstDay: string; lastDay: string }

/** The school holidays as editors maintain them (readable by anyone), for next dates. */
export const getSchoolHolidays = async (payload: Payload, user: TypedUser | null = null): Promise<SchoolHoliday[]> =>
  (
    await payload.find({ collection: 'school-holidays', overrideAccess: false, user, pagination: false, depth: 0 })
  ).docs.map((h) => schoolHolidayFromFields(h as StoredHoliday))
