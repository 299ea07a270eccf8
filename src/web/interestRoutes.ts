import type { Cms } from '../data/cms'

import { createInterest, takesInterest } from '../data/contact'
import { parseInterestForm, type InterestInput } from './forms/interestInput'
import type { Locale } from './i18n'
import { listingFormRoutes } from './listingFormRoutes'
import type { WebOptions } from './pageContext'
import { href, INTEREST_SEGMENT, SENT_SEGMENT } from '../lib/paths'

/**
 * POST /plek/:slug/interesse and /activiteit/:slug/interesse (en: …/interest): "ik heb
 * interesse", stored as the anonymous visitor for the listing's own organisation; then the
 * confirmation page (303 to …/interesse/verstuurd).
 */
export const interestRoutes = (payload: Cms, locale: Locale, options: WebOptions) =>
  listingFormRoutes<InterestInput>(payload, locale, options, {
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
    store: (p, listing, { data }) =>
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
