import express, { type Request, type Response, type Router } from 'express'
import { type Cms, sign, signed } from '../data/cms'
import { createElement, type ReactElement } from 'react'

import { createLoketRequest, takesInterest } from '../data/contact'
import { getActivity, getOpening } from '../data/listings'
import { formRateLimit } from '../http/formRateLimit'
import type { Organisation } from '../payload-types'
import { populated } from './components/populated'
import { parseLoketForm } from './forms/loketInput'
import { formatDay, translator, type Locale } from './i18n'
import { interestRoutes } from './interestRoutes'
import { refusedBySave } from './listingFormRoutes'
import { pageContext, type WebOptions } from './pageContext'
import { InterestSentPage } from './pages/InterestSentPage'
import { LoketPage, LoketSentPage } from './pages/LoketPage'
import { href, INTEREST_SEGMENT, SEGMENTS, SENT_SEGMENT } from '../lib/paths'
import { renderDocument } from './render'

/** yyyy-mm-dd of an instant in Amsterdam (a deadline at 23:59 there is the same day). */
const amsterdamDay = (iso: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(iso))

const loketBody = express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 30 })

/**
 * The contact pages of one language: the "ik heb interesse" posts and their confirmation, and
 * the employer loket (form, post, confirmation with the date by which an editor answers).
 */
export const contactPages = (payload: Cms, locale: Locale, options: WebOptions): Router => {
  const router = express.Router()
  const t = translator(locale)
  const loket = `/${SEGMENTS.loket[locale]}`
  const limit = options.limiters?.loket ?? formRateLimit(options.formLimit)
  const send = async (req: Request, res: Response, element: ReactElement, status = 200) => {
    const context = await pageContext(payload, req, locale, options)
    res
      .status(status)
      .type('html')
      .set('Cache-Control', 'no-store')
      .set('Content-Language', locale)
      .send(renderDocument(element, context))
  }

  router.use(interestRoutes(payload, locale, options))

  for (const kind of ['activity', 'opening'] as const) {
    router.get(
      `/${SEGMENTS[kind][locale]}/:slug/${INTEREST_SEGMENT[locale]}/${SENT_SEGMENT[locale]}`,
      async (req, res, next) => {
        const slug = String(req.params.slug)
        const doc =
          kind === 'activity'
            ? await getActivity({ payload, user: null }, slug)
            : await getOpening({ payload, user: null }, slug)
        if (!doc || !takesInterest(doc, kind)) return next()
        const organisation = populated<Organisation>(doc.organisation)
        await send(
          req,
          res,
          createElement(InterestSentPage, {
            title: doc.title,
            listingHref: href(locale, kind, slug),
            organisation: organisation?.name ?? '',
          }),
        )
      },
    )
  }

  router.get(loket, (req, res) => send(req, res, createElement(LoketPage, {})))

  router.post(loket, loketBody, async (req, res) => {
    const wait = await limit.take(req)
    if (wait !== null) {
      res.set('Retry-After', String(wait))
      return send(
        req,
        res,
        createElement(LoketPage, {
          errors: [{ field: '', message: t('loket.tooMany', { minutes: Math.ceil(wait / 60) }) }],
        }),
        429,
      )
    }
    const input = parseLoketForm(req.body, t)
    if (!input.ok)
      return send(
        req,
        res,
        createElement(LoketPage, { errors: input.errors, values: input.values }),
        400,
      )
    // A robot gets the same answer without a date, and nothing is stored.
    let due: string | null | undefined = null
    if (!input.spam) {
      const refused = await refusedBySave(
        async () => (due = (await createLoketRequest(payload, input.data, locale)).dueAt),
      )
      if (refused) {
        const unavailable = refused.status === 503
        const values = {
          ...input.data,
          hoursPerWeek: String(input.data.hoursPerWeek ?? ''),
          placesCount: String(input.data.placesCount ?? ''),
        }
        const message = unavailable ? t('error.notStored') : refused.message
        return send(
          req,
          res,
          createElement(LoketPage, { errors: [{ field: '', message }], values }),
          unavailable ? 503 : 400,
        )
      }
    }
    const sent = `${href(locale, 'loket')}/${SENT_SEGMENT[locale]}`
    res.redirect(
      303,
      due
        ? `${sent}?voor=${amsterdamDay(due)}&s=${sign(payload, 'loket-due', amsterdamDay(due))}`
        : sent,
    )
  })

  router.get(`${loket}/${SENT_SEGMENT[locale]}`, async (req, res) => {
    // Only the date this server put there: "?voor=1999-01-01" typed by hand shows no date at all.
    const day =
      typeof req.query.voor === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(req.query.voor)
        ? req.query.voor
        : null
    const given =
      day && typeof req.query.s === 'string' && signed(payload, 'loket-due', day, req.query.s)
        ? day
        : null
    await send(
      req,
      res,
      createElement(LoketSentPage, {
        dueDate: given ? formatDay(`${given}T12:00:00Z`, locale) : null,
      }),
    )
  })

  return router
}
