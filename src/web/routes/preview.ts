import type { Router } from 'express'
import type { Cms } from '../../data/cms'
import { createElement, type ReactElement } from 'react'

import type { User } from '../../payload-types'
import { getSchoolHolidays } from '../../data/holidays'
import { getDraftListing, getDraftOrganisation, getDraftVenue } from '../../data/listings'
import { pageContext, visitor, type WebOptions } from '../pageContext'
import { ActivityPage } from '../pages/ActivityPage'
import { ErrorPage } from '../pages/ErrorPage'
import { OpeningPage } from '../pages/OpeningPage'
import { OrganisationPage } from '../pages/OrganisationPage'
import { VenuePage } from '../pages/VenuePage'
import { renderDocument } from '../render'

/** The admin's preview address of each kind's latest version (draft or live); the admin links here. */
export const PREVIEW_PATH = {
  activities: '/voorbeeld/activiteit',
  openings: '/voorbeeld/plek',
  venues: '/voorbeeld/locatie',
  organisations: '/voorbeeld/organisatie',
} as const

type Previewed = keyof typeof PREVIEW_PATH
type Reader = { payload: Cms; user: User }

/** Each kind's latest version rendered as its public page; null when this reader may not read it. */
const RENDER: Record<Previewed, (r: Reader, id: string) => Promise<ReactElement | null>> = {
  activities: async (r, id) => {
    const activity = await getDraftListing(r, 'activities', id)
    return (
      activity &&
      createElement(ActivityPage, {
        activity: activity as never,
        holidays: await getSchoolHolidays(r.payload),
        now: new Date(),
      })
    )
  },
  openings: async (r, id) => {
    const opening = await getDraftListing(r, 'openings', id)
    return opening && createElement(OpeningPage, { opening: opening as never })
  },
  venues: async (r, id) => {
    const found = await getDraftVenue(r, id)
    return (
      found &&
      createElement(VenuePage, {
        ...found,
        holidays: await getSchoolHolidays(r.payload),
        now: new Date(),
      })
    )
  },
  organisations: async (r, id) => {
    const found = await getDraftOrganisation(r, id)
    return (
      found &&
      createElement(OrganisationPage, {
        ...found,
        holidays: await getSchoolHolidays(r.payload),
        now: new Date(),
      })
    )
  },
}

/**
 * GET /voorbeeld/{activiteit|plek|locatie|organisatie}/:id — the latest version of a listing,
 * venue or organisation profile, draft included, rendered as the public page would render it,
 * for whoever may read that draft (its own organisation's members, editors); everyone else
 * gets the 404 of a page that does not exist. Marked as a preview, never cached or indexed.
 */
export const preview = (router: Router, payload: Cms, options: WebOptions): void => {
  for (const [collection, path] of Object.entries(PREVIEW_PATH) as [Previewed, string][]) {
    router.get(`${path}/:id`, async (req, res) => {
      const user = await visitor(payload, req)
      const page = user ? await RENDER[collection]({ payload, user }, String(req.params.id)) : null
      const context = { ...(await pageContext(payload, req, 'nl', options)), preview: true }
      res
        .set('Cache-Control', 'private, no-store')
        .set('X-Robots-Tag', 'noindex, nofollow')
        .type('html')
      res
        .status(page ? 200 : 404)
        .send(renderDocument(page ?? createElement(ErrorPage, { status: 404 }), context))
    })
  }
}
