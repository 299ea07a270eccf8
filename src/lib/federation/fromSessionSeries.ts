import { z } from 'zod'

/**
 * An OpenActive SessionSeries from another directory (another Meedoen, or any RPDE feed of
 * session series) as an external listing here: what, by whom, where, when, for what price, for
 * whom, and its page at the source. Only a weekly, fortnightly, monthly or one-off rule with
 * wall-clock times is understood; anything else is left out with the reason, never guessed.
 */
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const ICAL = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']

const text = (max: number) => z.string().trim().min(1).max(max)
const place = z.object({
  name: text(200).optional(),
  address: z
    .object({
      streetAddress: text(200).optional(),
      postalCode: text(20).optional(),
      addressLocality: text(100).optional(),
    })
    .optional(),
  geo: z
    .object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) })
    .optional(),
})
const schedule = z.object({
  repeatFrequency: z.string().optional(),
  repeatCount: z.number().optional(),
  byDay: z.array(z.string()).optional(),
  startTime: z.string().regex(/^\d{2}:\d{2}/),
  endTime: z.string().regex(/^\d{2}:\d{2}/),
  startDate: z.string().optional(),
  endDate: z.string().optional(),
  exceptDate: z.array(z.string()).optional(),
})
const series = z.object({
  '@type': z.literal('SessionSeries'),
  name: text(200),
  description: z.string().max(10_000).optional(),
  url: z.string().url().max(2000).optional(),
  organizer: z.object({ name: text(200) }).optional(),
  location: place.optional(),
  eventAttendanceMode: z.string().optional(),
  activity: z.array(z.object({ prefLabel: text(100) })).optional(),
  offers: z.array(z.object({ price: z.number().min(0).optional() })).optional(),
  isAccessibleForFree: z.boolean().optional(),
  ageRange: z
    .object({ minValue: z.number().optional(), maxValue: z.number().optional() })
    .optional(),
  eventSchedule: z.array(schedule).min(1),
})

export interface ExternalListingData {
  title: string
  summary: string
  url: string | null
  organisationName: string | null
  online: boolean
  venue: {
    name: string
    address: string
    city: string
    lat: number | null
    lon: number | null
  } | null
  schedule: {
    kind: 'weekly' | 'biweekly' | 'monthly' | 'once'
    weekdays: string[]
    weekOfMonth: string | null
    date: string | null
    startTime: string
    endTime: string
    validFrom: string | null
    validUntil: string | null
    exceptions: { date: string }[]
  }
  cost: { kind: 'free' | 'amount'; amount: number | null }
  ageMin: number | null
  ageMax: number | null
  themeNames: string[]
}

const day = (value: string | undefined) =>
  value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null
const midday = (d: string | null) => (d ? `${d}T12:00:00.000Z` : null)

type Schedule = z.infer<typeof schedule>

const ruleOf = (
  s: Schedule,
): Pick<ExternalListingData['schedule'], 'kind' | 'weekdays' | 'weekOfMonth' | 'date'> | string => {
  const weekly = (s.byDay ?? []).map(
    (d) => DAYS.indexOf(d.replace(/^https?:\/\/schema\.org\//, '')) + 1,
  )
  switch (s.repeatFrequency) {
    case 'P1W':
    case 'P2W':
      if (!weekly.length || weekly.some((d) => d < 1)) return 'onbekende dagen'
      return {
        kind: s.repeatFrequency === 'P1W' ? 'weekly' : 'biweekly',
        weekdays: weekly.map(String),
        weekOfMonth: null,
        date: null,
      }
    case 'P1M': {
      const parsed = (s.byDay ?? []).map((d) => /^(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$/.exec(d))
      if (!parsed.length || parsed.some((m) => !m) || new Set(parsed.map((m) => m![1])).size > 1)
        return 'onbekende maandregel'
      return {
        kind: 'monthly',
        weekdays: parsed.map((m) => String(ICAL.indexOf(m![2]!) + 1)),
        weekOfMonth: parsed[0]![1]!,
        date: null,
      }
    }
    case 'P1D':
      if (s.repeatCount === 1 && day(s.startDate))
        return { kind: 'once', weekdays: [], weekOfMonth: null, date: midday(day(s.startDate)) }
      return 'een dagelijkse herhaling'
    default:
      return `herhaling "${s.repeatFrequency ?? '?'}"`
  }
}

/** The item's data as an external listing, or why it cannot be one. */
export const fromSessionSeries = (data: unknown): ExternalListingData | { problem: string } => {
  const parsed = series.safeParse(data)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    return { problem: `${first?.path.join('.') || 'item'}: ${first?.message ?? 'onbekende vorm'}` }
  }
  const s = parsed.data
  const when = s.eventSchedule[0]!
  const rule = ruleOf(when)
  if (typeof rule === 'string') return { problem: `Schema niet te lezen: ${rule}.` }
  const online = /OnlineEventAttendanceMode$/.test(s.eventAttendanceMode ?? '')
  const loc = s.location
  if (!online && !loc) return { problem: 'Geen plaats en niet online.' }
  const [summary = '', ...rest] = (s.description ?? '').split(/\n\n/)
  const price = s.offers?.[0]?.price
  return {
    title: s.name,
    summary: (summary || rest.join(' ') || s.name).slice(0, 300),
    url: s.url ?? null,
    organisationName: s.organizer?.name ?? null,
    online,
    venue: loc
      ? {
          name: loc.name ?? loc.address?.addressLocality ?? '',
          address: [
            loc.address?.streetAddress,
            [loc.address?.postalCode, loc.address?.addressLocality].filter(Boolean).join(' '),
          ]
            .filter(Boolean)
            .join(', '),
          city: loc.address?.addressLocality ?? '',
          lat: loc.geo?.latitude ?? null,
          lon: loc.geo?.longitude ?? null,
        }
      : null,
    schedule: {
      ...rule,
      startTime: when.startTime.slice(0, 5),
      endTime: when.endTime.slice(0, 5),
      validFrom: rule.kind === 'once' ? null : midday(day(when.startDate)),
      validUntil: rule.kind === 'once' ? null : midday(day(when.endDate)),
      exceptions: (when.exceptDate ?? [])
        .flatMap((d) => (day(d) ? [{ date: midday(day(d))! }] : []))
        .slice(0, 800),
    },
    cost:
      s.isAccessibleForFree || !price
        ? { kind: 'free', amount: null }
        : { kind: 'amount', amount: price },
    ageMin: s.ageRange?.minValue ?? null,
    ageMax: s.ageRange?.maxValue ?? null,
    themeNames: (s.activity ?? []).map((a) => a.prefLabel),
  }
}
