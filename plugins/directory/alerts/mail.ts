import type { Payload } from 'payload'

import { escapeHtml } from '../../../src/lib/html'
import type { Alert } from '../../../src/payload-types'
import { alertLinks } from './links'

export interface NewPlace {
  title: string
  url: string
  summary: string
}

const TEXT = {
  nl: {
    confirmSubject: 'Bevestig: nieuwe plekken per e-mail',
    confirmIntro:
      'Je vroeg om elke week een e-mail met nieuwe plekken voor je zoekopdracht. Klik op de link en dan op de knop om dit te bevestigen:',
    confirmIgnore:
      'Heb je dit niet gevraagd? Doe dan niets. Zonder bevestiging sturen we niets en verwijderen we je adres binnen een week.',
    confirmLink: 'Ja, stuur me nieuwe plekken',
    newSubject: (n: number) =>
      n === 1 ? '1 nieuwe plek voor jou' : `${n} nieuwe plekken voor jou`,
    newIntro: 'Deze plekken zijn nieuw sinds onze vorige e-mail:',
    all: 'Bekijk alles voor je zoekopdracht',
    unsubscribe: 'Wil je deze e-mails niet meer? Meld je af',
  },
  en: {
    confirmSubject: 'Confirm: new places by e-mail',
    confirmIntro:
      'You asked for a weekly e-mail with new places for your search. Follow the link and press the button to confirm:',
    confirmIgnore:
      'Did you not ask for this? Then do nothing. Without confirmation we send nothing and delete your address within a week.',
    confirmLink: 'Yes, send me new places',
    newSubject: (n: number) => (n === 1 ? '1 new place for you' : `${n} new places for you`),
    newIntro: 'These places are new since our last e-mail:',
    all: 'See everything for your search',
    unsubscribe: 'No longer want these e-mails? Unsubscribe',
  },
}

/** The confirmation e-mail (double opt-in): one link, to a page with a button that confirms. */
export const sendConfirmation = async (payload: Payload, alert: Alert) => {
  const links = alertLinks(payload, alert)
  const t = TEXT[links.locale]
  await payload.sendEmail({
    to: alert.email,
    subject: t.confirmSubject,
    html: `<p>${t.confirmIntro}</p><p><a href="${links.confirm}">${t.confirmLink}</a></p><p>${t.confirmIgnore}</p>`,
    text: `${t.confirmIntro}\n${links.confirm}\n\n${t.confirmIgnore}\n`,
  })
}

/**
 * The weekly e-mail: the new places, a link to the whole search, and a one-click unsubscribe
 * (RFC 8058: List-Unsubscribe with an HTTPS link that unsubscribes on POST, without cookies).
 * The headers are set as plain headers: nodemailer's `list` option writes them twice.
 */
export const sendNewPlaces = async (payload: Payload, alert: Alert, places: NewPlace[]) => {
  const links = alertLinks(payload, alert)
  const t = TEXT[links.locale]
  const items = places
    .map(
      (p) => `<li><a href="${p.url}">${escapeHtml(p.title)}</a><br>${escapeHtml(p.summary)}</li>`,
    )
    .join('')
  await payload.sendEmail({
    to: alert.email,
    subject: t.newSubject(places.length),
    headers: {
      'List-Unsubscribe': `<${links.unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
    html:
      `<p>${t.newIntro}</p><ul>${items}</ul><p><a href="${links.search}">${t.all}</a></p>` +
      `<p><a href="${links.unsubscribe}">${t.unsubscribe}</a></p>`,
    text:
      `${t.newIntro}\n\n${places.map((p) => `- ${p.title}\n  ${p.url}`).join('\n')}\n\n` +
      `${t.all}: ${links.search}\n${t.unsubscribe}: ${links.unsubscribe}\n`,
  })
}
