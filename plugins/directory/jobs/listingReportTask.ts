import type { PayloadRequest, TaskConfig } from 'payload'

import { escapeHtml } from '../../../src/lib/html'
import { REPORT_REASONS } from '../../../src/lib/vocabulary'
import { internalRequest } from '../../../collections/requests'
import { EMAIL_RETRIES } from './emailRetries'
import { TASKS } from '../constants'
import type { ListingSlug } from '../constants'
import { hostSlugs } from '../../../collections/hostSlugs'

/** One e-mail per report: to the organisation's contact address and the editors. */
const sendListingReport = async (
  req: PayloadRequest,
  reportID: number | string,
): Promise<number> => {
  const report = await req.payload.findByID({
    collection: 'listing-reports',
    id: reportID,
    depth: 1,
    req,
    disableErrors: true,
  })
  if (!report) return 0
  const listing = report.listing as {
    relationTo: ListingSlug
    value: { id: number; title?: string; slug?: string } | number
  }
  const value = typeof listing.value === 'object' ? listing.value : null
  const organisation = typeof report.organisation === 'object' ? report.organisation : null
  const editors = await req.payload.find({
    collection: hostSlugs(req.payload).users as 'users',
    req: internalRequest(req),
    depth: 0,
    pagination: false,
    select: { email: true },
    where: { roles: { in: ['editor'] } },
  })
  const to = [organisation?.contact?.email, ...editors.docs.map((u) => u.email)].filter(
    (e): e is string => Boolean(e),
  )
  if (!to.length) return 0
  const reason = REPORT_REASONS.find((r) => r.value === report.reason)?.label.nl ?? report.reason
  const title = value?.title ?? `#${value?.id ?? ''}`
  const admin = `${req.payload.config.serverURL}/admin/collections/listing-reports/${report.id}`
  await req.payload.sendEmail({
    to: [...new Set(to)],
    subject: `Klopt er iets niet? ${title}`,
    html: `<p>Iemand meldt over <strong>${escapeHtml(title)}</strong>: ${escapeHtml(reason)}.</p>${
      report.message ? `<p>${escapeHtml(report.message)}</p>` : ''
    }<p><a href="${admin}">Bekijk en handel de melding af</a></p>`,
    text: `Iemand meldt over ${title}: ${reason}.\n${report.message ?? ''}\n\n${admin}`,
  })
  return 1
}

export const listingReportTask: TaskConfig = {
  slug: TASKS.listingReport,
  label: 'E-mail a "Klopt er iets niet?" report',
  inputSchema: [{ name: 'report', type: 'text', required: true }],
  outputSchema: [{ name: 'emails', type: 'number' }],
  retries: EMAIL_RETRIES,
  handler: async ({ input, req }) => ({
    output: { emails: await sendListingReport(req, (input as { report: string }).report) },
  }),
}
