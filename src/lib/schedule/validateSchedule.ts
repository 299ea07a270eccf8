import { DateTime } from 'luxon'

import type { Schedule, ScheduleIssue } from './types'

/** 'HH:mm', 00:00–23:59. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/

const KINDS = ['once', 'weekly', 'biweekly', 'monthly'] as const
const WEEKS_OF_MONTH = [1, 2, 3, 4, -1] as const

/** A calendar day 'YYYY-MM-DD' that exists. */
const isLocalDay = (value: string | null | undefined): value is string =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  DateTime.fromISO(value, { zone: 'utc' }).isValid

const issue = (field: string, nl: string, en: string): ScheduleIssue => ({
  field,
  message: { nl, en },
})

/** What is wrong with the start and end times. */
const timeIssues = (s: Schedule): ScheduleIssue[] => {
  const issues: ScheduleIssue[] = []
  const startOk = TIME_PATTERN.test(s.startTime ?? '')
  const endOk = TIME_PATTERN.test(s.endTime ?? '')
  if (!startOk) {
    issues.push(
      issue(
        'startTime',
        'Vul een begintijd in als uu:mm, bijvoorbeeld 10:00.',
        'Enter a start time as hh:mm, for example 10:00.',
      ),
    )
  }
  if (!endOk) {
    issues.push(
      issue(
        'endTime',
        'Vul een eindtijd in als uu:mm, bijvoorbeeld 12:00.',
        'Enter an end time as hh:mm, for example 12:00.',
      ),
    )
  }
  // 'HH:mm' strings compare in time order.
  if (startOk && endOk && s.endTime <= s.startTime) {
    issues.push(
      issue(
        'endTime',
        'De eindtijd ligt vóór of op de begintijd.',
        'The end time is before or equal to the start time.',
      ),
    )
  }
  return issues
}

/** What is wrong with the days of a recurring schedule (weekdays, and the week of a monthly one). */
const recurrenceIssues = (s: Schedule): ScheduleIssue[] => {
  const issues: ScheduleIssue[] = []
  const weekdays = s.weekdays ?? []
  if (weekdays.length === 0) {
    issues.push(
      issue(
        'weekdays',
        'Kies minstens één dag van de week.',
        'Choose at least one day of the week.',
      ),
    )
  } else if (weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
    issues.push(
      issue('weekdays', 'Een dag van de week is niet geldig.', 'A day of the week is not valid.'),
    )
  } else if (s.kind === 'monthly' && new Set(weekdays).size !== 1) {
    issues.push(
      issue('weekdays', 'Kies precies één dag van de week.', 'Choose exactly one day of the week.'),
    )
  }
  if (s.kind === 'monthly') {
    if (s.weekOfMonth === null || s.weekOfMonth === undefined) {
      issues.push(
        issue('weekOfMonth', 'Kies welke week van de maand.', 'Choose which week of the month.'),
      )
    } else if (!(WEEKS_OF_MONTH as readonly number[]).includes(s.weekOfMonth)) {
      issues.push(
        issue(
          'weekOfMonth',
          'Deze week van de maand kan niet.',
          'This week of the month is not possible.',
        ),
      )
    }
  }
  return issues
}

/** What is wrong with the date of a one-off schedule. */
const dateIssues = (s: Schedule): ScheduleIssue[] => {
  if (!s.date) return [issue('date', 'Kies de datum.', 'Choose the date.')]
  if (!isLocalDay(s.date))
    return [issue('date', 'De datum is niet geldig.', 'The date is not valid.')]
  return []
}

/** What is wrong with the period the schedule is valid in and its exception dates. */
const periodIssues = (s: Schedule): ScheduleIssue[] => {
  const issues: ScheduleIssue[] = []
  if (s.validFrom && !isLocalDay(s.validFrom)) {
    issues.push(issue('validFrom', 'De begindatum is niet geldig.', 'The start date is not valid.'))
  }
  if (s.validUntil && !isLocalDay(s.validUntil)) {
    issues.push(issue('validUntil', 'De einddatum is niet geldig.', 'The end date is not valid.'))
  }
  if (isLocalDay(s.validFrom) && isLocalDay(s.validUntil) && s.validUntil < s.validFrom) {
    issues.push(
      issue(
        'validUntil',
        'De einddatum ligt vóór de begindatum.',
        'The end date is before the start date.',
      ),
    )
  }
  if ((s.exceptions ?? []).some((d) => !isLocalDay(d))) {
    issues.push(
      issue(
        'exceptions',
        'Een uitzondering heeft geen geldige datum.',
        'An exception does not have a valid date.',
      ),
    )
  }
  return issues
}

/**
 * Checks a schedule and returns what an editor must fix (empty when it is fine).
 * `field` is the Payload sub-field name of the schedule group, so the admin can show the
 * message beside that field. Messages are short plain Dutch (B1) and English.
 */
export const validateSchedule = (s: Schedule): ScheduleIssue[] => {
  const issues: ScheduleIssue[] = []
  if (!(KINDS as readonly string[]).includes(s.kind)) {
    issues.push(
      issue(
        'kind',
        'Kies hoe vaak de activiteit is.',
        'Choose how often the activity takes place.',
      ),
    )
  }
  return [
    ...issues,
    ...timeIssues(s),
    ...(s.kind === 'once' ? dateIssues(s) : recurrenceIssues(s)),
    ...periodIssues(s),
  ]
}
