import type { Payload, TypedUser } from 'payload'

import type { ModeratedSlug } from '../jobs/moderationEmail'
import { countReviewQueue, QUEUE_NAMES, queueListURL, type QueueName } from '../reviewQueue'

type Lang = 'nl' | 'en'
/** "1 activiteit", "2 activiteiten": plurals as Dutch and English have them. */
const NOUNS: Record<ModeratedSlug, Record<Lang, [string, string]>> = {
  activities: { nl: ['activiteit', 'activiteiten'], en: ['activity', 'activities'] },
  openings: { nl: ['plek', 'plekken'], en: ['opening', 'openings'] },
  organisations: {
    nl: ['organisatieprofiel', 'organisatieprofielen'],
    en: ['organisation profile', 'organisation profiles'],
  },
  venues: { nl: ['locatie', 'locaties'], en: ['venue', 'venues'] },
}
const countNoun = (slug: ModeratedSlug, n: number, lang: Lang) => NOUNS[slug][lang][n === 1 ? 0 : 1]

const TEXT: Record<Lang, Record<QueueName | 'heading' | 'none', string>> = {
  nl: {
    heading: 'Wat wacht op actie',
    awaitingReview: 'Wacht op beoordeling door de redactie',
    changesRequested: 'Wijzigingen gevraagd door de redactie',
    goingStale: 'Binnen 30 dagen verborgen als niemand bevestigt dat het klopt',
    hidden: 'Verborgen: te lang niet gecontroleerd',
    reminded: 'Herinnering verstuurd, nog niet gecontroleerd',
    noLocation: 'Zonder ligging op de kaart (niet te vinden in de buurt)',
    none: 'Niets: alles is bijgewerkt.',
  },
  en: {
    heading: 'Waiting for action',
    awaitingReview: 'Awaiting review by the editors',
    changesRequested: 'Changes requested by the editors',
    goingStale: 'Hidden within 30 days unless someone confirms it',
    hidden: 'Hidden: not checked for too long',
    reminded: 'Reminder sent, not yet checked',
    noLocation: 'No location on the map (cannot be found nearby)',
    none: 'Nothing: everything is up to date.',
  },
}

/**
 * On the admin dashboard: what waits for the viewer, each a link to the filtered list. Editors
 * see submissions of everyone; members what needs them in their own organisations.
 */
export const ReviewQueue = async ({
  payload,
  user,
  i18n,
  hideAfterDays,
}: {
  payload: Payload
  user?: TypedUser | null
  i18n?: { language: string }
  hideAfterDays: number
}) => {
  if (!user) return null
  const lang: Lang = i18n?.language === 'en' ? 'en' : 'nl'
  const q = { now: new Date(), hideAfterDays }
  const counts = await countReviewQueue(payload, user, q)
  const adminRoute = payload.config.routes.admin
  const rows = QUEUE_NAMES.flatMap((queue) =>
    Object.entries(counts[queue] ?? {}).map(([slug, count]) => ({
      queue,
      slug: slug as ModeratedSlug,
      count: count,
    })),
  )
  return (
    <section
      aria-labelledby="meedoen-review-queue"
      style={{ marginBottom: 'calc(var(--base) * 2)' }}
    >
      <h2 id="meedoen-review-queue">{TEXT[lang].heading}</h2>
      {rows.length === 0 ? (
        <p>{TEXT[lang].none}</p>
      ) : (
        <ul>
          {rows.map(({ queue, slug, count }) => (
            <li key={`${queue}-${slug}`}>
              <a href={queueListURL(adminRoute, slug, queue, q)}>
                {TEXT[lang][queue]}: <strong data-review-count={`${queue}-${slug}`}>{count}</strong>{' '}
                {countNoun(slug, count, lang)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
