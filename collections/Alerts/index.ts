import { APIError, type CollectionBeforeChangeHook, type CollectionConfig } from 'payload'

import { alertQuery } from '../../src/lib/alerts/query'
import { newNonce } from '../../src/lib/alerts/tokens'
import { contactKey } from '../../src/lib/contact'
import { label } from '../../src/lib/vocabulary'
import { editors } from '../access/editors'
import { systemWrites } from '../access/systemWrite'
import { behaviour } from '../behaviour'
import { inLanguage } from '../fields/inLanguage'
import { arrivedNow } from '../hooks/arrivedNow'
import { queueOnCreate } from '../hooks/queueOnCreate'
import { alertFields } from './fields'

/**
 * A new alert from the results page (or REST): a search the engine understands, consent given;
 * it starts unconfirmed with its own nonce (for its links), whatever else was sent.
 */
const prepareAlert: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const refuse = (nl: string, en: string): never => {
    throw new APIError(inLanguage(req, nl, en), 400, null, true)
  }
  if (data.consent !== true)
    refuse(
      'Zet een vinkje als je deze e-mails wilt krijgen.',
      'Tick the box if you want these e-mails.',
    )
  const query = typeof data.query === 'string' ? alertQuery(data.query) : null
  if (query === null) refuse('Deze zoekopdracht kennen we niet.', 'We do not know this search.')
  const email = typeof data.email === 'string' ? data.email.trim() : ''
  return {
    ...data,
    ...arrivedNow(),
    email,
    contactKey: contactKey(email),
    query,
    locale: data.locale === 'en' ? 'en' : 'nl',
    status: 'pending',
    nonce: newNonce(),
    seen: [],
    confirmedAt: null,
    lastSentAt: null,
  }
}

/**
 * "Stuur me nieuwe plekken": a resident's saved search with their e-mail address. Confirmed by
 * the link in a first e-mail (double opt-in), then a weekly e-mail with new places, each with a
 * one-click unsubscribe. Personal data: only editors read them (to export or erase one
 * person's data); unconfirmed ones are deleted after a week.
 */
export const createAlerts = ({ confirmHours }: { confirmHours: number }): CollectionConfig => ({
  slug: 'alerts',
  disableDuplicate: true,
  custom: { confirmHours },
  labels: {
    singular: label('Bericht over nieuwe plekken', 'New-places alert'),
    plural: label('Berichten over nieuwe plekken', 'New-places alerts'),
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'query', 'status', 'lastSentAt', 'createdAt'],
    group: label('Contact', 'Contact'),
    description: label(
      'Bewoners die elke week nieuwe plekken voor hun zoekopdracht krijgen. Persoonsgegevens: alleen de redactie ziet ze.',
      'Residents who get new places for their search every week. Personal data: only editors see them.',
    ),
  },
  access: {
    // The results page's form creates them as an anonymous visitor (rate-limited in front of Payload).
    create: () => true,
    read: editors,
    update: systemWrites('alerts'),
    delete: (args) => Boolean(editors(args)) || args.req.context?.systemWrite === 'alerts',
  },
  hooks: {
    beforeChange: [prepareAlert],
    afterChange: [behaviour(queueOnCreate('alertConfirm', 'alert'))],
  },
  fields: alertFields(),
})
