import type { Payload, TaskConfig } from 'payload'

import { systemRequestFor } from '../../../collections/requests'
import { hitHref } from '../../../src/lib/paths'
import type { Alert } from '../../../src/payload-types'
import { EMAIL_RETRIES } from '../jobs/emailRetries'
import { searchStoreFor } from '../search/backend'
import type { SanitizedDirectoryOptions } from '../types'
import { DIRECTORY_QUEUE, TASKS } from '../constants'
import { type NewPlace, sendConfirmation, sendNewPlaces } from './mail'
import { currentMatches, SEEN_KEPT } from './manage'

/** At most this many places in one e-mail (the link to the search shows the rest). */
const PLACES_PER_MAIL = 20

/** The confirmation e-mail of a new alert (queued by its save), while it waits for confirmation. */
export const alertConfirmTask: TaskConfig = {
  slug: TASKS.alertConfirm,
  label: 'Alerts: send the confirmation e-mail',
  inputSchema: [{ name: 'alert', type: 'text', required: true }],
  retries: EMAIL_RETRIES,
  handler: async ({ input, req }) => {
    const alert = await req.payload.findByID({
      collection: 'alerts',
      id: (input as { alert: string }).alert,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
    })
    if (alert?.status === 'pending') await sendConfirmation(req.payload, alert)
    return { output: {} }
  },
}

/** The places among `keys` as the public index has them, with their public links. */
const placesOf = async (payload: Payload, alert: Alert, keys: string[]): Promise<NewPlace[]> => {
  const docs = (await searchStoreFor(payload)?.read(keys)) ?? []
  const locale = alert.locale === 'en' ? 'en' : 'nl'
  return docs.flatMap((d) =>
    d.slug
      ? [
          {
            title: d.title,
            summary: d.summary,
            url: `${d.collection === 'external-listings' ? '' : payload.config.serverURL}${hitHref(locale, d.collection, d.slug)}`,
          },
        ]
      : [],
  )
}

/** One alert's week: the places its search finds that it has not reported, in one e-mail. */
const sendWeek = async (payload: Payload, alert: Alert): Promise<boolean> => {
  const seen = new Set((alert.seen as string[] | null) ?? [])
  const fresh = (await currentMatches(payload, alert)).filter((k) => !seen.has(k))
  const places = await placesOf(payload, alert, fresh.slice(0, PLACES_PER_MAIL))
  if (!places.length) return false
  await sendNewPlaces(payload, alert, places)
  await payload.update({
    collection: 'alerts',
    id: alert.id,
    data: { seen: [...fresh, ...seen].slice(0, SEEN_KEPT), lastSentAt: new Date().toISOString() },
    depth: 0,
    overrideAccess: false,
    req: await systemRequestFor(payload, 'alerts'),
  })
  return true
}

/**
 * Weekly: every confirmed alert gets one e-mail with the places new to it (none new: no
 * e-mail). Each alert is marked as sent right after its e-mail, so a retry after a failed
 * e-mail continues with the others and sends nobody the same places twice.
 */
export const alertsTask = (options: SanitizedDirectoryOptions): TaskConfig => ({
  slug: TASKS.alerts,
  label: 'Alerts: the weekly e-mails with new places',
  outputSchema: [{ name: 'sent', type: 'number' }],
  schedule: [{ cron: options.alerts.cron, queue: DIRECTORY_QUEUE }],
  retries: EMAIL_RETRIES,
  handler: async ({ req }) => {
    let sent = 0
    for (let page = 1; ; page++) {
      const found = await req.payload.find({
        collection: 'alerts',
        where: { status: { equals: 'active' } },
        sort: 'id',
        page,
        limit: 100,
        depth: 0,
        overrideAccess: true,
      })
      for (const alert of found.docs) if (await sendWeek(req.payload, alert)) sent++
      if (!found.hasNextPage) break
    }
    req.payload.logger.info({ msg: 'alerts sent', sent })
    return { output: { sent } }
  },
})
