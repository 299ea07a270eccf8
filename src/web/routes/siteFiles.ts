import type { Router } from 'express'

import type { Cms } from '../../data/cms'
import { getSitemapEntries } from '../../data/sitemap'
import { getSiteSettings, themeCss } from '../../data/site'
import { getAssets } from '../assets/buildAssets'
import type { WebOptions } from '../pageContext'
import { sitemapXml } from '../sitemap'

/** The files around the pages: bundled assets, the theme's colours, robots.txt and the sitemap. */
export const siteFiles = (router: Router, payload: Cms, options: WebOptions): void => {
  router.get('/assets/:file', async (req, res, next) => {
    const asset = (await getAssets()).files.get(`/assets/${req.params.file}`)
    if (!asset) return next()
    res
      .type(asset.type)
      .set('Cache-Control', 'public, max-age=31536000, immutable')
      .send(asset.body)
  })

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
        `User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /api/\nDisallow: /zoeken?\nDisallow: /en/search?\nDisallow: /lijstje\nDisallow: /en/shortlist\nDisallow: /wie-is-wie\nDisallow: /en/whos-who\n\nSitemap: ${options.serverURL}/sitemap.xml\n`,
      )
  })

  router.get('/sitemap.xml', async (_req, res) => {
    const entries = await getSitemapEntries({ payload, user: null })
    res
      .type('application/xml')
      .set('Cache-Control', 'public, max-age=3600')
      .send(sitemapXml(options.serverURL, entries))
  })
}
