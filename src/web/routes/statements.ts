import { createElement } from 'react'

import { AccessibilityPage } from '../pages/AccessibilityPage'
import { PrivacyPage } from '../pages/PrivacyPage'
import type { Route } from './page'

/** `/toegankelijkheid` and `/privacy` (en: `/accessibility`, `/privacy`): the site's statements. */
export const statements: Route = (router, { path, send }) => {
  router.get(path('accessibility'), (req, res) => send(req, res, createElement(AccessibilityPage)))
  router.get(path('privacy'), (req, res) => send(req, res, createElement(PrivacyPage)))
}
