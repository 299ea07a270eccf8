import type { Payload } from 'payload'

import { systemRequestFor } from '../../../collections/requests'
import { alertSearch } from '../../../src/lib/alerts/query'
import { tokenID, tokenMatches } from '../../../src/lib/alerts/tokens'
import { listingKey } from '../../../src/lib/search/store/types'
import type { Alert } from '../../../src/payload-types'
import { searchEngineFor } from '../search/backend'

const HOUR = 60 * 60 * 1000
/** How many reported listings an alert remembers (its newest first). */
export const SEEN_KEPT = 1000

/** The alert a link points at, when the link is its link for `purpose`. */
const alertOf = async (
  payload: Payload,
  token: string,
  purpose: 'confirm' | 'unsubscribe',
): Promise<Alert | null> => {
  const id = tokenID(token)
  if (!id) return null
  const alert = await payload.findByID({
    collection: 'alerts',
    id,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
  })
  return alert && tokenMatches(token, payload.secret, purpose, alert.id, alert.nonce ?? '')
    ? alert
    : null
}

/** The keys of the listings an alert's search finds now (all of them, up to SEEN_KEPT). */
export const currentMatches = async (payload: Payload, alert: Alert): Promise<string[]> => {
  const query = alertSearch(alert.query)
  const engine = searchEngineFor(payload)
  if (!query || !engine) return []
  const keys: string[] = []
  for (let page = 1; keys.length < SEEN_KEPT; page++) {
    const { hits, total } = await engine.search({
      ...query,
      page,
      locale: alert.locale === 'en' ? 'en' : 'nl',
    })
    keys.push(...hits.map((h) => listingKey(h.collection, h.id)))
    if (!hits.length || keys.length >= total) break
  }
  return keys.slice(0, SEEN_KEPT)
}

export type ConfirmResult = 'confirmed' | 'already' | 'expired' | 'invalid'

/**
 * The button behind the confirmation link: the alert becomes active, knowing what its search
 * finds today, so the first weekly e-mail has only places that are new after this.
 */
export const confirmAlert = async (payload: Payload, token: string): Promise<ConfirmResult> => {
  const confirmHours = Number(payload.collections.alerts?.config.custom?.confirmHours ?? 48)
  const alert = await alertOf(payload, token, 'confirm')
  if (!alert) return 'invalid'
  if (alert.status === 'active') return 'already'
  if (Date.now() - new Date(alert.createdAt).getTime() > confirmHours * HOUR) return 'expired'
  await payload.update({
    collection: 'alerts',
    id: alert.id,
    data: {
      status: 'active',
      confirmedAt: new Date().toISOString(),
      seen: (await currentMatches(payload, alert)).slice(0, SEEN_KEPT),
    },
    depth: 0,
    overrideAccess: false,
    req: await systemRequestFor(payload, 'alerts'),
  })
  return 'confirmed'
}

/** One click (or the mail program's POST): the alert and the address are deleted at once. */
export const unsubscribeAlert = async (payload: Payload, token: string): Promise<boolean> => {
  const alert = await alertOf(payload, token, 'unsubscribe')
  if (!alert) return false
  await payload.delete({
    collection: 'alerts',
    id: alert.id,
    depth: 0,
    overrideAccess: false,
    req: await systemRequestFor(payload, 'alerts'),
  })
  return true
}
