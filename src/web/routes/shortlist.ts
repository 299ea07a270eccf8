import express, { type Request, type Response } from 'express'
import { createElement } from 'react'

import { readsOfficialLabels } from '../../data/cms'
import { getSchoolHolidays } from '../../data/holidays'
import { loadShortlist, readShareQuery, shareQuery } from '../../data/shortlist'
import { href, SHARED_SEGMENT } from '../../lib/paths'
import { qrSvg } from '../../lib/qr'
import {
  changeShortlist,
  isShortlistKey,
  cookieValue,
  formatShortlist,
  parseShortlist,
  SHARE_DAYS,
  SHORTLIST_COOKIE,
  shortlistKey,
  type ShortlistKey,
} from '../../lib/shortlist'
import { ErrorPage } from '../pages/ErrorPage'
import { ShortlistPage, type ShortlistEntry } from '../pages/ShortlistPage'
import type { Page, Route } from './page'
import { fromThisSite, staffOnly } from './staffOnly'

const formBody = express.urlencoded({ extended: false, limit: '2kb', parameterLimit: 5 })
const WEEK = 7 * 24 * 60 * 60

/** Each listing with its page's address and the QR code of that address. */
const entriesOf = async (page: Page, keys: readonly ShortlistKey[]): Promise<ShortlistEntry[]> => {
  const items = await loadShortlist(page.payload, keys)
  return Promise.all(
    items.map(async (item) => {
      const kind = item.collection === 'activities' ? 'activity' : 'opening'
      const url = `${page.options.serverURL}${href(page.locale, kind, item.doc.slug ?? '')}`
      return { item, url, qr: await qrSvg(url) }
    }),
  )
}

/** Where to go back after a change: a path on this site, never another site. */
const backOf = (page: Page, raw: unknown): string =>
  typeof raw === 'string' && /^\/(?![/\\])/.test(raw) ? raw : href(page.locale, 'shortlist')

/** POST: add, take off or empty (a professional's own list, in a cookie); then back (303). */
const change = async (page: Page, req: Request, res: Response) => {
  if (!(await staffOnly(page, req, res, readsOfficialLabels))) return
  if (!fromThisSite(req, page.options.serverURL)) {
    res.status(403).type('text').send(page.t('referral.badOrigin'))
    return
  }
  const body = req.body as Record<string, unknown>
  const keys = changeShortlist(parseShortlist(cookieValue(req.headers.cookie, SHORTLIST_COOKIE)), {
    add: typeof body.add === 'string' ? body.add : undefined,
    remove: typeof body.remove === 'string' ? body.remove : undefined,
    clear: body.clear === '1',
  })
  res.cookie(SHORTLIST_COOKIE, formatShortlist(keys), {
    httpOnly: true,
    sameSite: 'lax',
    secure: page.options.serverURL.startsWith('https:'),
    path: '/',
    maxAge: keys.length ? WEEK * 1000 : 0,
  })
  // Back at the button that was pressed (on the list itself: the list's top).
  const pressed = [body.add, body.remove].find((k) => typeof k === 'string' && isShortlistKey(k))
  res.redirect(303, `${backOf(page, body.back)}${pressed ? `#lijstje-${String(pressed)}` : ''}`)
}

/** GET: the professional's own list, with the controls and a fresh link to share. */
const own = async (page: Page, req: Request, res: Response) => {
  if (!(await staffOnly(page, req, res, readsOfficialLabels))) return
  const keys = parseShortlist(cookieValue(req.headers.cookie, SHORTLIST_COOKIE))
  const now = new Date()
  const [entries, holidays] = await Promise.all([
    entriesOf(page, keys),
    getSchoolHolidays(page.payload),
  ])
  const query = shareQuery(
    page.payload,
    entries.map((e) => shortlistKey(e.item.collection, e.item.doc.id)),
    now,
  )
  const share = {
    url: `${page.options.serverURL}${href(page.locale, 'shortlist')}/${SHARED_SEGMENT[page.locale]}?${query}`,
    until: query.get('tot')!,
  }
  const element = createElement(ShortlistPage, { entries, holidays, now, own: true, share })
  await page.send(req, res, element, { personal: true, professional: true })
}

/** GET …/gedeeld?l=…&tot=…&sig=…: the shared list, for anyone with the link, until its day. */
const shared = async (page: Page, req: Request, res: Response) => {
  const now = new Date()
  const read = readShareQuery(page.payload, new URL(req.originalUrl, 'http://x').searchParams, now)
  if (read === 'invalid') return page.notFound(req, res)
  if (read === 'expired') {
    const gone = createElement(ErrorPage, { status: 410, days: SHARE_DAYS })
    return page.send(req, res, gone, { status: 410, cache: 'private, no-store' })
  }
  const [entries, holidays] = await Promise.all([
    entriesOf(page, read.keys),
    getSchoolHolidays(page.payload),
  ])
  const element = createElement(ShortlistPage, { entries, holidays, now, own: false })
  await page.send(req, res, element, { cache: 'private, no-store' })
}

/**
 * `/lijstje` (en: `/shortlist`): a professional's shortlist for a client — added to in one
 * click from results and listing pages, printed or saved as PDF, shared by a signed link that
 * works for SHARE_DAYS days (`/lijstje/gedeeld`). No client data: only which listings.
 */
export const shortlist: Route = (router, page) => {
  const path = page.path('shortlist')
  router.post(path, formBody, (req, res) => change(page, req, res))
  router.get(path, (req, res) => own(page, req, res))
  router.get(`${path}/${SHARED_SEGMENT[page.locale]}`, (req, res) => shared(page, req, res))
}
