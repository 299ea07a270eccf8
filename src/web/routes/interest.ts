import { createElement } from 'react'

import { createInterest, takesInterest } from '../../data/contact'
import { getActivity, getOpening } from '../../data/listings'
import { href, INTEREST_SEGMENT, SENT_SEGMENT } from '../../lib/paths'
import type { Organisation } from '../../payload-types'
import { populated } from '../components/populated'
import { parseInterestForm, type InterestInput } from '../forms/interestInput'
import { InterestSentPage } from '../pages/InterestSentPage'
import { listingForm } from './listingForm'
import type { Route } from './page'

/**
 * POST /plek/:slug/interesse and /activiteit/:slug/interesse (en: …/interest): "ik heb
 * interesse", stored as the anonymous visitor for the listing's own organisation; then the
 * confirmation page (303 to …/interesse/verstuurd).
 */
const interestForm = listingForm<InterestInput>({
  limiter: 'interest',
  segment: INTEREST_SEGMENT,
  accepts: takesInterest,
  parse: parseInterestForm,
  state: (result) => ({
    interest:
      'refused' in result
        ? { errors: [{ field: '', message: result.refused }], values: result.input?.data }
        : result.ok
          ? {}
          : { errors: result.errors, values: result.values },
  }),
  isSpam: (input) => input.spam,
  store: (p, listing, { data }, locale) =>
    createInterest(
      p,
      listing,
      {
        name: data.name,
        contactBy: data.contactBy,
        email: data.contactBy === 'email' ? data.email : undefined,
        phone: data.contactBy === 'phone' ? data.phone : undefined,
        message: data.message || undefined,
      },
      locale,
    ),
  done: (locale, kind, slug) =>
    `${href(locale, kind, slug)}/${INTEREST_SEGMENT[locale]}/${SENT_SEGMENT[locale]}`,
  tooMany: (t, minutes) => t('interest.tooMany', { minutes }),
})

/** The confirmation after "ik heb interesse": …/interesse/verstuurd (en: …/interest/sent). */
const sentPage: Route = (router, { payload, locale, path, send }) => {
  for (const kind of ['activity', 'opening'] as const) {
    router.get(
      `${path(kind)}/:slug/${INTEREST_SEGMENT[locale]}/${SENT_SEGMENT[locale]}`,
      async (req, res, next) => {
        const slug = String(req.params.slug)
        const doc =
          kind === 'activity'
            ? await getActivity({ payload, user: null }, slug)
            : await getOpening({ payload, user: null }, slug)
        if (!doc || !takesInterest(doc, kind)) return next()
        const organisation = populated<Organisation>(doc.organisation)
        const page = createElement(InterestSentPage, {
          title: doc.title,
          listingHref: href(locale, kind, slug),
          organisation: organisation?.name ?? '',
        })
        await send(req, res, page, { cache: 'no-store' })
      },
    )
  }
}

export const interest: Route = (router, page) => {
  interestForm(router, page)
  sentPage(router, page)
}
