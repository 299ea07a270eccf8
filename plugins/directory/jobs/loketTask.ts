import type { PayloadRequest, TaskConfig } from 'payload'

import { OPEN_LOKET_STATUSES } from '../../../collections/LoketRequests'
import { escapeHtml } from '../../../src/lib/html'
import { internalRequest } from '../../../collections/requests'
import { EMAIL_RETRIES } from './emailRetries'
import { TASKS } from '../constants'
import { hostSlugs } from '../../../collections/hostSlugs'
import type { LoketRequest } from '../../../src/payload-types'
import { loketStatusLink } from '../loket/status'

const formatDue = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso))

/** The employer's receipt: when an editor answers, and the link to follow the request. */
const sendReceipt = async (req: PayloadRequest, request: LoketRequest, due: string) => {
  const link = loketStatusLink(req.payload, request)
  await req.payload.sendEmail({
    to: request.email,
    subject: 'Je aanvraag bij het werkgeversloket',
    html: `<p>Beste ${escapeHtml(request.contactName)},</p><p>We hebben de aanvraag van ${escapeHtml(request.organisationName)} ontvangen. Een redacteur neemt uiterlijk <strong>${escapeHtml(due)}</strong> contact met je op.</p><p><a href="${link}">Volg je aanvraag</a>: daar zie je steeds hoe het ervoor staat. Je hebt geen account nodig.</p>`,
    text: `Beste ${request.contactName},\n\nWe hebben de aanvraag van ${request.organisationName} ontvangen. Een redacteur neemt uiterlijk ${due} contact met je op.\n\nVolg je aanvraag (geen account nodig): ${link}\n`,
  })
}

/** Where the request stands, as the employer's e-mail says it (the status page's words). */
const WHERE_IT_STANDS: Record<LoketRequest['status'], string> = {
  new: 'ontvangen',
  in_progress: 'in behandeling',
  converted: 'klaar: we hebben je organisatie en je plekken bij ons klaargezet',
  declined: 'klaar',
}

/** The request a job is about (null once deleted, e.g. by retention). */
const findRequest = (req: PayloadRequest, id: number | string) =>
  req.payload.findByID({ collection: 'loket-requests', id, depth: 0, req, disableErrors: true })

/** The employer hears that their request moved on, with the editors' message and the link. */
const sendUpdate = async (req: PayloadRequest, requestID: number | string) => {
  const request = await findRequest(req, requestID)
  if (!request) return { assignedTo: null, emails: 0 }
  const link = loketStatusLink(req.payload, request)
  const stands = WHERE_IT_STANDS[request.status]
  const message = request.messageToEmployer?.trim()
  await req.payload.sendEmail({
    to: request.email,
    subject: 'Nieuws over je aanvraag bij het werkgeversloket',
    html: `<p>Beste ${escapeHtml(request.contactName)},</p><p>De aanvraag van ${escapeHtml(request.organisationName)} is nu: <strong>${escapeHtml(stands)}</strong>.</p>${message ? `<p>Bericht van de redactie:</p><blockquote>${escapeHtml(message).replace(/\n/g, '<br>')}</blockquote>` : ''}<p><a href="${link}">Bekijk je aanvraag</a>. Je hebt geen account nodig.</p>`,
    text: `Beste ${request.contactName},\n\nDe aanvraag van ${request.organisationName} is nu: ${stands}.\n${message ? `\nBericht van de redactie:\n${message}\n` : ''}\nBekijk je aanvraag (geen account nodig): ${link}\n`,
  })
  const assigned = request.assignedTo
  return {
    assignedTo: typeof assigned === 'number' ? assigned : (assigned?.id ?? null),
    emails: 1,
  }
}

/**
 * A new loket request goes to the editor with the fewest open requests (the lowest number on
 * a tie); that editor gets one e-mail with the deadline. Without editors, administrators are
 * told instead and the request stays unassigned.
 */
const assignLoketRequest = async (
  req: PayloadRequest,
  requestID: number | string,
): Promise<{ assignedTo: number | null; emails: number }> => {
  const request = await findRequest(req, requestID)
  if (!request) return { assignedTo: null, emails: 0 }
  const staff = await req.payload.find({
    collection: hostSlugs(req.payload).users as 'users',
    req: internalRequest(req),
    depth: 0,
    pagination: false,
    sort: 'id',
    select: { email: true, roles: true },
    where: { roles: { in: ['editor', 'admin'] } },
  })
  const editors = staff.docs.filter((u) => u.roles?.includes('editor'))
  let assignee: (typeof editors)[number] | undefined
  let least = Infinity
  for (const editor of editors) {
    const { totalDocs } = await req.payload.count({
      collection: 'loket-requests',
      req,
      where: {
        and: [{ assignedTo: { equals: editor.id } }, { status: { in: [...OPEN_LOKET_STATUSES] } }],
      },
    })
    if (totalDocs < least) [assignee, least] = [editor, totalDocs]
  }
  if (assignee)
    await req.payload.update({
      collection: 'loket-requests',
      id: request.id,
      data: { assignedTo: assignee.id },
      req,
      depth: 0,
    })
  const to = assignee ? [assignee.email] : staff.docs.map((u) => u.email)
  const due = request.dueAt ? formatDue(request.dueAt) : ''
  await sendReceipt(req, request, due)
  if (!to.length) return { assignedTo: null, emails: 1 }
  const admin = `${req.payload.config.serverURL}/admin/collections/loket-requests/${request.id}`
  await req.payload.sendEmail({
    to,
    subject: `Werkgeversloket: ${request.organisationName} (reageren vóór ${due})`,
    html: `<p>${escapeHtml(request.organisationName)} wil als werkgever meedoen. ${assignee ? 'Jij bent de redacteur.' : 'Er is nog geen redacteur: wijs er een toe.'} Neem vóór <strong>${escapeHtml(due)}</strong> contact op.</p><p><a href="${admin}">Open de aanvraag</a></p>`,
    text: `${request.organisationName} wil als werkgever meedoen. Neem vóór ${due} contact op.\n${admin}\n`,
  })
  return { assignedTo: assignee ? Number(assignee.id) : null, emails: 2 }
}

export const loketTask: TaskConfig = {
  slug: TASKS.loketRequest,
  label: 'Assign a loket request to an editor and e-mail them; tell the employer when it moves on',
  inputSchema: [
    { name: 'request', type: 'text', required: true },
    // 'answered': the editors moved it on or wrote to the employer (see tellEmployer).
    { name: 'event', type: 'text' },
  ],
  outputSchema: [
    { name: 'assignedTo', type: 'number' },
    { name: 'emails', type: 'number' },
  ],
  retries: EMAIL_RETRIES,
  handler: async ({ input, req }) => {
    const { request, event } = input as { request: string; event?: string | null }
    return {
      output:
        event === 'answered'
          ? await sendUpdate(req, request)
          : await assignLoketRequest(req, request),
    }
  },
}
