import { fileURLToPath } from 'node:url'

import express, { type ErrorRequestHandler, type Router } from 'express'
import type { Payload } from 'payload'
import { createElement } from 'react'

import { getHomeListings } from '../data/homeListings'
import { ErrorPage } from './pages/ErrorPage'
import { HomePage } from './pages/HomePage'
import { renderDocument } from './render'

const stylesDir = fileURLToPath(new URL('./styles', import.meta.url))

/** The public directory: server-rendered pages and their static assets. */
export const createWebRouter = ({ payload }: { payload: Payload }): Router => {
  const router = express.Router()

  router.use('/assets', express.static(stylesDir, { maxAge: '1h', fallthrough: false }))

  router.get('/', async (_req, res) => {
    const listings = await getHomeListings(payload)
    res.type('html').set('Cache-Control', 'no-cache').send(renderDocument(createElement(HomePage, listings)))
  })

  router.use((_req, res) => {
    res.status(404).type('html').send(renderDocument(createElement(ErrorPage, { status: 404 })))
  })

  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500
    if (status === 500) payload.logger.error({ err: error, msg: 'public page failed' })
    res
      .status(status)
      .type('html')
      .send(renderDocument(createElement(ErrorPage, { status: status === 404 ? 404 : 500 })))
  }
  router.use(onError)
  return router
}
