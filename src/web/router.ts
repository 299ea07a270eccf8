import express, { type ErrorRequestHandler, type Router } from 'express'
import { type Cms, logFailure } from '../data/cms'
import { createElement } from 'react'

import { getSitemapEntries } from '../data/listings'
import { getSiteSettings, themeCss } from '../data/site'
import { getAssets } from './assets/buildAssets'
import { faviconRoutes } from './favicon'
import { localeRoutes } from './localeRoutes'
import { pageContext, type WebOptions } from './pageContext'
import { previewRoutes } from './previewRoutes'
import { ErrorPage } from './pages/ErrorPage'
import { renderDocument } from './render'
import { sitemapXml } from './sitemap'

export type { WebOptions }

/** The public directory: static assets, theme, robots and sitemap, and the pages in Dutch and English. */
export const createWebRouter = ({
  payload,
  options,
}: {
  payload: Cms
  options: WebOptions
}): Router => {
  const router = express.Router()
  // For the Server-Timing header of pages: data loading plus React rendering.
  router.use((_req, res, next) => {
    res.locals.startedAt = performance.now()
    next()
  })

  router.get('/assets/:file', async (req, res, next) => {
    const asset = (await getAssets()).files.get(`/assets/${req.params.file}`)
    if (!asset) return next()
    res
      .type(asset.type)
      .set('Cache-Control', 'public, max-age=31536000, immutable')
      .send(asset.body)
  })

  router.use(faviconRoutes())

  router.get('/theme.css', async (_req, res) => {
    res
      .type('text/css')
      .set('Cache-Control', 'public, max-age=300')
      .send(themeCss(await getSiteSettings(payload)))
  })

  router.get('/robots.txt', (_req, res) => {
    res
      .type('text/plain')
      .send(
        `User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /api/\nDisallow: /zoeken?\nDisallow: /en/search?\n\nSitemap: ${options.serverURL}/sitemap.xml\n`,
      )
  })

  router.get('/sitemap.xml', async (_req, res) => {
    const entries = await getSitemapEntries({ payload, user: null })
    res
      .type('application/xml')
      .set('Cache-Control', 'public, max-age=3600')
      .send(sitemapXml(options.serverURL, entries))
  })

  router.use(previewRoutes(payload, options))
  router.use('/en', localeRoutes(payload, 'en', options))
  router.use('/', localeRoutes(payload, 'nl', options))

  const errorPage = async (req: express.Request, res: express.Response, status: 404 | 500) => {
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
  return router
}
