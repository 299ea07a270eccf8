import { createElement } from 'react'

import { getSchoolHolidays } from '../../data/holidays'
import { searchListings } from '../../data/search'
import { OPENING_KINDS } from '../../lib/vocabulary'

const OPENINGS = OPENING_KINDS.map((k) => k.value)
import { visitor } from '../pageContext'
import { HomePage } from '../pages/HomePage'
import type { Route } from './page'

/** `/` and `/en/`: the search, what is on soon, and the newest openings. */
export const home: Route = (router, { payload, send }) => {
  router.get('/', async (req, res) => {
    const user = await visitor(payload, req)
    const [upcoming, openings, holidays] = await Promise.all([
      searchListings(payload, user, { kinds: ['activity'], sort: 'soonest', pageSize: 6 }),
      searchListings(payload, user, { kinds: OPENINGS, sort: 'soonest', pageSize: 6 }),
      getSchoolHolidays(payload),
    ])
    const page = createElement(HomePage, {
      upcoming: upcoming.listings,
      openings: openings.listings,
      holidays,
      now: new Date(),
    })
    await send(req, res, page, { personal: Boolean(user) })
  })
}
