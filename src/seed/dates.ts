import { DateTime } from 'luxon'

const ZONE = 'Europe/Amsterdam'

/**
 * A calendar day `offset` days from `now` in Amsterdam, stored the way the admin's day picker
 * stores it (midday UTC), so it reads back as the same day in every time zone.
 */
export const dayFrom = (now: Date, offset: number): string => {
  const day = DateTime.fromJSDate(now, { zone: ZONE }).plus({ days: offset }).toISODate()
  return `${day}T12:00:00.000Z`
}

export const daysAgo = (now: Date, days: number): string =>
  new Date(now.getTime() - days * 86_400_000).toISOString()
