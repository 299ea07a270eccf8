import type { Payload, TypedUser } from 'payload'

import { overdueLoketWhere } from '../../../collections/LoketRequests'
import { getUserOrganisationIDs } from '../../../collections/access/getUserOrganisationIDs'
import { hasRole, isEditorUser } from '../../../collections/access/roles'
import { countInterests, lastTwelveMonths } from '../interestCounts'
import { countDuplicateOrganisations } from '../organisations/duplicates'
import { referralImpact } from '../referrals/impact'
import { type ContactText, TEXT } from './contactDashboardText'
import { InterestCountsTable } from './InterestCountsTable'
import { ReferralImpact } from './ReferralImpact'
import { ChainLinks, CountLink } from './DashboardLinks'

/**
 * New interests and open reports (members, editors), referrals waiting for an answer (to or
 * from the user), and for editors the open and overdue employer requests.
 */
interface Waiting {
  fresh: number | null
  reports: number | null
  referrals: { open: number; overdue: number }
  loket: { open: number; overdue: number } | null
  duplicates: number | null
}

/** Referrals the user may see that wait for an answer, and how many of those are late. */
const countReferrals = async (payload: Payload, user: TypedUser, now: Date) => {
  const as = { collection: 'referrals', overrideAccess: false, user } as const
  const [open, overdue] = await Promise.all([
    payload.count({ ...as, where: { status: { equals: 'sent' } } }),
    payload.count({
      ...as,
      where: {
        and: [{ status: { equals: 'sent' } }, { dueAt: { less_than: now.toISOString() } }],
      },
    }),
  ])
  return { open: open.totalDocs, overdue: overdue.totalDocs }
}

/** What waits for the user, counted with their own access; the loket only for editors. */
const countWaiting = async (
  payload: Payload,
  user: TypedUser,
  editor: boolean,
  now: Date,
): Promise<Waiting> => {
  const inbox = editor || getUserOrganisationIDs(user).length > 0
  const [fresh, reports] = inbox
    ? await Promise.all([
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
    : [null, null]
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
    fresh: fresh?.totalDocs ?? null,
    reports: reports?.totalDocs ?? null,
    referrals: await countReferrals(payload, user, now),
    loket: loket ? { open: loket[0].totalDocs, overdue: loket[1].totalDocs } : null,
    duplicates: editor ? await countDuplicateOrganisations(payload, user) : null,
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
    {waiting.fresh !== null ? (
      <CountLink
        href={`${admin}/collections/interests?where[status][equals]=new`}
        label={t.newInterests}
        name="interests-new"
        count={waiting.fresh}
      />
    ) : null}
    {waiting.reports !== null ? (
      <CountLink
        href={`${admin}/collections/listing-reports?where[status][equals]=new`}
        label={t.openReports}
        name="reports-open"
        count={waiting.reports}
      />
    ) : null}
    <CountLink
      href={`${admin}/collections/referrals?where[status][equals]=sent&sort=dueAt`}
      label={t.referralsWaiting}
      name="referrals-open"
      count={waiting.referrals.open}
      overdue={waiting.referrals.overdue}
      late={t.referralsOverdue}
    />
    {waiting.loket ? (
      <CountLink
        href={`${admin}/collections/loket-requests?where[status][in]=new,in_progress&sort=dueAt`}
        label={t.loketOpen}
        name="loket-open"
        count={waiting.loket.open}
        overdue={waiting.loket.overdue}
        late={t.loketOverdue}
      />
    ) : null}
    {waiting.duplicates ? (
      <CountLink
        href={`${admin}/collections/organisations`}
        label={t.duplicates}
        name="duplicates"
        count={waiting.duplicates}
      />
    ) : null}
  </ul>
)

/**
 * On the admin dashboard: new interests waiting for contact (members: their own), referrals
 * waiting for an answer (members: to them; professionals: theirs), and for editors the open
 * and overdue employer requests, the anonymous interest counts and what referrals achieve.
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
  const member = getUserOrganisationIDs(user).length > 0
  if (!editor && !member && !hasRole(user, 'professional')) return null
  const lang = i18n?.language === 'en' ? 'en' : 'nl'
  const t = TEXT[lang]
  const now = new Date()
  const waiting = await countWaiting(payload, user, editor, now)
  const year = lastTwelveMonths(now)
  const [counts, impact] = editor
    ? await Promise.all([countInterests(payload, user, year), referralImpact(payload, user, year)])
    : [null, null]
  return (
    <section aria-labelledby="meedoen-contact" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="meedoen-contact">{t.contact}</h2>
      <WaitingLinks admin={payload.config.routes.admin} t={t} waiting={waiting} />
      <ChainLinks t={t} lang={lang} shortlist={editor || hasRole(user, 'professional')} />
      {counts ? <InterestCountsTable counts={counts} t={t} lang={lang} /> : null}
      {impact ? <ReferralImpact impact={impact} t={t} lang={lang} /> : null}
    </section>
  )
}
