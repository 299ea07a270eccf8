import { createElement } from 'react'

import { getSchoolHolidays } from '../../data/holidays'
import { getActivity } from '../../data/listings'
import { relatedListings } from '../../data/related'
import { getTaxonomies } from '../../data/search'
import { buildCalendar } from '../../lib/ics'
import { activityCalendarEvent } from '../calendarEvents'
import { readsOfficialLabels } from '../../data/cms'
import { refersClients } from '../../data/referrals'
import { visitor } from '../pageContext'
import { ActivityPage } from '../pages/ActivityPage'
import { sendCalendar, slugOf } from './calendar'
import type { Route } from './page'

/** `/activiteit/:slug` (en: `/activity/:slug`) and its calendar, `/activiteit/:slug.ics`. */
export const activity: Route = (router, { payload, locale, options, path, send, notFound }) => {
  router.get(`${path('activity')}/:slug`, async (req, res) => {
    const user = await visitor(payload, req)
    const { slug, ics } = slugOf(req)
    const [found, holidays] = await Promise.all([
      getActivity({ payload, user }, slug),
      getSchoolHolidays(payload),
    ])
    if (!found) return notFound(req, res)
    if (ics) {
      const event = activityCalendarEvent(found, holidays, options.serverURL, locale)
      const body = buildCalendar({ name: found.title, events: [event] })
      return sendCalendar(res, slug, body, Boolean(user))
    }
    const report = { done: req.query.gemeld === '1' }
    const now = new Date()
    const [related, { themes }] = await Promise.all([
      relatedListings(payload, user, { collection: 'activities', id: found.id }, 'next', locale),
      getTaxonomies(payload),
    ])
    const page = createElement(ActivityPage, {
      activity: found,
      holidays,
      now,
      report,
      related: { relation: 'next', related, themes, holidays, now },
      refer: refersClients(user),
    })
    await send(req, res, page, { personal: Boolean(user), professional: readsOfficialLabels(user) })
  })
}
