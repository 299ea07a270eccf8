import type { CollectionBeforeChangeHook } from 'payload'

import { inLanguage } from '../../fields/inLanguage'
import { rangeIssue, throwIfIssues } from '../../fields/rangeError'

/** Cross-field checks that single-field validation cannot make. */
export const validateOpening: CollectionBeforeChangeHook = ({ data, req }) => {
  const placesOverTotal =
    typeof data.placesAvailable === 'number' &&
    typeof data.placesTotal === 'number' &&
    data.placesAvailable > data.placesTotal
      ? [
          {
            path: 'placesAvailable',
            message: inLanguage(
              req,
              'Er kunnen niet meer plekken vrij zijn dan er zijn.',
              'Places available cannot exceed places in total.',
            ),
          },
        ]
      : []
  throwIfIssues(req, 'openings', [
    ...rangeIssue(req, data.hoursPerWeekMin, data.hoursPerWeekMax, 'hoursPerWeekMin', {
      nl: 'Het minimum aantal uren',
      en: 'The minimum hours',
    }),
    ...placesOverTotal,
  ])
  return data
}
