import type { Payload } from 'payload'

import { confirmAlert, type ConfirmResult, unsubscribeAlert } from '../../plugins/directory/index'
import { publicRequest } from './contact'

/**
 * "Stuur me nieuwe plekken" from the results page: the alert is stored unconfirmed, as the
 * anonymous visitor (the collection's rules and hooks apply); its save queues the confirmation
 * e-mail.
 */
export const createAlert = async (
  payload: Payload,
  data: { email: string; query: string; consent: true },
  language: 'nl' | 'en' = 'nl',
) =>
  payload.create({
    collection: 'alerts',
    data: { ...data, locale: language },
    overrideAccess: false,
    user: null,
    req: await publicRequest(payload, language),
  })

/** The confirmation page's button, and the one-click unsubscribe (RFC 8058): the plugin's. */
export { confirmAlert, type ConfirmResult, unsubscribeAlert }
