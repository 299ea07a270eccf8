import { createElement } from 'react'

import { findColleagues, readsWhosWho } from '../../data/colleagues'
import { getTaxonomies } from '../../data/search'
import { href } from '../../lib/paths'
import { WhosWhoPage } from '../pages/WhosWhoPage'
import type { Route } from './page'
import { staffOnly } from './staffOnly'

const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 100) : undefined)

/**
 * `/wie-is-wie` (en: `/whos-who`): colleagues in the chain, by neighbourhood, theme and words.
 * Only for professionals, organisation members and editors (others: the login, or 403); never
 * cached, never indexed, in no sitemap or feed.
 */
export const whosWho: Route = (router, page) => {
  router.get(page.path('whosWho'), async (req, res) => {
    const user = await staffOnly(page, req, res, readsWhosWho)
    if (!user) return
    const query = { q: text(req.query.q), area: text(req.query.area), theme: text(req.query.theme) }
    const [found, taxonomies] = await Promise.all([
      findColleagues(page.payload, user, query),
      getTaxonomies(page.payload),
    ])
    const element = createElement(WhosWhoPage, {
      query,
      found,
      taxonomies,
      action: href(page.locale, 'whosWho'),
    })
    await page.send(req, res, element, { personal: true })
  })
}
