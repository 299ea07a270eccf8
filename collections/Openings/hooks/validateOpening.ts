import type { CollectionBeforeChangeHook } from 'payload'

import { rangeIssue, throwIfIssues } from '../../fields/rangeError'

/** Cross-field checks that single-field validation cannot make. */
export const validateOpening: CollectionBeforeChangeHook = ({ data }) => {
  const placesOverTotal =
    typeof data.placesAvailable === 'number' && typeof data.placesTotal === 'number' && data.placesAvailable > data.placesTotal
      ? [{ path: 'placesAvailable', message: 'Er kunnen niet meer plekken vrij zijn dan er zijn. / Places available cannot exceed places in total.' }]
      : []
  throwIfIssues('openings', [
    ...rangeIssue(data.hoursPerWeekMin, data.hoursPerWeekMax, 'hoursPerWeekMin', { nl: 'Het minimum aantal uren', en: 'The minimum hours' }),
    ...placesOverTotal,
  ])
  return data
}
