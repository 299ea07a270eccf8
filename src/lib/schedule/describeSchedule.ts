import { DateTime } from 'luxon'

import { ZONE } from './fromFields'
import type { Occurrence, Schedule } from './types'
import { TIME_PATTERN } from './validateSchedule'

export type ScheduleLocale = 'nl' | 'en'

// Names written out here on purpose: Node's ICU data for Dutch is not always present.
const DAYS: Record<ScheduleLocale, string[]> = {
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
}
const DAYS_SHORT: Record<ScheduleLocale, string[]> = {
  nl: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
}
const MONTHS: Record<ScheduleLocale, string[]> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
}
const MONTHS_SHORT: Record<ScheduleLocale, string[]> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
}
const ORDINALS: Record<ScheduleLocale, Record<string, string>> = {
  nl: { '1': 'eerste', '2': 'tweede', '3': 'derde', '4': 'vierde', '-1': 'laatste' },
  en: { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '-1': 'last' },
}

/** 'a', 'a en b', 'a, b en c' (no serial comma in either language). */
const joinList = (items: string[], locale: ScheduleLocale): string => {
  if (items.length <= 1) return items.join('')
  const and = locale === 'nl' ? ' en ' : ' and '
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`
}

/** '10:00' → nl '10.00', en '10:00'. */
export const clockTime = (hhmm: string, locale: ScheduleLocale): string =>
  locale === 'nl' ? hhmm.replace(':', '.') : hhmm

const dayOf = (iso: string): DateTime => DateTime.fromISO(iso, { zone: 'utc' })

/** '1 februari 2026' / '1 February 2026'; without the year when withYear is false. */
const longDate = (iso: string, locale: ScheduleLocale, withYear = true): string => {
  const d = dayOf(iso)
  return `${d.day} ${MONTHS[locale][d.month - 1]}${withYear ? ` ${d.year}` : ''}`
}

const timeRange = (s: Schedule, locale: ScheduleLocale): string => {
  if (!TIME_PATTERN.test(s.startTime) || !TIME_PATTERN.test(s.endTime)) return ''
  const [a, b] = [clockTime(s.startTime, locale), clockTime(s.endTime, locale)]
  return locale === 'nl' ? ` van ${a} tot ${b} uur` : ` from ${a} to ${b}`
}

const validity = (s: Schedule, locale: ScheduleLocale): string => {
  const { validFrom: from, validUntil: until } = s
  const nl = locale === 'nl'
  if (from && until) {
    const sameYear = from.slice(0, 4) === until.slice(0, 4)
    const a = longDate(from, locale, !sameYear)
    const b = longDate(until, locale)
    return nl ? ` (van ${a} tot en met ${b})` : ` (from ${a} to ${b})`
  }
  if (from) return nl ? ` (vanaf ${longDate(from, locale)})` : ` (from ${longDate(from, locale)})`
  if (until)
    return nl ? ` (tot en met ${longDate(until, locale)})` : ` (until ${longDate(until, locale)})`
  return ''
}

/**
 * The schedule in one plain sentence, e.g. 'Elke dinsdag van 10.00 tot 12.00 uur, niet in de
 * schoolvakantie (vanaf 1 februari 2026)' / 'Every Tuesday from 10:00 to 12:00, not during
 * school holidays (from 1 February 2026)'. Exceptions are not mentioned.
 */
export const describeSchedule = (s: Schedule, locale: ScheduleLocale = 'nl'): string => {
  const nl = locale === 'nl'
  const times = timeRange(s, locale)

  if (s.kind === 'once') {
    if (!s.date || !dayOf(s.date).isValid) return (nl ? 'Eenmalig' : 'Once') + times
    const d = dayOf(s.date)
    return `${nl ? 'Op' : 'On'} ${DAYS[locale][d.weekday - 1]} ${longDate(s.date, locale)}${times}`
  }

  const sorted = [...new Set(s.weekdays)].filter((w) => w >= 1 && w <= 7).sort((a, b) => a - b)
  const days = joinList(
    sorted.map((w) => DAYS[locale][w - 1]!),
    locale,
  )
  let text: string
  if (s.kind === 'biweekly') {
    text = nl ? `Om de week op ${days}` : `Every other week on ${days}`
  } else if (s.kind === 'monthly') {
    const nth = ORDINALS[locale][String(s.weekOfMonth)] ?? ''
    text = nl ? `Elke ${nth} ${days} van de maand` : `Every ${nth} ${days} of the month`
  } else {
    text = nl ? `Elke ${days}` : `Every ${days}`
  }
  text = text.replace(/ {2,}/g, ' ') + times
  if (s.skipSchoolHolidays)
    text += nl ? ', niet in de schoolvakantie' : ', not during school holidays'
  return text + validity(s, locale)
}

/** One occurrence, short, in Amsterdam time: nl 'di 31 mrt, 10.00–12.00', en 'Tue 31 Mar, 10:00–12:00'. */
export const formatOccurrence = (o: Occurrence, locale: ScheduleLocale = 'nl'): string => {
  const start = DateTime.fromISO(o.start, { zone: 'utc' }).setZone(ZONE)
  const end = DateTime.fromISO(o.end, { zone: 'utc' }).setZone(ZONE)
  const pad = (n: number) => String(n).padStart(2, '0')
  const hhmm = (d: DateTime) => clockTime(`${pad(d.hour)}:${pad(d.minute)}`, locale)
  return `${DAYS_SHORT[locale][start.weekday - 1]} ${start.day} ${MONTHS_SHORT[locale][start.month - 1]}, ${hhmm(start)}–${hhmm(end)}`
}
