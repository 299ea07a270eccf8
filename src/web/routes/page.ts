import type { Request, Response, Router } from 'express'
import type { TFunction } from 'i18next'
import { createElement, type ReactElement } from 'react'

import type { Cms } from '../../data/cms'
import { SEGMENTS } from '../../lib/paths'
import { translator, type Locale } from '../i18n'
import { pageContext, professionalContext, type WebOptions } from '../pageContext'
import { ErrorPage } from '../pages/ErrorPage'
import { renderDocument } from '../render'

/**
 * What every page of one language needs to answer: the CMS, the language, the site's options,
 * and how to send a page. Each file in this folder is one page or form; `src/web/router.ts`
 * gives each the router of its language (`/` for Dutch, `/en` for English).
 */
export interface Page {
  payload: Cms
  locale: Locale
  options: WebOptions
  t: TFunction
  /** A page's path in this language, below the language's prefix: `/zoeken` (nl), `/search` (en). */
  path: (kind: keyof typeof SEGMENTS) => string
  /** Sends a rendered page. `personal`: it shows the logged-in visitor's view, so no shared cache. */
  send: (req: Request, res: Response, element: ReactElement, options?: SendOptions) => Promise<void>
  notFound: (req: Request, res: Response) => Promise<void>
}

interface SendOptions {
  status?: number
  personal?: boolean
  /** The visitor is a professional (see readsOfficialLabels): official labels. */
  professional?: boolean
  /** Cache-Control; default `no-cache` (or `private, no-store` when personal). */
  cache?: string
}

/** One page or form: adds its routes to its language's router. */
export type Route = (router: Router, page: Page) => void

/** How long the server took (data + render), for browsers' dev tools and the page benchmark. */
export const serverTiming = (res: Response): string =>
  typeof res.locals.startedAt === 'number'
    ? `render;dur=${(performance.now() - res.locals.startedAt).toFixed(1)}`
    : 'render'

export const pageOf = (payload: Cms, locale: Locale, options: WebOptions): Page => {
  const send: Page['send'] = async (
    req,
    res,
    element,
    { status = 200, personal, professional, cache } = {},
  ) => {
    const context = {
      ...(await pageContext(payload, req, locale, options)),
      ...professionalContext(req, professional),
    }
    const html = renderDocument(element, context)
    res
      .status(status)
      .type('html')
      .set('Cache-Control', cache ?? (personal ? 'private, no-store' : 'no-cache'))
      .set('Content-Language', locale)
      .set('Server-Timing', serverTiming(res))
      .send(html)
  }
  return {
    payload,
    locale,
    options,
    t: translator(locale),
    path: (kind) => `/${SEGMENTS[kind][locale]}`,
    send,
    notFound: (req, res) =>
      send(req, res, createElement(ErrorPage, { status: 404 }), { status: 404 }),
  }
}
