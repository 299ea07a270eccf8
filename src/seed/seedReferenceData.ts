import type { Payload } from 'payload'

import { SCHOOL_HOLIDAYS_SEED } from '../lib/schedule/schoolHolidays'
import { DUTCH_SYNONYMS } from '../lib/search/understand/data/synonyms'

/**
 * Reference data every installation needs, demo or not: the school holidays per region and
 * the search's synonyms. Each added when its collection is empty; after that editors own them
 * in the admin.
 */
export const seedReferenceData = async (
  payload: Payload,
): Promise<{ schoolHolidays: number; synonyms: number }> => {
  const synonyms = await seedSynonyms(payload)
  const { totalDocs } = await payload.count({ collection: 'school-holidays', overrideAccess: true })
  if (totalDocs > 0) return { schoolHolidays: 0, synonyms }
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
  return { schoolHolidays: SCHOOL_HOLIDAYS_SEED.length, synonyms }
}

const seedSynonyms = async (payload: Payload): Promise<number> => {
  const { totalDocs } = await payload.count({ collection: 'search-synonyms', overrideAccess: true })
  if (totalDocs > 0) return 0
  for (const group of DUTCH_SYNONYMS)
    await payload.create({
      collection: 'search-synonyms',
      overrideAccess: true,
      data: { words: group.join(', ') },
    })
  return DUTCH_SYNONYMS.length
}
