import express, { type Request, type Response, type Router } from 'express'
import type { Payload } from 'payload'
import { createElement } from 'react'

import { getSchoolHolidays } from '../data/holidays'
import { getActivity, getOpening } from '../data/listings'
import { formRateLimit } from '../http/formRateLimit'
import { parseReportForm } from './forms/reportInput'
import { translator, type Locale } from './i18n'
import { pageContext, type WebOptions } from './pageContext'
import { ActivityPage } from './pages/ActivityPage'
import { OpeningPage } from './pages/OpeningPage'
import { href, REPORT_SEGMENT, SEGMENTS } from './paths'
import { renderDocument } from './render'

/** Small bodies only: the report form has two short fields. Larger bodies get 413. */
const formBody = express.urlencoded({ extended: false, limit: '8kb', parameterLimit: 10 })

/**
 * POST /activiteit/:slug/melding and /plek/:slug/melding (en: /activity/:slug/report …): a
 * "Klopt er iets niet?" report. Rate-limited per IP (429 with Retry-After), a honeypot field
 * (a filled one is answered as if it worked, and nothing is stored), validated with zod
 * (400: the page again, the problems named), then stored as the anonymous visitor and
 * answered with a redirect to the listing (303), which thanks the visitor.
 */
export const reportRoutes = (payload: Payload, locale: Locale, options: WebOptions): Router => {
  const router = express.Router()
  const limit = options.reportLimiter ?? formRateLimit(options.formLimit)
  const t = translator(locale)

  for (const kind of ['activity', 'opening'] as const) {
    const collection = kind === 'activity' ? 'activities' : 'openings'
    router.post(`/${SEGMENTS[kind][locale]}/:slug/${REPORT_SEGMENT[locale]}`, formBody, async (req: Request, res: Response) => {
      const slug = String(req.params.slug)
      const doc = kind === 'activity' ? await getActivity({ payload, user: null }, slug) : await getOpening({ payload, user: null }, slug)
      const render = async (status: number, report: { errors: string[]; values?: { reason?: string; message?: string } }) => {
        const context = await pageContext(payload, req, locale, options)
        const page =
          kind === 'activity'
            ? createElement(ActivityPage, { activity: doc as never, holidays: await getSchoolHolidays(payload), now: new Date(), report })
            : createElement(OpeningPage, { opening: doc as never, report })
        res.status(status).type('html').set('Cache-Control', 'no-store').send(renderDocument(page, context))
      }
      if (!doc) {
        res.status(404).type('text').send('Niet gevonden / Not found')
        return
      }
      const wait = await limit.take(req)
      if (wait !== null) {
        res.set('Retry-After', String(wait))
        await render(429, { errors: [t('report.tooMany', { minutes: Math.ceil(wait / 60) })] })
        return
      }
      const input = parseReportForm(req.body, t)
      if (!input.ok) {
        await render(400, { errors: input.errors, values: input.values })
        return
      }
      if (!input.spam) {
        await payload.create({
          collection: 'listing-reports',
          data: { listing: { relationTo: collection, value: doc.id }, reason: input.reason as never, message: input.message || undefined },
          overrideAccess: false,
          user: null,
        })
      }
      res.redirect(303, `${href(locale, kind, slug)}?gemeld=1#melding`)
    })
  }
  return router
}
