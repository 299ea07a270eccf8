import type { Payload, TypedUser } from 'payload'

import { overdueLoketWhere } from '../../../collections/LoketRequests'
import { getUserOrganisationIDs } from '../../../collections/access/getUserOrganisationIDs'
import { isEditorUser } from '../../../collections/access/roles'
import { countInterests, lastTwelveMonths } from '../interestCounts'
import { type ContactText, TEXT } from './contactDashboardText'
import { InterestCountsTable } from './InterestCountsTable'

/** New interests and open reports, and for editors the open and overdue employer requests. */
interface Waiting {
  fresh: number
  reports: number
  loket: { open: number; overdue: number } | null
}

/** What waits for the user, counted with their own access; the loket only for editors. */
const countWaiting = async (
  payload: Payload,
  user: TypedUser,
  editor: boolean,
  now: Date,
): Promise<Waiting> => {
  const [fresh, reports] = await Promise.all([
    payload.count({
      collection: 'interests',
      where: { status: { equals: 'new' } },
      overrideAccess: false,
      user,
    }),
    payload.count({
      collection: 'listing-reports',
      where: { status: { equals: 'new' } },
      overrideAccess: false,
      user,
    }),
  ])
  const loket = editor
    ? await Promise.all([
        payload.count({
          collection: 'loket-requests',
          where: { status: { in: ['new', 'in_progress'] } },
          overrideAccess: false,
          user,
        }),
        payload.count({
          collection: 'loket-requests',
          where: overdueLoketWhere(now),
          overrideAccess: false,
          user,
        }),
      ])
    : null
  return {
    fresh: fresh.totalDocs,
    reports: reports.totalDocs,
    loket: loket ? { open: loket[0].totalDocs, overdue: loket[1].totalDocs } : null,
  }
}

/** The counts as links to the lists they count. */
const WaitingLinks = ({
  admin,
  t,
  waiting,
}: {
  admin: string
  t: ContactText
  waiting: Waiting
}) => (
  <ul>
    <li>
      <a href={`${admin}/collections/interests?where[status][equals]=new`}>
        {t.newInterests}: <strong data-contact-count="interests-new">{waiting.fresh}</strong>
      </a>
    </li>
    <li>
      <a href={`${admin}/collections/listing-reports?where[status][equals]=new`}>
        {t.openReports}: <strong data-contact-count="reports-open">{waiting.reports}</strong>
      </a>
    </li>
    {waiting.loket ? (
      <li>
        <a
          href={`${admin}/collections/loket-requests?where[status][in]=new,in_progress&sort=dueAt`}
        >
          {t.loketOpen}: <strong data-contact-count="loket-open">{waiting.loket.open}</strong>
        </a>
        {waiting.loket.overdue > 0 ? (
          <strong
            data-contact-count="loket-overdue"
            style={{ color: 'var(--theme-error-600, #b00020)', marginLeft: '0.5em' }}
          >
            ({waiting.loket.overdue} {t.loketOverdue})
          </strong>
        ) : null}
      </li>
    ) : null}
  </ul>
)

/**
 * On the admin dashboard: new interests waiting for contact (members: their own), and for
 * editors the open and overdue employer requests and the anonymous interest counts.
 */
export const ContactDashboard = async ({
  payload,
  user,
  i18n,
}: {
  payload: Payload
  user?: TypedUser | null
  i18n?: { language: string }
}) => {
  if (!user) return null
  const editor = isEditorUser(user)
  if (!editor && getUserOrganisationIDs(user).length === 0) return null
  const lang = i18n?.language === 'en' ? 'en' : 'nl'
  const t = TEXT[lang]
  const now = new Date()
  const waiting = await countWaiting(payload, user, editor, now)
  const counts = editor ? await countInterests(payload, user, lastTwelveMonths(now)) : null
  return (
    <section aria-labelledby="meedoen-contact" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="meedoen-contact">{t.contact}</h2>
      <WaitingLinks admin={payload.config.routes.admin} t={t} waiting={waiting} />
      {counts ? <InterestCountsTable counts={counts} t={t} lang={lang} /> : null}
    </section>
  )
}
