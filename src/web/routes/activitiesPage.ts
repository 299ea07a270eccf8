import { createElement, type FunctionComponent } from 'react'

import { getSchoolHolidays } from '../../data/holidays'
import type { getVenue } from '../../data/listings'
import type { SchoolHoliday } from '../../lib/schedule'
import { buildCalendar } from '../../lib/ics'
import type { Activity } from '../../payload-types'
import { activityCalendarEvent } from '../calendarEvents'
import { visitor } from '../pageContext'
import { sendCalendar, slugOf } from './calendar'
import type { Page, Route } from './page'

type Reader = Parameters<typeof getVenue>[0]

/** What a venue's or an organisation's page is found as: the thing itself and its activities. */
interface Found {
  activities: Activity[]
}

/**
 * A page of a place or an organisation with the activities there (`/locatie/:slug`,
 * `/organisatie/:slug`), and its calendar with all of them (`…/:slug.ics`).
 */
export const activitiesPage =
  <F extends Found>(
    kind: 'venue' | 'organisation',
    find: (reader: Reader, slug: string) => Promise<F | null>,
    nameOf: (found: F) => string,
    PageComponent: FunctionComponent<F & { holidays: SchoolHoliday[]; now: Date }>,
    /** Where an address went that is no longer this kind's (an organisation merged into another). */
    movedTo?: (reader: Reader, slug: string) => Promise<string | null>,
  ): Route =>
  (router, { payload, locale, options, path, send, notFound }: Page) => {
    router.get(`${path(kind)}/:slug`, async (req, res) => {
      const user = await visitor(payload, req)
      const { slug, ics } = slugOf(req)
      const [found, holidays] = await Promise.all([
        find({ payload, user }, slug),
        getSchoolHolidays(payload),
      ])
      if (!found) {
        const moved = await movedTo?.({ payload, user }, slug)
        if (moved)
          return res.redirect(301, `${req.baseUrl}${path(kind)}/${moved}${ics ? '.ics' : ''}`)
        return notFound(req, res)
      }
      if (ics) {
        const events = found.activities.map((a) =>
          activityCalendarEvent(a, holidays, options.serverURL, locale),
        )
        const body = buildCalendar({ name: nameOf(found), events })
        return sendCalendar(res, slug, body, Boolean(user))
      }
      const page = createElement(PageComponent, { ...found, holidays, now: new Date() })
      await send(req, res, page, { personal: Boolean(user) })
    })
  }
