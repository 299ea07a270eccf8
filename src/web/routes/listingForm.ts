import express, { type Request, type Response } from 'express'
import type { TFunction } from 'i18next'
import { createElement } from 'react'

import { type Cms, isDatabaseUnavailable } from '../../data/cms'
import { getSchoolHolidays } from '../../data/holidays'
import { getActivity, getOpening } from '../../data/listings'
import { formRateLimit, type FormKind } from '../../http/formRateLimit'
import type { ListingSlug } from '../../lib/vocabulary'
import type { Activity, Opening } from '../../payload-types'
import type { Locale } from '../i18n'
import { ActivityPage, type ActivityPageProps } from '../pages/ActivityPage'
import { OpeningPage } from '../pages/OpeningPage'
import type { Page, Route } from './page'

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
    /** The page's language, for the refusals the save may give. */
    locale: Locale,
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
export const listingForm =
  <Parsed extends { ok: boolean }>(form: ListingForm<Parsed>): Route =>
  (router, page) => {
    const { payload, locale, options, t } = page
    const limit = options.limiters?.[form.limiter] ?? formRateLimit(options.formLimit)
    for (const kind of ['activity', 'opening'] as const) {
      router.post(
        `${page.path(kind)}/:slug/${form.segment[locale]}`,
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
          const render = (status: number, state: PageState) =>
            renderListing(page, req, res, doc, kind, status, state)
          const wait = await limit.take(req)
          if (wait !== null) {
            res.set('Retry-After', String(wait))
            return render(429, form.state({ refused: form.tooMany(t, Math.ceil(wait / 60)) }))
          }
          const input = form.parse(req.body, t)
          if (!input.ok) return render(400, form.state(input))
          const valid = input as Extract<Parsed, { ok: true }>
          if (!form.isSpam(valid)) {
            const collection = kind === 'activity' ? 'activities' : 'openings'
            const refused = await refusedBySave(() =>
              form.store(payload, { collection, id: doc.id }, valid, locale),
            )
            if (refused) {
              const unavailable = refused.status === 503
              const message = unavailable ? t('error.notStored') : refused.message
              return render(unavailable ? 503 : 400, form.state({ refused: message, input: valid }))
            }
          }
          res.redirect(303, form.done(locale, kind, slug))
        },
      )
    }
  }

/** The listing's page again, with the form's state (errors, what was typed). */
const renderListing = async (
  page: Page,
  req: Request,
  res: Response,
  doc: Activity | Opening,
  kind: ListingKind,
  status: number,
  state: PageState,
) => {
  const element =
    kind === 'activity'
      ? createElement(ActivityPage, {
          activity: doc as Activity,
          holidays: await getSchoolHolidays(page.payload),
          now: new Date(),
          ...state,
        })
      : createElement(OpeningPage, { opening: doc as Opening, ...state })
  await page.send(req, res, element, { status, cache: 'no-store' })
}
