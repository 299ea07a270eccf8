import type { CalendarEventInput } from '../lib/ics'
import { scheduleFromFields, type SchoolHoliday } from '../lib/schedule'
import type { Activity, Venue } from '../payload-types'
import { addressLine } from './components/Detail'
import { pointOf } from './components/listingView'
import { populated } from './components/populated'
import type { Locale } from './i18n'
import { href } from '../lib/paths'

/** An activity as a calendar event: its schedule, where it is and a link back. */
export const activityCalendarEvent = (
  a: Activity,
  holidays: SchoolHoliday[],
  serverURL: string,
  locale: Locale,
): CalendarEventInput => {
  const venue = populated<Venue>(a.venue)
  const url = a.slug ? `${serverURL}${href(locale, 'activity', a.slug)}` : undefined
  return {
    uid: `activity-${a.id}@meedoen`,
    title: a.title,
    description: [a.summary, url].filter(Boolean).join('\n\n'),
    location: venue
      ? `${venue.name}, ${addressLine(venue.address)}`
      : (a.locationNote ?? undefined),
    geo: pointOf(a),
    url,
    schedule: scheduleFromFields(a.schedule),
    holidays,
  }
}
