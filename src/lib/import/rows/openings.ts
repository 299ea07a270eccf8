import { OPENING_KINDS } from '../../vocabulary'
import { parseDate, parseDays } from '../values'
import { choice, midday, parsed, text } from './cells'
import type { RowReader } from './types'

/** "4-8", "4 tot 8", "8", "8 uur" → hours a week, at most 60. */
const hours = (r: RowReader) => {
  const value = r.cell('hours')
  if (!value) return
  const match = /^(\d{1,2})(?:\s*(?:-|–|tot|t\/m)\s*(\d{1,2}))?\s*(?:uur|u)?$/i.exec(value)
  const min = Number(match?.[1])
  const max = Number(match?.[2] ?? match?.[1])
  if (!match || min > max || max > 60) {
    r.problem(
      'hours',
      { nl: `Deze uren begrijp ik niet: "${value}".`, en: `These hours are unclear: "${value}".` },
      { nl: 'uren per week zoals 8 of 4-8', en: 'hours a week such as 8 or 4-8' },
    )
    return
  }
  r.out.data.hoursPerWeekMin = min
  r.out.data.hoursPerWeekMax = max
}

export const readOpening = (r: RowReader) => {
  const kind = choice(r, 'kind', OPENING_KINDS, true)
  if (kind) r.out.data.kind = kind
  const days = parsed(r, 'days', parseDays)
  if (days && days.kind !== 'weekly')
    r.problem(
      'days',
      {
        nl: 'Bij een plek gaat het om vaste dagen in de week.',
        en: 'An opening has fixed days of the week.',
      },
      { nl: 'dagen zoals "di en do"', en: 'days such as "di en do"' },
    )
  else if (days) r.out.data.days = days.weekdays
  hours(r)
  const until = parsed(r, 'validThrough', parseDate)
  if (until) r.out.data.validThrough = midday(until)
  for (const key of ['requirements', 'howToApply'] as const) {
    const value = text(r, key, 2000)
    if (value) r.out.data[key] = value
  }
  r.out.data.status = 'open'
}
