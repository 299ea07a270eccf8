import express from 'express'
import { createElement } from 'react'

import { sign, signed } from '../../data/cms'
import { amsterdamDay } from '../../lib/contact'
import { createLoketRequest, loketStatusOf, loketStatusToken } from '../../data/contact'
import { formRateLimit } from '../../http/formRateLimit'
import { href, LOKET_STATUS_SEGMENT, SENT_SEGMENT } from '../../lib/paths'
import { parseLoketForm } from '../forms/loketInput'
import { formatDay } from '../i18n'
import { LoketPage, LoketSentPage } from '../pages/LoketPage'
import { LoketStatusPage } from '../pages/LoketStatusPage'
import { refusedBySave } from './listingForm'
import type { Route } from './page'
import type { Locale } from '../i18n'

const loketBody = express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 30 })
const NO_STORE = { cache: 'no-store' }

const statusPath = (locale: Locale, token: string) =>
  `${href(locale, 'loket')}/${LOKET_STATUS_SEGMENT[locale]}/${encodeURIComponent(token)}`

/** The confirmation: the date by which an editor answers, and the link to follow the request. */
const sentPage: Route = (router, { payload, locale, path, send }) => {
  router.get(`${path('loket')}/${SENT_SEGMENT[locale]}`, async (req, res) => {
    // Only the date this server put there: "?voor=1999-01-01" typed by hand shows no date at all.
    const day =
      typeof req.query.voor === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(req.query.voor)
        ? req.query.voor
        : null
    const given =
      day && typeof req.query.s === 'string' && signed(payload, 'loket-due', day, req.query.s)
        ? day
        : null
    const dueDate = given ? formatDay(`${given}T12:00:00Z`, locale) : null
    // The link to follow the request, when it is a real one.
    const token = typeof req.query.volg === 'string' ? req.query.volg : ''
    const follow = token && (await loketStatusOf(payload, token)) ? statusPath(locale, token) : null
    await send(req, res, createElement(LoketSentPage, { dueDate, follow }), NO_STORE)
  })
}

/** `/werkgevers/aanvraag/:token`: the employer follows their request, without an account. */
const statusPage: Route = (router, { payload, locale, path, send }) => {
  router.get(`${path('loket')}/${LOKET_STATUS_SEGMENT[locale]}/:token`, async (req, res, next) => {
    const status = await loketStatusOf(payload, String(req.params.token))
    if (!status) return next()
    await send(req, res, createElement(LoketStatusPage, { status }), {
      cache: 'private, no-store',
    })
  })
}

/**
 * `/werkgevers` (en: `/employers`): the employer loket — the form, its post (rate-limited,
 * validated, a honeypot, stored or shown again with what was typed), the confirmation with the
 * date by which an editor answers, and the page where the employer follows the request.
 */
export const loket: Route = (router, page) => {
  const { payload, locale, options, t, path, send } = page
  const limit = options.limiters?.loket ?? formRateLimit(options.formLimit)
  const form = path('loket')

  router.get(form, (req, res) => send(req, res, createElement(LoketPage, {}), NO_STORE))

  router.post(form, loketBody, async (req, res) => {
    const wait = await limit.take(req)
    if (wait !== null) {
      res.set('Retry-After', String(wait))
      const errors = [{ field: '', message: t('loket.tooMany', { minutes: Math.ceil(wait / 60) }) }]
      return send(req, res, createElement(LoketPage, { errors }), { ...NO_STORE, status: 429 })
    }
    const input = parseLoketForm(req.body, t)
    if (!input.ok) {
      const page = createElement(LoketPage, { errors: input.errors, values: input.values })
      return send(req, res, page, { ...NO_STORE, status: 400 })
    }
    // A robot gets the same answer without a date, and nothing is stored.
    let due: string | null | undefined = null
    let follow: string | null = null
    if (!input.spam) {
      const refused = await refusedBySave(async () => {
        const made = await createLoketRequest(payload, input.data, locale)
        due = made.dueAt
        follow = loketStatusToken(payload, made)
      })
      if (refused) {
        const unavailable = refused.status === 503
        const values = {
          ...input.data,
          hoursPerWeek: String(input.data.hoursPerWeek ?? ''),
          placesCount: String(input.data.placesCount ?? ''),
        }
        const errors = [
          { field: '', message: unavailable ? t('error.notStored') : refused.message },
        ]
        const page = createElement(LoketPage, { errors, values })
        return send(req, res, page, { ...NO_STORE, status: unavailable ? 503 : 400 })
      }
    }
    const sent = `${href(locale, 'loket')}/${SENT_SEGMENT[locale]}`
    const day = due ? amsterdamDay(new Date(due)) : null
    const query = new URLSearchParams(day ? { voor: day, s: sign(payload, 'loket-due', day) } : {})
    if (follow) query.set('volg', follow)
    res.redirect(303, String(query) ? `${sent}?${query}` : sent)
  })
  sentPage(router, page)
  statusPage(router, page)
}
