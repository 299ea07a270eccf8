import { createElement } from 'react'

import { getTaxonomies } from '../../data/search'
import { AccessibilityPage } from '../pages/AccessibilityPage'
import { OpenDataPage } from '../pages/OpenDataPage'
import { PrivacyPage } from '../pages/PrivacyPage'
import type { Route } from './page'

/**
 * `/toegankelijkheid`, `/privacy` and `/open-data` (en: `/accessibility`, `/privacy`,
 * `/open-data`): the site's statements.
 */
export const statements: Route = (router, { path, send, payload }) => {
  router.get(path('accessibility'), (req, res) => send(req, res, createElement(AccessibilityPage)))
  router.get(path('privacy'), (req, res) => send(req, res, createElement(PrivacyPage)))
  router.get(path('openData'), async (req, res) => {
    const { themes } = await getTaxonomies(payload)
    await send(req, res, createElement(OpenDataPage, { themes }))
  })
}
