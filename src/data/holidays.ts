import type { Payload } from 'payload'

import { schoolHolidayFromFields, type SchoolHoliday } from '../lib/schedule'
import { cachedReference } from './referenceCache'

type StoredHoliday = {
  region: SchoolHoliday['region']
  name: string
  firstDay: string
  lastDay: string
}

/** The school holidays as editors maintain them (readable by anyone, so one cached copy serves all), for next dates. */
export const getSchoolHolidays = (payload: Payload): Promise<SchoolHoliday[]> =>
  cachedReference(payload, 'school-holidays', async () =>
    (
      await payload.find({
        collection: 'school-holidays',
        overrideAccess: false,
        user: null,
        pagination: false,
        depth: 0,
      })
    ).docs.map((h) => schoolHolidayFromFields(h as StoredHoliday)),
  )
