import type { Payload, TypedUser } from 'payload'

import { LISTING_KIND_OPTIONS } from '../../../collections/Interests'
import { overdueLoketWhere } from '../../../collections/LoketRequests'
import { getUserOrganisationIDs } from '../../../collections/access/getUserOrganisationIDs'
import { isEditorUser } from '../../../collections/access/roles'
import { countInterests, lastTwelveMonths } from '../interestCounts'

const TEXT = {
  nl: {
    contact: 'Binnengekomen',
    newInterests: 'Nieuwe interesse, nog geen contact',
    openReports: 'Meldingen "Klopt er iets niet?" die nog open staan',
    loketOpen: 'Werkgeversloket: open aanvragen',
    loketOverdue: 'te laat',
    counts: 'Interesse in cijfers (laatste 12 maanden)',
    countsHint: 'Aantallen zonder persoonsgegevens; verwijderde interesse telt mee.',
    organisation: 'Organisatie',
    kind: 'Soort',
    total: 'Totaal',
    contacted: 'Contact',
    placed: 'Geplaatst',
    notPlaced: 'Niet geplaatst',
    none: 'Nog geen interesse ontvangen.',
  },
  en: {
    contact: 'Received',
    newInterests: 'New interest, not yet contacted',
    openReports: 'Open "Something wrong?" reports',
    loketOpen: 'Employer desk: open requests',
    loketOverdue: 'overdue',
    counts: 'Interest in numbers (last 12 months)',
    countsHint: 'Counts without personal data; deleted interests still count.',
    organisation: 'Organisation',
    kind: 'Kind',
    total: 'Total',
    contacted: 'Contacted',
    placed: 'Placed',
    notPlaced: 'Not placed',
    none: 'No interest received yet.',
  },
}

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
  const admin = payload.config.routes.admin
  const now = new Date()
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
  const counts = editor ? await countInterests(payload, user, lastTwelveMonths(now)) : null
  const kind = (value: string) =>
    LISTING_KIND_OPTIONS.find((o) => o.value === value)?.label[lang] ?? value
  return (
    <section aria-labelledby="meedoen-contact" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="meedoen-contact">{t.contact}</h2>
      <ul>
        <li>
          <a href={`${admin}/collections/interests?where[status][equals]=new`}>
            {t.newInterests}: <strong data-contact-count="interests-new">{fresh.totalDocs}</strong>
          </a>
        </li>
        <li>
          <a href={`${admin}/collections/listing-reports?where[status][equals]=new`}>
            {t.openReports}: <strong data-contact-count="reports-open">{reports.totalDocs}</strong>
          </a>
        </li>
        {loket ? (
          <li>
            <a
              href={`${admin}/collections/loket-requests?where[status][in]=new,in_progress&sort=dueAt`}
            >
              {t.loketOpen}: <strong data-contact-count="loket-open">{loket[0].totalDocs}</strong>
            </a>
            {loket[1].totalDocs > 0 ? (
              <strong
                data-contact-count="loket-overdue"
                style={{ color: 'var(--theme-error-600, #b00020)', marginLeft: '0.5em' }}
              >
                ({loket[1].totalDocs} {t.loketOverdue})
              </strong>
            ) : null}
          </li>
        ) : null}
      </ul>
      {counts ? (
        <>
          <h3>{t.counts}</h3>
          <p>{t.countsHint}</p>
          {counts.rows.length === 0 ? (
            <p>{t.none}</p>
          ) : (
            <table data-interest-counts="">
              <thead>
                <tr>
                  <th scope="col">{t.organisation}</th>
                  <th scope="col">{t.kind}</th>
                  <th scope="col">{t.total}</th>
                  <th scope="col">{t.contacted}</th>
                  <th scope="col">{t.placed}</th>
                  <th scope="col">{t.notPlaced}</th>
                </tr>
              </thead>
              <tbody>
                {counts.rows.map((r) => (
                  <tr key={`${r.organisation}-${r.kind}`}>
                    <th scope="row">{r.organisationName}</th>
                    <td>{kind(r.kind)}</td>
                    <td>{r.total}</td>
                    <td>{r.byStatus.contacted}</td>
                    <td>{r.byStatus.placed}</td>
                    <td>{r.byStatus.not_placed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
    </section>
  )
}
