import express, { type Router } from 'express'

import type { Cms } from '../data/cms'
import type { Locale } from './i18n'
import type { WebOptions } from './pageContext'
import { activity } from './routes/activity'
import { errors } from './routes/errors'
import { favicon } from './routes/favicon'
import { home } from './routes/home'
import { interest } from './routes/interest'
import { referral } from './routes/referral'
import { shortlist } from './routes/shortlist'
import { whosWho } from './routes/whosWho'
import { room } from './routes/room'
import { loket } from './routes/loket'
import { opening } from './routes/opening'
import { organisation } from './routes/organisation'
import { pageOf, type Route } from './routes/page'
import { preview } from './routes/preview'
import { report } from './routes/report'
import { search } from './routes/search'
import { siteFiles } from './routes/siteFiles'
import { statements } from './routes/statements'
import { suggest } from './routes/suggest'
import { alerts } from './routes/alerts'
import { venue } from './routes/venue'

export type { WebOptions }

/** The pages and forms of each language, one file each in `routes/`. */
const PAGES: Route[] = [
  home,
  search,
  suggest,
  alerts,
  activity,
  opening,
  venue,
  room,
  organisation,
  statements,
  report,
  interest,
  referral,
  shortlist,
  whosWho,
  loket,
]

/** Dutch at `/`, English under `/en`. */
const LOCALES: [Locale, string][] = [
  ['en', '/en'],
  ['nl', '/'],
]

/**
 * The public directory: files (assets, theme, robots, sitemap, favicon), the admin's previews,
 * the pages of each language, then 404 and errors. Every route is registered in `routes/`
 * on one router per language, so a page's path reads in one place.
 */
export const createWebRouter = ({
  payload,
  options,
}: {
  payload: Cms
  options: WebOptions
}): Router => {
  const router = express.Router()
  // For the Server-Timing header of pages: data loading plus React rendering.
  router.use((_req, res, next) => {
    res.locals.startedAt = performance.now()
    next()
  })
  siteFiles(router, payload, options)
  favicon(router)
  preview(router, payload, options)
  for (const [locale, prefix] of LOCALES) {
    const pages = express.Router()
    const page = pageOf(payload, locale, options)
    for (const add of PAGES) add(pages, page)
    router.use(prefix, pages)
  }
  errors(router, payload, options)
  return router
}
