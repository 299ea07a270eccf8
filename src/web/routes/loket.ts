import express from 'express'
import { createElement } from 'react'

import { sign, signed } from '../../data/cms'
import { createLoketRequest } from '../../data/contact'
import { formRateLimit } from '../../http/formRateLimit'
import { href, SENT_SEGMENT } from '../../lib/paths'
import { parseLoketForm } from '../forms/loketInput'
import { formatDay } from '../i18n'
import { LoketPage, LoketSentPage } from '../pages/LoketPage'
import { refusedBySave } from './listingForm'
import type { Route } from './page'

/** yyyy-mm-dd of an instant in Amsterdam (a deadline at 23:59 there is the same day). */
const amsterdamDay = (iso: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(iso))

const loketBody = express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 30 })
const NO_STORE = { cache: 'no-store' }

/**
 * `/werkgevers` (en: `/employers`): the employer loket — the form, its post (rate-limited,
 * validated, a honeypot, stored or shown again with what was typed) and the confirmation with
 * the date by which an editor answers.
 */
export const loket: Route = (router, { payload, locale, options, t, path, send }) => {
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
        const errors = [
          { field: '', message: unavailable ? t('error.notStored') : refused.message },
        ]
        const page = createElement(LoketPage, { errors, values })
        return send(req, res, page, { ...NO_STORE, status: unavailable ? 503 : 400 })
      }
    }
    const sent = `${href(locale, 'loket')}/${SENT_SEGMENT[locale]}`
    const day = due ? amsterdamDay(due) : null
    res.redirect(303, day ? `${sent}?voor=${day}&s=${sign(payload, 'loket-due', day)}` : sent)
  })

  router.get(`${form}/${SENT_SEGMENT[locale]}`, async (req, res) => {
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
    await send(req, res, createElement(LoketSentPage, { dueDate }), NO_STORE)
  })
}
