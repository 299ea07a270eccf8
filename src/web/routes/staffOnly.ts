import type { Request, Response } from 'express'
import { createElement } from 'react'

import type { Visitor } from '../../data/cms'
import { visitor } from '../pageContext'
import { ErrorPage } from '../pages/ErrorPage'
import type { Page } from './page'

/**
 * The logged-in visitor a staff page is for (a professional's referral form, their shortlist),
 * or the answer is sent: not logged in, to the admin's login and back here (303); logged in
 * without the role, 403 with a page that says so.
 */
export const staffOnly = async (
  page: Page,
  req: Request,
  res: Response,
  allowed: (user: Visitor) => boolean,
): Promise<Visitor | null> => {
  const user = await visitor(page.payload, req)
  if (!user) {
    res.redirect(303, `/admin/login?redirect=${encodeURIComponent(req.originalUrl)}`)
    return null
  }
  if (!allowed(user)) {
    const forbidden = createElement(ErrorPage, { status: 403 })
    await page.send(req, res, forbidden, { status: 403, personal: true })
    return null
  }
  return user
}

/**
 * A post that carries the login cookie must come from this site's own page: a browser says
 * where a post came from (Sec-Fetch-Site, Origin), and another site's page is refused. Clients
 * that send neither carry no browser cookie to abuse.
 */
export const fromThisSite = (req: Request, serverURL: string): boolean => {
  const site = req.get('sec-fetch-site')
  if (site) return site === 'same-origin'
  const origin = req.get('origin')
  return !origin || origin === new URL(serverURL).origin
}
