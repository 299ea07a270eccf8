import type { Payload } from 'payload'

import { alertToken } from '../../../src/lib/alerts/tokens'
import { ALERT_SEGMENTS, href, type Locale } from '../../../src/lib/paths'
import type { Alert } from '../../../src/payload-types'

/** The public links of an alert's e-mails: confirm, unsubscribe (one click), and its search. */
export const alertLinks = (payload: Payload, alert: Alert) => {
  const locale: Locale = alert.locale === 'en' ? 'en' : 'nl'
  const base = `${payload.config.serverURL}${href(locale, 'alerts')}`
  const token = (purpose: 'confirm' | 'unsubscribe') =>
    alertToken(payload.secret, purpose, alert.id, alert.nonce ?? '')
  return {
    locale,
    confirm: `${base}/${ALERT_SEGMENTS.confirm[locale]}?token=${token('confirm')}`,
    unsubscribe: `${base}/${ALERT_SEGMENTS.unsubscribe[locale]}?token=${token('unsubscribe')}`,
    search: `${payload.config.serverURL}${href(locale, 'search', undefined, alert.query)}`,
  }
}
