import { createElement } from 'react'

import { getSchoolHolidays } from '../../data/holidays'
import { getOrganisation } from '../../data/listings'
import { buildCalendar } from '../../lib/ics'
import { activityCalendarEvent } from '../calendarEvents'
import { visitor } from '../pageContext'
import { OrganisationPage } from '../pages/OrganisationPage'
import { sendCalendar, slugOf } from './calendar'
import type { Route } from './page'

/** `/organisatie/:slug` (en: `/organisation/:slug`): who they are and what they offer; `.ics`: their activities. */
export const organisation: Route = (router, { payload, locale, options, path, send, notFound }) => {
  router.get(`${path('organisation')}/:slug`, async (req, res) => {
    const user = await visitor(payload, req)
    const { slug, ics } = slugOf(req)
    const [found, holidays] = await Promise.all([
      getOrganisation({ payload, user }, slug),
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
        buildCalendar({ name: found.organisation.name, events }),
        Boolean(user),
      )
    }
    const page = createElement(OrganisationPage, { ...found, holidays, now: new Date() })
    await send(req, res, page, { personal: Boolean(user) })
  })
}
