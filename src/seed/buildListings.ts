import type { Activity, Opening } from '../payload-types'
import type { DemoActivity } from './data/activities/types'
import type { DemoOpening } from './data/openings'
import { dayFrom, daysAgo } from './dates'

export type IDs = Map<string, number | string>
export interface Lookups {
  organisations: IDs
  venues: IDs
  themes: IDs
  areas: IDs
  now: Date
}

type ActivityData = Omit<Activity, 'id' | 'createdAt' | 'updatedAt' | 'sizes'>
type OpeningData = Omit<Opening, 'id' | 'createdAt' | 'updatedAt'>

const idOf = (ids: IDs, key: string): number => {
  const id = ids.get(key)
  if (id === undefined) throw new Error(`Demo data refers to unknown key "${key}"`)
  return id as number
}
const idsOf = (ids: IDs, keys: readonly string[]): number[] => keys.map((k) => idOf(ids, k))

/** Spread "last checked" over the past weeks, deterministically. */
const checkedOn = (now: Date, index: number, daysAgoOverride?: number) =>
  daysAgo(now, daysAgoOverride ?? 2 + ((index * 7) % 45))

export const activityData = (a: DemoActivity, index: number, l: Lookups): ActivityData => {
  const s = a.schedule
  return {
    title: a.title,
    summary: a.summary,
    description: a.description,
    organisation: idOf(l.organisations, a.org),
    locationKind: a.locationKind ?? 'venue',
    venue: a.venue ? idOf(l.venues, a.venue) : null,
    locationNote: a.locationNote ?? null,
    schedule: {
      kind: s.kind,
      date: s.kind === 'once' ? dayFrom(l.now, s.inDays ?? 7) : null,
      weekdays: (s.weekdays ?? []).map(String) as NonNullable<ActivityData['schedule']['weekdays']>,
      weekOfMonth: s.weekOfMonth
        ? (String(s.weekOfMonth) as ActivityData['schedule']['weekOfMonth'])
        : null,
      startTime: s.startTime,
      endTime: s.endTime,
      exceptions: (s.exceptionsInDays ?? []).map((d) => ({ date: dayFrom(l.now, d) })),
      skipSchoolHolidays: s.skipSchoolHolidays ?? null,
    },
    cost: { kind: a.cost?.kind ?? 'free', amount: a.cost?.amount ?? null },
    signUp: a.signUp ?? 'walk_in',
    ageMin: a.age?.[0] ?? null,
    ageMax: a.age?.[1] ?? null,
    lowThreshold: (a.lowThreshold ?? []) as ActivityData['lowThreshold'],
    languages: (a.languages ?? ['nl']) as ActivityData['languages'],
    targetGroups: a.targetGroups as ActivityData['targetGroups'],
    themes: idsOf(l.themes, a.themes),
    areas: idsOf(l.areas, a.areas),
    ladderRungs: a.ladder as ActivityData['ladderRungs'],
    contact: a.contact ?? {},
    checkedOn: a.draft ? null : checkedOn(l.now, index, a.checkedDaysAgo),
    reviewState: a.draft ? 'awaiting_review' : 'none',
    featured: a.featured ?? false,
    _status: a.draft ? 'draft' : 'published',
  }
}

export const openingData = (o: DemoOpening, index: number, l: Lookups): OpeningData => ({
  kind: o.kind,
  title: o.title,
  summary: o.summary,
  description: o.description,
  organisation: idOf(l.organisations, o.org),
  venue: o.venue ? idOf(l.venues, o.venue) : null,
  hoursPerWeekMin: o.hours[0],
  hoursPerWeekMax: o.hours[1],
  days: o.days.map(String) as OpeningData['days'],
  placesTotal: o.places?.[0] ?? null,
  placesAvailable: o.places?.[1] ?? null,
  status: o.status ?? 'open',
  validThrough: o.validForDays ? dayFrom(l.now, o.validForDays) : null,
  support: o.support,
  lowThreshold: o.lowThreshold ?? [],
  whatYouLearn: o.learn ?? null,
  certificate: o.certificate ?? null,
  requirements: o.requirements ?? null,
  howToApply: o.howToApply,
  targetGroups: o.targetGroups as OpeningData['targetGroups'],
  themes: idsOf(l.themes, o.themes),
  areas: idsOf(l.areas, o.areas),
  ladderRungs: o.ladder as OpeningData['ladderRungs'],
  professional: o.referralNotes ? { referralNotes: o.referralNotes } : {},
  checkedOn: o.draft ? null : checkedOn(l.now, index + 3),
  reviewState: o.draft ? 'awaiting_review' : 'none',
  _status: o.draft ? 'draft' : 'published',
})
