import express, { type Request, type Response } from 'express'
import { createElement } from 'react'

import { confirmAlert, createAlert, unsubscribeAlert } from '../../data/alerts'
import { type FormRateLimiter, formRateLimit } from '../../http/formRateLimit'
import { ALERT_SEGMENTS, href } from '../../lib/paths'
import { parseAlertForm } from '../forms/alertInput'
import { AlertActionPage, AlertPage, AlertSentPage } from '../pages/AlertPages'
import { refusedBySave } from './listingForm'
import type { Page, Route } from './page'

const alertBody = express.urlencoded({ extended: false, limit: '4kb', parameterLimit: 10 })
const NO_STORE = { cache: 'no-store' }

/** The query string of the page's address (the search an alert is for). */
const searchOf = (req: Request): string => {
  const q = req.originalUrl.indexOf('?')
  return q < 0 ? '' : req.originalUrl.slice(q + 1)
}

/** The token of an e-mail's link: in the address (one-click unsubscribe) or the page's form. */
const tokenOf = (req: Request): string => {
  const fromBody = (req.body as Record<string, unknown> | undefined)?.token
  const token = typeof fromBody === 'string' ? fromBody : req.query.token
  return typeof token === 'string' ? token.slice(0, 200) : ''
}

/** The form's post: rate-limited, validated, a honeypot; stored, or shown again with what was typed. */
const subscribe =
  (page: Page, limit: FormRateLimiter) =>
  async (req: Request, res: Response): Promise<void> => {
    const { payload, locale, t, send } = page

    const wait = await limit.take(req)
    const input = parseAlertForm(req.body, t)
    const query = input.ok ? input.data.query : input.values.query
    if (wait !== null) {
      res.set('Retry-After', String(wait))
      const errors = [
        { field: '', message: t('alerts.tooMany', { minutes: Math.ceil(wait / 60) }) },
      ]
      const values = input.ok ? input.data : input.values
      return send(req, res, createElement(AlertPage, { query, errors, values }), {
        ...NO_STORE,
        status: 429,
      })
    }
    if (!input.ok) {
      const page = createElement(AlertPage, { query, errors: input.errors, values: input.values })
      return send(req, res, page, { ...NO_STORE, status: 400 })
    }
    // A robot gets the same answer, and nothing is stored.
    const refused = input.spam
      ? null
      : await refusedBySave(() => createAlert(payload, input.data, locale))
    if (refused) {
      const unavailable = refused.status === 503
      const errors = [{ field: '', message: unavailable ? t('error.notStored') : refused.message }]
      const page = createElement(AlertPage, { query, errors, values: input.data })
      return send(req, res, page, { ...NO_STORE, status: unavailable ? 503 : 400 })
    }
    res.redirect(303, `${href(locale, 'alerts')}/${ALERT_SEGMENTS.sent[locale]}?${query}`)
  }

/**
 * `/nieuwe-plekken` (en: `/new-places`): "Stuur me nieuwe plekken" — the form's post
 * (rate-limited, validated, a honeypot; shown again with what was typed), "kijk in je mail",
 * and the pages behind the e-mails' links: confirm and unsubscribe, each a button that POSTs.
 * The unsubscribe POST also takes RFC 8058's one-click request (token in the address, no
 * cookies, no further step).
 */
export const alerts: Route = (router, page) => {
  const { payload, locale, options, path, send } = page
  const limit = options.limiters?.alert ?? formRateLimit(options.formLimit)
  const base = path('alerts')
  const sent = `${base}/${ALERT_SEGMENTS.sent[locale]}`
  const confirm = `${base}/${ALERT_SEGMENTS.confirm[locale]}`
  const unsubscribe = `${base}/${ALERT_SEGMENTS.unsubscribe[locale]}`

  router.get(base, (req, res) =>
    send(req, res, createElement(AlertPage, { query: searchOf(req) }), NO_STORE),
  )

  router.post(base, alertBody, subscribe(page, limit))

  router.get(sent, (req, res) =>
    send(req, res, createElement(AlertSentPage, { query: searchOf(req) }), NO_STORE),
  )

  for (const [path, action] of [
    [confirm, 'confirm'],
    [unsubscribe, 'unsubscribe'],
  ] as const) {
    router.get(path, (req, res) =>
      send(req, res, createElement(AlertActionPage, { action, token: tokenOf(req) }), NO_STORE),
    )
    router.post(path, alertBody, async (req, res) => {
      const token = tokenOf(req)
      const result =
        action === 'confirm'
          ? await confirmAlert(payload, token)
          : (await unsubscribeAlert(payload, token))
            ? 'unsubscribed'
            : 'invalid'
      const status = result === 'invalid' || result === 'expired' ? 400 : 200
      await send(req, res, createElement(AlertActionPage, { action, token, result }), {
        ...NO_STORE,
        status,
      })
    })
  }
}
