import { createElement } from 'react'

import { getOpening } from '../../data/listings'
import { visitor } from '../pageContext'
import { OpeningPage } from '../pages/OpeningPage'
import type { Route } from './page'

/** `/plek/:slug` (en: `/opening/:slug`): a volunteering or work-and-learning place. */
export const opening: Route = (router, { payload, path, send, notFound }) => {
  router.get(`${path('opening')}/:slug`, async (req, res) => {
    const user = await visitor(payload, req)
    const found = await getOpening({ payload, user }, String(req.params.slug))
    if (!found) return notFound(req, res)
    const page = createElement(OpeningPage, {
      opening: found,
      report: { done: req.query.gemeld === '1' },
    })
    await send(req, res, page, { personal: Boolean(user) })
  })
}
