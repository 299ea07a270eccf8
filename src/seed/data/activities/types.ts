import type { AreaKey, ThemeKey } from '../taxonomies'

export interface DemoSchedule {
  kind: 'once' | 'weekly' | 'biweekly' | 'monthly'
  /** For one-off activities: days from the day of seeding. */
  inDays?: number
  weekdays?: number[]
  weekOfMonth?: 1 | 2 | 3 | 4 | -1
  startTime: string
  endTime: string
  skipSchoolHolidays?: 'noord' | 'midden' | 'zuid'
  /** Cancelled on the n-th occurrence-free day offsets from seeding (e.g. a public holiday). */
  exceptionsInDays?: number[]
}

export interface DemoActivity {
  title: string
  summary: string
  description: string
  org: string
  venue?: string
  locationKind?: 'outdoor' | 'online'
  locationNote?: string
  schedule: DemoSchedule
  cost?: { kind: 'free' | 'amount' | 'pay_what_you_can'; amount?: number }
  signUp?: 'walk_in' | 'sign_up'
  age?: [number | null, number | null]
  targetGroups: string[]
  themes: ThemeKey[]
  areas: AreaKey[]
  lowThreshold?: string[]
  languages?: string[]
  ladder: string[]
  contact?: { name: string; email?: string; phone?: string }
  /** Saved as a draft that awaits review instead of published. */
  draft?: boolean
  /** How long ago someone confirmed it is still current (default: a few days). */
  checkedDaysAgo?: number
  featured?: boolean
}

type Times = [string, string]
export const weekly = (
  days: number[],
  [startTime, endTime]: Times,
  extra: Partial<DemoSchedule> = {},
): DemoSchedule => ({
  kind: 'weekly',
  weekdays: days,
  startTime,
  endTime,
  ...extra,
})
export const biweekly = (
  day: number,
  [startTime, endTime]: Times,
  extra: Partial<DemoSchedule> = {},
): DemoSchedule => ({
  kind: 'biweekly',
  weekdays: [day],
  startTime,
  endTime,
  ...extra,
})
export const monthly = (
  weekOfMonth: DemoSchedule['weekOfMonth'],
  day: number,
  [startTime, endTime]: Times,
): DemoSchedule => ({
  kind: 'monthly',
  weekOfMonth,
  weekdays: [day],
  startTime,
  endTime,
})
export const once = (inDays: number, [startTime, endTime]: Times): DemoSchedule => ({
  kind: 'once',
  inDays,
  startTime,
  endTime,
})
