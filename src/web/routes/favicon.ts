import type { Router } from 'express'
import sharp from 'sharp'

/** The site's icon: a rounded square with an "M", in the default brand colour. */
const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0b5e6b"/>' +
  '<path d="M7 24V8h3.4L16 16l5.6-8H25v16h-3.4V14.2L16 22l-5.6-7.8V24z" fill="#fff"/></svg>'

let png: Promise<Buffer> | null = null

/**
 * /favicon.svg, and /favicon.ico for the browsers and crawlers that ask for it whatever the page
 * says (a 404 there is a console error on every page): a 32 × 32 PNG, which they all accept.
 */
export const favicon = (router: Router): void => {
  router.get('/favicon.svg', (_req, res) => {
    res.type('image/svg+xml').set('Cache-Control', 'public, max-age=86400').send(FAVICON_SVG)
  })
  router.get('/favicon.ico', async (_req, res) => {
    png ??= sharp(Buffer.from(FAVICON_SVG)).resize(32, 32).png().toBuffer()
    res
      .type('image/png')
      .set('Cache-Control', 'public, max-age=86400')
      .send(await png)
  })
}
