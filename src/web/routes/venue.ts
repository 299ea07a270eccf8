import { createElement } from 'react'

import { getSchoolHolidays } from '../../data/holidays'
import { getVenue } from '../../data/listings'
import { buildCalendar } from '../../lib/ics'
import { activityCalendarEvent } from '../calendarEvents'
import { visitor } from '../pageContext'
import { VenuePage } from '../pages/VenuePage'
import { sendCalendar, slugOf } from './calendar'
import type { Route } from './page'

/** `/locatie/:slug` (en: `/venue/:slug`): a place and what happens there; `.ics`: all its activities. */
export const venue: Route = (router, { payload, locale, options, path, send, notFound }) => {
  router.get(`${path('venue')}/:slug`, async (req, res) => {
    const user = await visitor(payload, req)
    const { slug, ics } = slugOf(req)
    const [found, holidays] = await Promise.all([
      getVenue({ payload, user }, slug),
      getSchoolHolidays(payload),
    ])
    if (!found) return notFound(req, res)
    if (ics) {
      const events = found.activities.map((a) =>
        activityCalendarEvent(a, holidays, options.serverURL, locale),
      )
      return sendCalendar(
        res,
        slug,
        buildCalendar({ name: found.venue.name, events }),
        Boolean(user),
      )
    }
    const page = createElement(VenuePage, { ...found, holidays, now: new Date() })
    await send(req, res, page, { personal: Boolean(user) })
  })
}
