import { LISTING_KIND_OPTIONS } from '../../../collections/Interests'
import type { InterestCounts } from '../interestCounts'
import type { ContactText } from './contactDashboardText'

/**
 * For editors on the dashboard: the anonymous interest counts per organisation and kind, and
 * how they went (contacted, placed, not placed).
 */
export const InterestCountsTable = ({
  counts,
  t,
  lang,
}: {
  counts: InterestCounts
  t: ContactText
  lang: 'nl' | 'en'
}) => {
  const kind = (value: string) =>
    LISTING_KIND_OPTIONS.find((o) => o.value === value)?.label[lang] ?? value
  return (
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
  )
}
