import type { Activity, Opening, Venue } from '../../payload-types'
import { nextOccurrences, scheduleFromFields, type SchoolHoliday } from '../schedule'
import { visibleUntil } from './visibleUntil'
import {
  ACCESSIBILITY_FACETS,
  HELP_FACETS,
  type HelpFacet,
  type IndexDoc,
  type PartOfDay,
} from './types'

type Relation<T> = number | string | T | null | undefined
const populated = <T extends object>(value: Relation<T>): T | null =>
  value && typeof value === 'object' ? value : null
const idOf = (value: Relation<{ id: number | string }>): string | null =>
  value === null || value === undefined
    ? null
    : String(typeof value === 'object' ? value.id : value)
const ids = (values: Relation<{ id: number | string }>[] | null | undefined) =>
  (values ?? []).map(idOf).filter((v): v is string => v !== null)

/** Morning before 12.00, afternoon 12.00–17.00, evening after 17.00; a time block can span several. */
const partsOfDay = (start: string, end: string): PartOfDay[] => {
  if (!start || !end) return []
  const parts: PartOfDay[] = []
  if (start < '12:00') parts.push('morning')
  if (start < '17:00' && end > '12:00') parts.push('afternoon')
  if (end > '17:00') parts.push('evening')
  return parts
}

const venueFacts = (venue: Venue | null) => {
  const point = venue?.location
  return {
    lat: point ? point[1] : null,
    lon: point ? point[0] : null,
    // Only a "yes" is a facility to filter on; "no" and "not known" are not.
    accessibility: ACCESSIBILITY_FACETS.filter(
      (a) => (venue?.accessibility as Record<string, unknown> | undefined)?.[a] === 'yes',
    ),
    words: venue ? [venue.name, venue.address?.city, venue.address?.street] : [],
  }
}

/** The listing's own low-threshold facets that are filters; `guidance` when it offers a supervisor or coach. */
const helpOf = (
  lowThreshold: readonly string[] | null | undefined,
  guidance = false,
): HelpFacet[] =>
  HELP_FACETS.filter((h) => (h === 'guidance' ? guidance : (lowThreshold ?? []).includes(h)))

const joinText = (parts: (string | null | undefined)[]) => parts.filter(Boolean).join('\n')

/**
 * One listing, as an anonymous reader receives it (depth 1: venue, organisation, themes and
 * areas populated), → the row of the public index.
 */
export const activityToIndexDoc = (
  a: Activity,
  now: Date,
  holidays?: SchoolHoliday[],
  hideAfterDays?: number,
): IndexDoc => {
  const venue = (a.locationKind ?? 'venue') === 'venue' ? populated(a.venue) : null
  const v = venueFacts(venue)
  const schedule = scheduleFromFields(a.schedule)
  const weekdays =
    schedule.kind === 'once' && schedule.date
      ? [new Date(`${schedule.date}T12:00:00Z`).getUTCDay() || 7]
      : schedule.weekdays
  const [next] = nextOccurrences(schedule, {
    from: now,
    count: 1,
    ...(holidays ? { holidays } : {}),
  })
  return {
    collection: 'activities',
    id: String(a.id),
    kind: 'activity',
    title: a.title,
    summary: a.summary,
    body: joinText([a.description, a.locationNote, populated(a.organisation)?.name, ...v.words]),
    slug: a.slug ?? null,
    lat: v.lat,
    lon: v.lon,
    free: a.cost?.kind === 'free',
    walkIn: a.signUp === 'walk_in',
    ageMin: a.ageMin ?? null,
    ageMax: a.ageMax ?? null,
    weekdays,
    partsOfDay: partsOfDay(schedule.startTime, schedule.endTime),
    themes: ids(a.themes),
    areas: ids(a.areas),
    accessibility: venue ? v.accessibility : [],
    rungs: (a.ladderRungs ?? []).map(Number),
    help: helpOf(a.lowThreshold),
    nextStart: next?.start ?? null,
    visibleUntil: visibleUntil(
      { ...a, lastDay: schedule.kind === 'once' ? schedule.date : null },
      hideAfterDays,
    ),
  }
}

export const openingToIndexDoc = (o: Opening, hideAfterDays?: number): IndexDoc => {
  const v = venueFacts(populated(o.venue))
  return {
    collection: 'openings',
    id: String(o.id),
    kind: o.kind,
    title: o.title,
    summary: o.summary,
    body: joinText([
      o.description,
      o.whatYouLearn,
      o.certificate,
      o.requirements,
      populated(o.organisation)?.name,
      ...v.words,
    ]),
    slug: o.slug ?? null,
    lat: v.lat,
    lon: v.lon,
    free: false,
    walkIn: false,
    ageMin: null,
    ageMax: null,
    weekdays: (o.days ?? []).map(Number),
    partsOfDay: [],
    themes: ids(o.themes),
    areas: ids(o.areas),
    accessibility: v.accessibility,
    rungs: (o.ladderRungs ?? []).map(Number),
    help: helpOf(
      o.lowThreshold,
      (o.support ?? []).some((s) => s === 'begeleiding' || s === 'job_coach'),
    ),
    nextStart: null,
    visibleUntil: visibleUntil({ ...o, lastDay: o.validThrough }, hideAfterDays),
  }
}
