import type { PayloadRequest, TaskConfig } from 'payload'

import { escapeHtml } from '../../../src/lib/html'
import { organisationRecipients } from './organisationRecipients'
import { EMAIL_RETRIES } from './emailRetries'
import { TASKS } from '../constants'

/**
 * One e-mail per interest, to the receiving organisation's contact address and members. It
 * names the listing and links to the admin, and carries none of the resident's data: that
 * stays in Meedoen, where every read is logged and retention deletes it.
 */
const sendInterestNotice = async (
  req: PayloadRequest,
  interestID: number | string,
): Promise<number> => {
  const interest = await req.payload.findByID({
    collection: 'interests',
    id: interestID,
    depth: 1,
    req,
    disableErrors: true,
  })
  if (!interest) return 0
  const organisation = typeof interest.organisation === 'object' ? interest.organisation : null
  const to = await organisationRecipients(req, organisation)
  if (!to.length) return 0
  const listing = interest.listing.value
  const title = typeof listing === 'object' ? listing.title : `#${listing}`
  const admin = `${req.payload.config.serverURL}/admin/collections/interests/${interest.id}`
  // On the waiting list of a full opening: contact them when there is room, not now.
  const what = interest.waiting
    ? { subject: 'Op de wachtlijst', line: 'wil op de wachtlijst voor', when: 'als er plek is' }
    : { subject: 'Nieuwe interesse', line: 'heeft interesse in', when: 'binnen een paar dagen' }
  await req.payload.sendEmail({
    to,
    subject: `${what.subject}: ${title}`,
    html:
      `<p>Hallo,</p><p>Iemand ${what.line} <strong>${escapeHtml(title)}</strong>. Neem ${what.when} contact op.</p>` +
      `<p><a href="${admin}">Bekijk de gegevens in Meedoen</a> (log in met je account).</p>` +
      `<p>Om privacyredenen staan de gegevens niet in deze e-mail.</p><p lang="en">Someone is interested in ${escapeHtml(title)}. Their details are in Meedoen, not in this e-mail.</p>`,
    text: `Hallo,\n\nIemand ${what.line} ${title}. Neem ${what.when} contact op.\nBekijk de gegevens in Meedoen: ${admin}\n\nOm privacyredenen staan de gegevens niet in deze e-mail.\n`,
  })
  return 1
}

export const interestTask: TaskConfig = {
  slug: TASKS.interest,
  label: 'E-mail an organisation about a new interest',
  inputSchema: [{ name: 'interest', type: 'text', required: true }],
  outputSchema: [{ name: 'emails', type: 'number' }],
  retries: EMAIL_RETRIES,
  handler: async ({ input, req }) => ({
    output: { emails: await sendInterestNotice(req, (input as { interest: string }).interest) },
  }),
}
