import { escapeHtml } from '../../../src/lib/html'
import type { ListingSlug } from '../constants'

type Listing = { collection: ListingSlug; id: number | string; title: string }

/** The reminder e-mail in plain Dutch with an English summary, one link per listing. */
export const staleReminderEmail = (
  listings: Listing[],
  serverURL: string,
  days: { remindAfterDays: number; hideAfterDays: number },
): { subject: string; text: string; html: string } => {
  const links = listings.map((l) => ({
    title: l.title,
    url: `${serverURL}/admin/collections/${l.collection}/${l.id}`,
  }))
  const weeks = Math.round((days.hideAfterDays - days.remindAfterDays) / 7)
  const nl = [
    'Hallo,',
    `Dit aanbod op Meedoen is al ${days.remindAfterDays} dagen niet gecontroleerd:`,
    ...links.map((l) => `- ${l.title}: ${l.url}`),
    `Klopt het nog? Open het, controleer het en kies "Nog actueel". Zonder controle verbergen we het over ongeveer ${weeks} weken voor bewoners.`,
  ]
  const en = `These listings have not been checked for ${days.remindAfterDays} days. Please confirm they are still current, or they will be hidden from residents in about ${weeks} weeks.`
  return {
    subject: `Klopt je aanbod op Meedoen nog? (${listings.length})`,
    text: `${nl.join('\n\n')}\n\n${en}\n`,
    html:
      `<p>Hallo,</p><p>Dit aanbod op Meedoen is al ${days.remindAfterDays} dagen niet gecontroleerd:</p><ul>` +
      links
        .map((l) => `<li><a href="${escapeHtml(l.url)}">${escapeHtml(l.title)}</a></li>`)
        .join('') +
      `</ul><p>Klopt het nog? Open het, controleer het en kies "Nog actueel". Zonder controle verbergen we het over ongeveer ${weeks} weken voor bewoners.</p><p lang="en">${en}</p>`,
  }
}
