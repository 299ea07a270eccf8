import { scheduleFromFields } from '../../schedule'
import { validateSchedule } from '../../schedule/validateSchedule'
import { parseAges, parseCost, parseDate, parseDays, parseSignUp, parseTimeRange } from '../values'
import { midday, parsed } from './cells'
import type { RowReader } from './types'

/**
 * When an activity happens, from the "Dag", "Tijd", "Datum", "Vanaf" and "Tot en met" cells: one
 * date makes it a one-off; otherwise the days say weekly, every other week or monthly. Every other
 * week needs its first day ("Vanaf"): which weeks it runs is counted from there, not guessed.
 */
const schedule = (r: RowReader) => {
  const failedBefore = r.out.problems.length
  const date = parsed(r, 'date', parseDate)
  const days = date ? undefined : parsed(r, 'days', parseDays)
  const time = parsed(r, 'time', parseTimeRange)
  const validFrom = parsed(r, 'validFrom', parseDate)
  const validUntil = parsed(r, 'validUntil', parseDate)
  if (!date && !days && !r.cell('days') && !r.cell('date'))
    r.problem(
      'days',
      { nl: 'Er staat geen dag of datum.', en: 'There is no day or date.' },
      { nl: 'een dag zoals "ma en wo", of een datum', en: 'a day such as "ma en wo", or a date' },
    )
  if (!time && !r.cell('time'))
    r.problem(
      'time',
      { nl: 'Er staat geen tijd.', en: 'There is no time.' },
      { nl: 'een tijd zoals 10.00-12.00 uur', en: 'a time such as 10.00-12.00' },
    )
  if (days?.kind === 'biweekly' && !validFrom)
    r.problem(
      'validFrom',
      {
        nl: 'Om de week: vul de eerste keer in bij "Vanaf".',
        en: 'Every other week: fill in the first time under "Vanaf".',
      },
      { nl: 'een datum zoals 06-01-2027', en: 'a date such as 06-01-2027' },
    )
  if (r.out.problems.length > failedBefore || !time || !(date || days)) return undefined
  const fields = {
    kind: date ? 'once' : days!.kind,
    ...(date ? { date: midday(date) } : { weekdays: days!.weekdays }),
    ...(days?.kind === 'monthly' ? { weekOfMonth: days.weekOfMonth } : {}),
    startTime: time.startTime,
    endTime: time.endTime,
    ...(validFrom ? { validFrom: midday(validFrom) } : {}),
    ...(validUntil ? { validUntil: midday(validUntil) } : {}),
  }
  // The same checks as the admin's form (end after start, a valid period …).
  for (const issue of validateSchedule(scheduleFromFields(fields)))
    r.problem(
      issue.field === 'validUntil' ? 'validUntil' : issue.field === 'date' ? 'date' : 'time',
      issue.message,
    )
  return fields
}

export const readActivity = (r: RowReader) => {
  const when = schedule(r)
  if (when) r.out.data.schedule = when
  const cost = parsed(r, 'cost', parseCost)
  r.out.data.cost = cost ?? { kind: 'free' }
  if (!r.cell('cost'))
    r.warning('cost', {
      nl: 'Geen kosten ingevuld: gratis aangenomen.',
      en: 'No cost given: taken as free.',
    })
  const signUp = parsed(r, 'signUp', parseSignUp)
  if (signUp) r.out.data.signUp = signUp
  const ages = parsed(r, 'ages', parseAges)
  if (ages?.ageMin !== undefined) r.out.data.ageMin = ages.ageMin
  if (ages?.ageMax !== undefined) r.out.data.ageMax = ages.ageMax
}
