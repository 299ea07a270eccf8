import type { PayloadRequest, Where } from 'payload'

import { escapeHtml } from '../../../src/lib/html'
import { internalRequest } from '../../../collections/requests'
import { hostSlugs } from '../../../collections/hostSlugs'

export type ModerationEvent = 'submitted' | 'changes_requested' | 'published'
export const MODERATED_SLUGS = ['activities', 'openings', 'organisations', 'venues'] as const
export type ModeratedSlug = (typeof MODERATED_SLUGS)[number]

const NOUN: Record<ModeratedSlug, string> = {
  activities: 'activiteit',
  openings: 'plek',
  organisations: 'organisatieprofiel',
  venues: 'locatie',
}

type Moderated = {
  id: number | string
  title?: string
  name?: string
  organisation?: unknown
  organisations?: unknown[]
  reviewComment?: string | null
  submittedBy?: unknown
}

const idOf = (v: unknown) =>
  v && typeof v === 'object' && 'id' in v
    ? (v as { id: number | string }).id
    : (v as number | string | undefined)

/** Editors (not administrators: they manage the system, not the content). */
export const editorAddresses = async (req: PayloadRequest): Promise<string[]> => {
  const { docs } = await req.payload.find({
    collection: hostSlugs(req.payload).users as 'users',
    req: internalRequest(req),
    depth: 0,
    pagination: false,
    select: { email: true },
    where: { roles: { in: ['editor'] } },
  })
  return docs.map((u) => u.email).filter(Boolean)
}

/**
 * Who hears back about a submission: the member who submitted it and, for a listing or an
 * organisation profile, the organisation's members (they share the work). A shared venue's
 * other organisations are not told.
 */
const memberAddresses = async (
  req: PayloadRequest,
  collection: ModeratedSlug,
  doc: Moderated,
): Promise<string[]> => {
  const organisation =
    collection === 'organisations'
      ? doc.id
      : collection === 'venues'
        ? undefined
        : idOf(doc.organisation)
  const submitter = idOf(doc.submittedBy)
  const or: Where[] = [
    ...(organisation !== undefined
      ? [{ 'memberships.organisation': { equals: organisation } }]
      : []),
    ...(submitter !== undefined ? [{ id: { equals: submitter } }] : []),
  ]
  if (!or.length) return []
  const { docs } = await req.payload.find({
    collection: hostSlugs(req.payload).users as 'users',
    req: internalRequest(req),
    depth: 0,
    pagination: false,
    select: { email: true },
    where: { or },
  })
  return [...new Set(docs.map((u) => u.email).filter(Boolean))]
}

/** One e-mail about one moderation step; none with residents' data (there is none on these documents). */
export const sendModerationEmail = async (
  req: PayloadRequest,
  collection: ModeratedSlug,
  id: number | string,
  event: ModerationEvent,
): Promise<number> => {
  const doc = (await req.payload.findByID({
    collection: collection,
    id,
    draft: true,
    depth: 0,
    req,
    disableErrors: true,
  })) as Moderated | null
  if (!doc) return 0
  const title = doc.title ?? doc.name ?? `#${doc.id}`
  const noun = NOUN[collection]
  const link = `${req.payload.config.serverURL}/admin/collections/${collection}/${doc.id}`
  const to =
    event === 'submitted' ? await editorAddresses(req) : await memberAddresses(req, collection, doc)
  if (!to.length) return 0
  const mail = {
    submitted: {
      subject: `Ter beoordeling: ${title}`,
      lines: [
        `Er is een ${noun} ingediend ter beoordeling: ${title}.`,
        'Publiceer het, of vraag om wijzigingen met een opmerking.',
      ],
    },
    changes_requested: {
      subject: `Wijzigingen gevraagd: ${title}`,
      lines: [
        `De redactie vraagt om een wijziging in je ${noun} ${title}:`,
        doc.reviewComment ?? '',
        'Pas het aan en kies daarna "Indienen ter beoordeling".',
      ],
    },
    published: {
      subject: `Gepubliceerd: ${title}`,
      lines: [`De redactie heeft je ${noun} ${title} gepubliceerd. Het staat nu op de site.`],
    },
  }[event]
  await req.payload.sendEmail({
    to,
    subject: mail.subject,
    html: `${mail.lines
      .filter(Boolean)
      .map((l) => `<p>${escapeHtml(l)}</p>`)
      .join('')}<p><a href="${link}">Bekijk het in Meedoen</a></p>`,
    text: `${mail.lines.filter(Boolean).join('\n\n')}\n\nBekijk het in Meedoen: ${link}\n`,
  })
  return 1
}
