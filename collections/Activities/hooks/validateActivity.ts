import type { CollectionBeforeChangeHook } from 'payload'

import { scheduleFromFields } from '../../../src/lib/schedule/fromFields'
import { validateSchedule } from '../../../src/lib/schedule/validateSchedule'
import type { Activity } from '../../../src/payload-types'
import { inLanguage } from '../../fields/inLanguage'
import { rangeIssue, throwIfIssues } from '../../fields/rangeError'

/**
 * Checks that need several fields at once: a schedule that can happen (end after start, a
 * date for one-off activities …), an age range the right way round, a venue when it is held
 * at one. Drafts are checked too: a wrong time is wrong in a draft as well.
 */
export const validateActivity: CollectionBeforeChangeHook<Activity> = ({ data, req }) => {
  // A list sent as something else (REST `{"schedule.weekdays": "2"}`) is refused, not read.
  const notLists = (['weekdays', 'exceptions'] as const)
    .filter((field) => data.schedule?.[field] != null && !Array.isArray(data.schedule[field]))
    .map((field) => ({
      path: `schedule.${field}`,
      message: inLanguage(req, 'Dit moet een lijst zijn.', 'This must be a list.'),
    }))
  const scheduleIssues = data.schedule
    ? validateSchedule(scheduleFromFields(data.schedule)).map((issue) => ({
        path: `schedule.${issue.field}`,
        message: inLanguage(req, issue.message.nl, issue.message.en),
      }))
    : []
  const missingVenue =
    data._status === 'published' && (data.locationKind ?? 'venue') === 'venue' && !data.venue
      ? [
          {
            path: 'venue',
            message: inLanguage(
              req,
              'Kies een locatie, of kies "Buiten" of "Online".',
              'Choose a venue, or "Outdoors" or "Online".',
            ),
          },
        ]
      : []
  throwIfIssues(req, 'activities', [
    ...notLists,
    ...scheduleIssues,
    ...rangeIssue(req, data.ageMin, data.ageMax, 'ageMin', {
      nl: 'De minimumleeftijd',
      en: 'The minimum age',
    }),
    ...missingVenue,
  ])
  return data
}
