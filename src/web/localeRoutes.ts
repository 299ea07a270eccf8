import express, { type Request, type Response, type Router } from 'express'
import type { Cms } from '../data/cms'
import { createElement, type ReactElement } from 'react'

import { getSchoolHolidays } from '../data/holidays'
import { getActivity, getOpening, getOrganisation, getVenue } from '../data/listings'
import { getTaxonomies, searchListings, searchMap } from '../data/search'
import { buildCalendar } from '../lib/ics'
import { LISTING_KINDS } from '../lib/search/types'
import { activityCalendarEvent } from './calendarEvents'
import type { Locale } from './i18n'
import { pageContext, visitor, type WebOptions } from './pageContext'
import { AccessibilityPage } from './pages/AccessibilityPage'
import { ActivityPage } from './pages/ActivityPage'
import { ErrorPage } from './pages/ErrorPage'
import { HomePage } from './pages/HomePage'
import { OpeningPage } from './pages/OpeningPage'
import { OrganisationPage } from './pages/OrganisationPage'
import { PrivacyPage } from './pages/PrivacyPage'
import { ResultsPage, ResultsRegion, type ResultsProps } from './pages/ResultsPage'
import { VenuePage } from './pages/VenuePage'
import { listingHref, SEGMENTS } from '../lib/paths'
import { renderDocument, renderFragment } from './render'
import { reportRoutes } from './reportRoutes'
import { contactPages } from './contactPages'
import { parseWebSearch } from './search/webParams'

const OPENING_KINDS = LISTING_KINDS.filter((k) => k !== 'activity')

/** How long the server took (data + render), for browsers' dev tools and the page benchmark. */
const serverTiming = (res: Response): string =>
  typeof res.locals.startedAt === 'number'
    ? `render;dur=${(performance.now() - res.locals.startedAt).toFixed(1)}`
    : 'render'

/** The pages of one language: / and /zoeken … for nl, the same under /en for en. */
export const localeRoutes = (payload: Cms, locale: Locale, options: WebOptions): Router => {
  const router = express.Router()
  const seg = (k: keyof typeof SEGMENTS) => `/${SEGMENTS[k][locale]}`

  const send = async (
    req: Request,
    res: Response,
    element: ReactElement,
    status = 200,
    personal = false,
  ) => {
    const context = await pageContext(payload, req, locale, options)
    const html = renderDocument(element, context)
    res
      .status(status)
      .type('html')
      .set('Cache-Control', personal ? 'private, no-store' : 'no-cache')
      .set('Content-Language', locale)
      .set('Server-Timing', serverTiming(res))
      .send(html)
  }
  const notFound = (req: Request, res: Response) =>
    send(req, res, createElement(ErrorPage, { status: 404 }), 404)

  /** `/activiteit/taalcafe.ics` → { slug: 'taalcafe', ics: true } */
  const slugOf = (req: Request) => {
    const raw = String(req.params.slug ?? '')
    return raw.endsWith('.ics') ? { slug: raw.slice(0, -4), ics: true } : { slug: raw, ics: false }
  }
  const sendCalendar = (res: Response, name: string, body: string, personal: boolean) =>
    res
      .type('text/calendar; charset=utf-8')
      .set(
        'Content-Disposition',
        `attachment; filename="${name.replace(/[^\w-]/g, '') || 'agenda'}.ics"`,
      )
      .set('Cache-Control', personal ? 'private, no-store' : 'public, max-age=300')
      .send(body)

  router.get('/', async (req, res) => {
    const user = await visitor(payload, req)
    const [upcoming, openings, holidays] = await Promise.all([
      searchListings(payload, user, { kinds: ['activity'], sort: 'soonest', pageSize: 6 }),
      searchListings(payload, user, { kinds: [...OPENING_KINDS], sort: 'soonest', pageSize: 6 }),
      getSchoolHolidays(payload),
    ])
    await send(
      req,
      res,
      createElement(HomePage, {
        upcoming: upcoming.listings,
        openings: openings.listings,
        holidays,
        now: new Date(),
      }),
      200,
      Boolean(user),
    )
  })

  router.get(seg('search'), async (req, res) => {
    const user = await visitor(payload, req)
    const url = new URL(req.originalUrl, 'http://localhost')
    const parsed = parseWebSearch(url.searchParams)
    // The map of every result (the results page's map asks for it when opened).
    if (url.searchParams.get('map') === '1') {
      if (!parsed.ok) return res.status(400).json({ errors: parsed.errors })
      const data = await searchMap(payload, { ...parsed.query, locale }, (collection, slug) =>
        listingHref(locale, collection, slug),
      )
      return res.set('Cache-Control', 'no-cache').json(data)
    }
    const [found, taxonomies, holidays] = await Promise.all([
      parsed.ok ? searchListings(payload, user, { ...parsed.query, locale }) : null,
      getTaxonomies(payload),
      getSchoolHolidays(payload),
    ])
    const props: ResultsProps = {
      query: parsed.ok ? parsed.query : { text: url.searchParams.get('q') ?? undefined },
      params: parsed.params,
      result: found?.result ?? null,
      listings: found?.listings ?? [],
      errors: parsed.ok ? [] : parsed.errors,
      place: parsed.ok ? parsed.place : undefined,
      holidays,
      now: new Date(),
    }
    // A page past the end (an old link, a shrunken result): go to the last page that exists.
    if (
      found &&
      found.result.total > 0 &&
      found.result.hits.length === 0 &&
      found.result.page > 1
    ) {
      const last = new URLSearchParams(parsed.params)
      const lastPage = Math.ceil(found.result.total / found.result.pageSize)
      if (lastPage > 1) last.set('page', String(lastPage))
      else last.delete('page')
      if (url.searchParams.get('fragment') === '1') last.set('fragment', '1')
      return res.redirect(302, `${req.baseUrl}${seg('search')}?${last}`)
    }
    const status = parsed.ok ? 200 : 400
    if (url.searchParams.get('fragment') === '1') {
      const context = await pageContext(payload, req, locale, options)
      const fragment = renderFragment(
        createElement(ResultsRegion, { ...props, fragment: true }),
        context,
      )
      res
        .status(status)
        .type('html')
        .set('Cache-Control', 'no-cache')
        .set('Server-Timing', serverTiming(res))
        .send(fragment)
      return
    }
    await send(
      req,
      res,
      createElement(ResultsPage, { ...props, taxonomies }),
      status,
      Boolean(user),
    )
  })

  router.get(`${seg('activity')}/:slug`, async (req, res) => {
    const user = await visitor(payload, req)
    const { slug, ics } = slugOf(req)
    const [activity, holidays] = await Promise.all([
      getActivity({ payload, user }, slug),
      getSchoolHolidays(payload),
    ])
    if (!activity) return notFound(req, res)
    if (ics)
      return sendCalendar(
        res,
        slug,
        buildCalendar({
          name: activity.title,
          events: [activityCalendarEvent(activity, holidays, options.serverURL, locale)],
        }),
        Boolean(user),
      )
    await send(
      req,
      res,
      createElement(ActivityPage, {
        activity,
        holidays,
        now: new Date(),
        report: { done: req.query.gemeld === '1' },
      }),
      200,
      Boolean(user),
    )
  })

  router.get(`${seg('opening')}/:slug`, async (req, res) => {
    const user = await visitor(payload, req)
    const opening = await getOpening({ payload, user }, String(req.params.slug))
    if (!opening) return notFound(req, res)
    await send(
      req,
      res,
      createElement(OpeningPage, { opening, report: { done: req.query.gemeld === '1' } }),
      200,
      Boolean(user),
    )
  })

  router.get(`${seg('venue')}/:slug`, async (req, res) => {
    const user = await visitor(payload, req)
    const { slug, ics } = slugOf(req)
    const [found, holidays] = await Promise.all([
      getVenue({ payload, user }, slug),
      getSchoolHolidays(payload),
    ])
    if (!found) return notFound(req, res)
    if (ics)
      return sendCalendar(
        res,
        slug,
        buildCalendar({
          name: found.venue.name,
          events: found.activities.map((a) =>
            activityCalendarEvent(a, holidays, options.serverURL, locale),
          ),
        }),
        Boolean(user),
      )
    await send(
      req,
      res,
      createElement(VenuePage, { ...found, holidays, now: new Date() }),
      200,
      Boolean(user),
    )
  })

  router.get(`${seg('organisation')}/:slug`, async (req, res) => {
    const user = await visitor(payload, req)
    const { slug, ics } = slugOf(req)
    const [found, holidays] = await Promise.all([
      getOrganisation({ payload, user }, slug),
      getSchoolHolidays(payload),
    ])
    if (!found) return notFound(req, res)
    if (ics)
      return sendCalendar(
        res,
        slug,
        buildCalendar({
          name: found.organisation.name,
          events: found.activities.map((a) =>
            activityCalendarEvent(a, holidays, options.serverURL, locale),
          ),
        }),
        Boolean(user),
      )
    await send(
      req,
      res,
      createElement(OrganisationPage, { ...found, holidays, now: new Date() }),
      200,
      Boolean(user),
    )
  })

  router.get(seg('accessibility'), (req, res) => send(req, res, createElement(AccessibilityPage)))
  router.get(seg('privacy'), (req, res) => send(req, res, createElement(PrivacyPage)))

  router.use(reportRoutes(payload, locale, options))
  router.use(contactPages(payload, locale, options))

  return router
}
