import type { IndexDoc } from '../../src/lib/search/types'

/**
 * A search-index document for tests and benchmarks: an activity with no place, no facets and
 * no next date, with what the test cares about given in `fields`.
 */
export const indexDoc = (id: string, fields: Partial<IndexDoc> = {}): IndexDoc => ({
  collection: 'activities',
  id,
  kind: 'activity',
  title: '',
  summary: '',
  body: '',
  slug: null,
  lat: null,
  lon: null,
  free: false,
  walkIn: false,
  ageMin: null,
  ageMax: null,
  weekdays: [],
  partsOfDay: [],
  themes: [],
  areas: [],
  accessibility: [],
  rungs: [],
  nextStart: null,
  ...fields,
})
