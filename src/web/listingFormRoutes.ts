import express, { type Request, type Response, type Router } from 'express'
import { type Cms, isDatabaseUnavailable } from '../data/cms'
import { createElement } from 'react'

import { getSchoolHolidays } from '../data/holidays'
import { getActivity, getOpening } from '../data/listings'
import { formRateLimit, type FormKind } from '../http/formRateLimit'
import type { Activity, Opening } from '../payload-types'
import { translator, type Locale } from './i18n'
import { pageContext, type WebOptions } from './pageContext'
import { ActivityPage, type ActivityPageProps } from './pages/ActivityPage'
import { OpeningPage } from './pages/OpeningPage'
import { SEGMENTS } from '../lib/paths'
import { renderDocument } from './render'
import type { TFunction } from 'i18next'
import type { ListingSlug } from '../lib/vocabulary'

/**
 * Runs a save. A refusal by the data model's own rules (a 4xx from Payload, e.g. the listing
 * closed a moment ago) and a database that cannot store it right now (503: disk full, the write
 * lock held too long) come back as status and message, so the form can be shown again with what
 * was typed instead of an error page. Others are thrown.
 */
export const refusedBySave = async (
  save: () => Promise<unknown>,
): Promise<{ status: number; message: string } | null> => {
  try {
    await save()
    return null
  } catch (error) {
    const status = (error as { status?: number }).status
    if (
      typeof status === 'number' &&
      ((status >= 400 && status < 500) || isDatabaseUnavailable(error))
    )
      return { status, message: (error as Error).message }
    throw error
  }
}

/** Small bodies only: the forms have a few short fields. Larger bodies get 413. */
const formBody = express.urlencoded({ extended: false, limit: '8kb', parameterLimit: 20 })

type ListingKind = 'activity' | 'opening'
type PageState = Pick<ActivityPageProps, 'report' | 'interest'>

/** One form on a listing's page: how to read it, store it, where to go after, how to show it again. */
export interface ListingForm<Parsed extends { ok: boolean }> {
  limiter: FormKind
  segment: Record<Locale, string>
  /** Whether this listing takes this form at all (otherwise 404). */
  accepts?: (listing: Activity | Opening, kind: ListingKind) => boolean
  parse: (body: unknown, t: TFunction) => Parsed
  /**
   * The page's state when the form comes back: the parse result, or one refusal message (429, a
   * rule the save enforced, a save the database could not store) with the valid input to keep.
   */
  state: (result: Parsed | { refused: string; input?: Extract<Parsed, { ok: true }> }) => PageState
  /** Stores the valid input (not called for a filled honeypot). */
  store: (
    payload: Cms,
    listing: { collection: ListingSlug; id: number },
    input: Extract<Parsed, { ok: true }>,
  ) => Promise<unknown>
  isSpam: (input: Extract<Parsed, { ok: true }>) => boolean
  /** Where the browser goes after a good post (303). */
  done: (locale: Locale, kind: ListingKind, slug: string) => string
  tooMany: (t: TFunction, minutes: number) => string
}

/**
 * POST {listing path}/{segment}: rate-limited per IP (429 with Retry-After), validated (400:
 * the page again with the problems named, in the page's language), a honeypot (a robot is
 * answered as if it worked and nothing is stored), then stored as the anonymous visitor and
 * redirected (303). Only listings residents can see take posts; others are a 404.
 */
export const listingFormRoutes = <Parsed extends { ok: boolean }>(
  payload: Cms,
  locale: Locale,
  options: WebOptions,
  form: ListingForm<Parsed>,
): Router => {
  const router = express.Router()
  const limit = options.limiters?.[form.limiter] ?? formRateLimit(options.formLimit)
  const t = translator(locale)

  for (const kind of ['activity', 'opening'] as const) {
    const collection = kind === 'activity' ? 'activities' : 'openings'
    router.post(
      `/${SEGMENTS[kind][locale]}/:slug/${form.segment[locale]}`,
      formBody,
      async (req: Request, res: Response) => {
        const slug = String(req.params.slug)
        const doc =
          kind === 'activity'
            ? await getActivity({ payload, user: null }, slug)
            : await getOpening({ payload, user: null }, slug)
        if (!doc || (form.accepts && !form.accepts(doc, kind))) {
          res
            .status(404)
            .type('text')
            .send(locale === 'en' ? 'Not found' : 'Niet gevonden')
          return
        }
        const render = async (status: number, state: PageState) => {
          const context = await pageContext(payload, req, locale, options)
          const page =
            kind === 'activity'
              ? createElement(ActivityPage, {
                  activity: doc as Activity,
                  holidays: await getSchoolHolidays(payload),
                  now: new Date(),
                  ...state,
                })
              : createElement(OpeningPage, { opening: doc as Opening, ...state })
          res
            .status(status)
            .type('html')
            .set('Cache-Control', 'no-store')
            .send(renderDocument(page, context))
        }
        const wait = await limit.take(req)
        if (wait !== null) {
          res.set('Retry-After', String(wait))
          await render(429, form.state({ refused: form.tooMany(t, Math.ceil(wait / 60)) }))
          return
        }
        const input = form.parse(req.body, t)
        if (!input.ok) {
          await render(400, form.state(input))
          return
        }
        const valid = input as Extract<Parsed, { ok: true }>
        if (!form.isSpam(valid)) {
          const refused = await refusedBySave(() =>
            form.store(payload, { collection, id: doc.id }, valid),
          )
          if (refused) {
            const unavailable = refused.status === 503
            await render(
              unavailable ? 503 : 400,
              form.state({
                refused: unavailable ? t('error.notStored') : refused.message,
                input: valid,
              }),
            )
            return
          }
        }
        res.redirect(303, form.done(locale, kind, slug))
      },
    )
  }
  return router
}
