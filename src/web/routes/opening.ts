import { createElement } from 'react'

import { getOpening } from '../../data/listings'
import { readsOfficialLabels } from '../../data/cms'
import { refersClients, takesReferral } from '../../data/referrals'
import { getSchoolHolidays } from '../../data/holidays'
import { relatedListings } from '../../data/related'
import { getTaxonomies } from '../../data/search'
import { visitor } from '../pageContext'
import { OpeningPage } from '../pages/OpeningPage'
import type { Route } from './page'

/** `/plek/:slug` (en: `/opening/:slug`): a volunteering or work-and-learning place. */
export const opening: Route = (router, { payload, locale, path, send, notFound }) => {
  router.get(`${path('opening')}/:slug`, async (req, res) => {
    const user = await visitor(payload, req)
    const found = await getOpening({ payload, user }, String(req.params.slug))
    if (!found) return notFound(req, res)
    // A full opening offers places like it; an open one, a next step.
    const relation = found.status === 'open' ? 'next' : 'alike'
    const [related, { themes }, holidays] = await Promise.all([
      relatedListings(payload, user, { collection: 'openings', id: found.id }, relation, locale),
      getTaxonomies(payload),
      getSchoolHolidays(payload),
    ])
    const page = createElement(OpeningPage, {
      opening: found,
      report: { done: req.query.gemeld === '1' },
      related: { relation, related, themes, holidays, now: new Date() },
      refer: refersClients(user) && takesReferral(found, 'opening'),
    })
    await send(req, res, page, { personal: Boolean(user), professional: readsOfficialLabels(user) })
  })
}
