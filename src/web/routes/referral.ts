import express, { type Request, type Response } from 'express'
import { createElement } from 'react'

import type { Visitor } from '../../data/cms'
import { getActivity, getOpening } from '../../data/listings'
import { createReferral, refersClients, takesReferral } from '../../data/referrals'
import { href, REFER_SEGMENT, SENT_SEGMENT } from '../../lib/paths'
import type { Activity, Opening, Organisation } from '../../payload-types'
import { populated } from '../components/populated'
import type { ReferralState } from '../components/ReferralForm'
import { parseReferralForm } from '../forms/referralInput'
import { ReferralPage, ReferralSentPage } from '../pages/ReferralPage'
import { refusedBySave } from './listingForm'
import type { Page, Route } from './page'
import { fromThisSite, staffOnly } from './staffOnly'

type Kind = 'activity' | 'opening'
interface Found {
  user: Visitor
  doc: Activity | Opening
  organisation: string
}
const formBody = express.urlencoded({ extended: false, limit: '8kb', parameterLimit: 20 })

/** The professional and the listing a referral page is about; otherwise the answer is sent. */
const prepare = async (
  page: Page,
  req: Request,
  res: Response,
  kind: Kind,
): Promise<Found | null> => {
  const { payload } = page
  const user = await staffOnly(page, req, res, refersClients)
  if (!user) return null
  // The listing as residents see it: only what they can join can take a client.
  const slug = String(req.params.slug)
  const doc =
    kind === 'activity'
      ? await getActivity({ payload, user: null }, slug)
      : await getOpening({ payload, user: null }, slug)
  const organisation = doc ? populated<Organisation>(doc.organisation) : undefined
  if (!doc || !organisation || !takesReferral(doc, kind)) {
    await page.notFound(req, res)
    return null
  }
  return { user, doc, organisation: organisation.name }
}

const formPath = (page: Page, kind: Kind, slug: string) =>
  `${href(page.locale, kind, slug)}/${REFER_SEGMENT[page.locale]}`

const listingOf = (page: Page, kind: Kind, { doc, organisation }: Found) => ({
  title: doc.title,
  listingHref: href(page.locale, kind, doc.slug ?? ''),
  organisation,
})

/** The form page, empty or as it came back (every problem named, what was typed kept). */
const renderForm = (
  page: Page,
  kind: Kind,
  [req, res]: [Request, Response],
  found: Found,
  status: number,
  state?: ReferralState,
) => {
  const element = createElement(ReferralPage, {
    listing: listingOf(page, kind, found),
    action: formPath(page, kind, found.doc.slug ?? ''),
    state,
  })
  return page.send(req, res, element, { status, personal: true, professional: true })
}

/** POST: checked, stored as the professional, then to the confirmation (303). */
const store = async (page: Page, kind: Kind, req: Request, res: Response) => {
  const { t, locale } = page
  const found = await prepare(page, req, res, kind)
  if (!found) return
  const input = parseReferralForm(req.body, t)
  if (!input.ok) return renderForm(page, kind, [req, res], found, 400, input)
  const again = (status: number, message: string) =>
    renderForm(page, kind, [req, res], found, status, {
      errors: [{ field: '', message }],
      values: input.data,
    })
  if (!fromThisSite(req, page.options.serverURL)) return again(403, t('referral.badOrigin'))
  const { consent: _consent, currentRung, ...data } = input.data
  const listing = { collection: kind === 'activity' ? 'activities' : 'openings', id: found.doc.id }
  const refused = await refusedBySave(() =>
    createReferral(
      page.payload,
      found.user,
      listing as { collection: 'activities' | 'openings'; id: number },
      { ...data, currentRung: (currentRung || null) as never },
      locale,
    ),
  )
  if (refused?.status === 503) return again(503, t('error.notStored'))
  if (refused) return again(400, refused.message)
  res.redirect(303, `${formPath(page, kind, found.doc.slug ?? '')}/${SENT_SEGMENT[locale]}`)
}

/**
 * `…/:slug/verwijzen` (en: `…/refer`) on activities and open openings, for professionals: the
 * form (GET), the referral stored as the professional (POST: 400 with every problem and what
 * was typed; 303 to the confirmation), and the confirmation (`…/verwijzen/verstuurd`).
 * Not logged in: to the login, and back. Logged in without the professional role: 403.
 */
export const referral: Route = (router, page) => {
  for (const kind of ['activity', 'opening'] as const) {
    const form = `${page.path(kind)}/:slug/${REFER_SEGMENT[page.locale]}`
    router.get(form, async (req, res) => {
      const found = await prepare(page, req, res, kind)
      if (found) await renderForm(page, kind, [req, res], found, 200)
    })
    router.post(form, formBody, (req, res) => store(page, kind, req, res))
    router.get(`${form}/${SENT_SEGMENT[page.locale]}`, async (req, res) => {
      const found = await prepare(page, req, res, kind)
      if (!found) return
      const sent = createElement(ReferralSentPage, { listing: listingOf(page, kind, found) })
      await page.send(req, res, sent, { personal: true, professional: true })
    })
  }
}
