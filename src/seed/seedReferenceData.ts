import type { Payload } from 'payload'

import { SCHOOL_HOLIDAYS_SEED } from '../lib/schedule/schoolHolidays'

/**
 * Reference data every installation needs, demo or not: the school holidays per region.
 * Added once; after that editors own them in the admin.
 */
export const seedReferenceData = async (payload: Payload): Promise<{ schoolHolidays: number }> => {
  const { totalDocs } = await payload.count({ collection: 'school-holidays', overrideAccess: true })
  if (totalDocs > 0) return { schoolHolidays: 0 }
  for (const holiday of SCHOOL_HOLIDAYS_SEED) {
    await payload.create({
      collection: 'school-holidays',
      overrideAccess: true,
      data: {
        name: holiday.name,
        region: holiday.region,
        firstDay: `${holiday.firstDay}T12:00:00.000Z`,
        lastDay: `${holiday.lastDay}T12:00:00.000Z`,
        confidence: holiday.confidence ?? 'estimated',
      },
    })
  }
  return { schoolHolidays: SCHOOL_HOLIDAYS_SEED.length }
}
