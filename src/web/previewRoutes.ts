import express, { type Router } from 'express'
import type { Payload } from 'payload'
import { createElement } from 'react'

import { getSchoolHolidays } from '../data/holidays'
import { getDraftListing } from '../data/listings'
import { pageContext, visitor, type WebOptions } from './pageContext'
import { ActivityPage } from './pages/ActivityPage'
import { ErrorPage } from './pages/ErrorPage'
import { OpeningPage } from './pages/OpeningPage'
import { renderDocument } from './render'

/** The admin's preview address of a listing's latest version (draft or live); the admin links here. */
export const PREVIEW_PATH = { activities: '/voorbeeld/activiteit', openings: '/voorbeeld/plek' } as const

/**
 * GET /voorbeeld/{activiteit|plek}/:id — the latest version of a listing, draft included,
 * rendered as the public page would render it, for whoever may read that draft (its own
 * organisation's members, editors); everyone else gets the 404 of a page that does not exist.
 * Marked as a preview, never cached or indexed.
 */
export const previewRoutes = (payload: Payload, options: WebOptions): Router => {
  const router = express.Router()
  for (const [collection, path] of Object.entries(PREVIEW_PATH) as [keyof typeof PREVIEW_PATH, string][]) {
    router.get(`${path}/:id`, async (req, res) => {
      const user = await visitor(payload, req)
      const listing = user ? await getDraftListing({ payload, user }, collection, String(req.params.id)) : null
      const context = { ...(await pageContext(payload, req, 'nl', options)), preview: true }
      res.set('Cache-Control', 'private, no-store').set('X-Robots-Tag', 'noindex, nofollow').type('html')
      if (!listing) {
        res.status(404).send(renderDocument(createElement(ErrorPage, { status: 404 }), context))
        return
      }
      const page =
        collection === 'activities'
          ? createElement(ActivityPage, { activity: listing as never, holidays: await getSchoolHolidays(payload), now: new Date() })
          : createElement(OpeningPage, { opening: listing as never })
      res.status(200).send(renderDocument(page, context))
    })
  }
  return router
}
