import type { ErrorRequestHandler, Request, Response, Router } from 'express'
import { createElement } from 'react'

import { type Cms, logFailure } from '../../data/cms'
import { pageContext, type WebOptions } from '../pageContext'
import { ErrorPage } from '../pages/ErrorPage'
import { renderDocument } from '../render'

/**
 * The last routes: 404 for any path no page took, and the error handler — a 4xx thrown by a
 * page keeps its status with a short text; anything else is logged and gets the 500 page, in
 * the language of the path.
 */
export const errors = (router: Router, payload: Cms, options: WebOptions): void => {
  const errorPage = async (req: Request, res: Response, status: 404 | 500) => {
    const locale = req.originalUrl === '/en' || req.originalUrl.startsWith('/en/') ? 'en' : 'nl'
    try {
      const context = await pageContext(payload, req, locale, options)
      res
        .status(status)
        .type('html')
        .send(renderDocument(createElement(ErrorPage, { status }), context))
    } catch {
      res
        .status(status)
        .type('text')
        .send(
          status === 404 ? 'Niet gevonden / Not found' : 'Er ging iets mis / Something went wrong',
        )
    }
  }

  router.use((req, res) => errorPage(req, res, 404))

  const onError: ErrorRequestHandler = (error: unknown, req, res, _next) => {
    const given = error && typeof error === 'object' && 'status' in error ? error.status : undefined
    const status = typeof given === 'number' && given >= 400 && given < 500 ? given : 500
    if (status >= 500) logFailure(payload, error, 'public page failed')
    if (res.headersSent) return
    if (status === 500 || status === 404) void errorPage(req, res, status)
    else res.status(status).type('text').send('Ongeldig verzoek / Bad request')
  }
  router.use(onError)
}
