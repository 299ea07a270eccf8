import { publicRequest } from '../../data/contact'
import { href, REPORT_SEGMENT } from '../../lib/paths'
import { parseReportForm, type ReportInput } from '../forms/reportInput'
import { listingForm } from './listingForm'

/**
 * POST /activiteit/:slug/melding and /plek/:slug/melding (en: /activity/:slug/report …): a
 * "Klopt er iets niet?" report, stored as the anonymous visitor; the listing then thanks the
 * visitor (303 to ?gemeld=1).
 */
export const report = listingForm<ReportInput>({
  limiter: 'report',
  segment: REPORT_SEGMENT,
  parse: parseReportForm,
  state: (result) => ({
    report:
      'refused' in result
        ? {
            errors: [result.refused],
            values: result.input && {
              reason: result.input.reason,
              message: result.input.message,
            },
          }
        : result.ok
          ? {}
          : { errors: result.errors, values: result.values },
  }),
  isSpam: (input) => input.spam,
  store: async (p, listing, input, locale) =>
    p.create({
      collection: 'listing-reports',
      data: {
        listing: { relationTo: listing.collection, value: listing.id },
        reason: input.reason as never,
        message: input.message || undefined,
      },
      overrideAccess: false,
      user: null,
      // The page's language, for the hooks' refusals.
      req: await publicRequest(p, locale),
    }),
  done: (locale, kind, slug) => `${href(locale, kind, slug)}?gemeld=1#melding`,
  tooMany: (t, minutes) => t('report.tooMany', { minutes }),
})
