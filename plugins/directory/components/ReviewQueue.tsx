import type { Payload, TypedUser } from 'payload'

import { countReviewQueue, LISTING_SLUGS, queueListURL, type QueueName } from '../reviewQueue'

const TEXT = {
  nl: {
    heading: 'Wat wacht op actie',
    activities: 'activiteiten',
    openings: 'plekken',
    awaitingReview: 'Wacht op beoordeling door de redactie',
    hidden: 'Verborgen: te lang niet gecontroleerd',
    reminded: 'Herinnering verstuurd, nog niet gecontroleerd',
    none: 'Niets: alles is bijgewerkt.',
  },
  en: {
    heading: 'Waiting for action',
    activities: 'activities',
    openings: 'openings',
    awaitingReview: 'Awaiting review by the editors',
    hidden: 'Hidden: not checked for too long',
    reminded: 'Reminder sent, not yet checked',
    none: 'Nothing: everything is up to date.',
  },
}

/**
 * On the admin dashboard: how many listings await review, are hidden as stale, or have had a
 * reminder, each linking to the filtered list. Counts respect the viewer's access.
 */
export const ReviewQueue = async ({ payload, user, i18n }: { payload: Payload; user?: TypedUser | null; i18n?: { language: string } }) => {
  if (!user) return null
  const t = i18n?.language === 'en' ? TEXT.en : TEXT.nl
  const counts = await countReviewQueue(payload, user)
  const adminRoute = payload.config.routes.admin
  const rows = (Object.keys(counts) as QueueName[]).flatMap((queue) =>
    LISTING_SLUGS.filter((slug) => counts[queue][slug] > 0).map((slug) => ({ queue, slug, count: counts[queue][slug] })),
  )
  return (
    <section aria-labelledby="meedoen-review-queue" style={{ marginTop: 'calc(var(--base) * 2)' }}>
      <h2 id="meedoen-review-queue">{t.heading}</h2>
      {rows.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul>
          {rows.map(({ queue, slug, count }) => (
            <li key={`${queue}-${slug}`}>
              <a href={queueListURL(adminRoute, slug, queue)}>
                {t[queue]}: <strong data-review-count={`${queue}-${slug}`}>{count}</strong> {t[slug]}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
