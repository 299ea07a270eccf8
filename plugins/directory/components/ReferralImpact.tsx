import type { ReferralImpact as Impact } from '../referrals/impact'
import type { ContactText } from './contactDashboardText'

/** The three bars of a month, darker for further along; the move up is the number above. */
const SERIES = [
  { key: 'referrals', color: '#9cc3d5' },
  { key: 'accepted', color: '#3d7ea6' },
  { key: 'placed', color: '#0b3d5c' },
] as const
const BAR = 9
const SLOT = 40
const HEIGHT = 110

const monthLabel = (month: string, lang: 'nl' | 'en') =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { month: 'short', timeZone: 'UTC' })
    .format(new Date(`${month}-15T12:00:00Z`))
    .replace('.', '')

const fill = (text: string, values: Record<string, number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''))

/** A small bar chart of the months: referrals, accepted, placed; its numbers are in the table below. */
const Chart = ({ impact, t, lang }: { impact: Impact; t: ContactText; lang: 'nl' | 'en' }) => {
  const top = Math.max(1, ...impact.months.map((m) => m.referrals))
  const scale = (n: number) => (n / top) * (HEIGHT - 30)
  return (
    <svg
      role="img"
      aria-labelledby="impact-title impact-desc"
      viewBox={`0 0 ${impact.months.length * SLOT} ${HEIGHT + 16}`}
      style={{ width: '100%', maxWidth: 640, height: 'auto', display: 'block' }}
      data-impact-chart=""
    >
      <title id="impact-title">{t.impactChart}</title>
      <desc id="impact-desc">{fill(t.impactSummary, { ...impact.total })}</desc>
      {impact.months.map((m, i) => (
        <g key={m.month} transform={`translate(${i * SLOT + 5},0)`}>
          {SERIES.map((s, j) => (
            <rect
              key={s.key}
              x={j * (BAR + 1)}
              y={HEIGHT - scale(m[s.key])}
              width={BAR}
              height={scale(m[s.key])}
              fill={s.color}
            />
          ))}
          {m.movedUp ? (
            <text x={14} y={HEIGHT - scale(m.referrals) - 4} fontSize="9" textAnchor="middle">
              ↑{m.movedUp}
            </text>
          ) : null}
          <text x={14} y={HEIGHT + 12} fontSize="9" textAnchor="middle">
            {monthLabel(m.month, lang)}
          </text>
        </g>
      ))}
    </svg>
  )
}

const Legend = ({ t }: { t: ContactText }) => (
  <p aria-hidden="true" style={{ display: 'flex', gap: '1em', flexWrap: 'wrap' }}>
    {SERIES.map((s) => (
      <span key={s.key}>
        <span style={{ display: 'inline-block', width: 12, height: 12, background: s.color }} />{' '}
        {t[s.key]}
      </span>
    ))}
    <span>↑ {t.movedUp}</span>
  </p>
)

type Counted = Impact['total']
const Cells = ({ c }: { c: Counted }) => (
  <>
    <td>{c.referrals}</td>
    <td>{c.accepted}</td>
    <td>{c.placed}</td>
    <td>{c.movedUp}</td>
  </>
)
const Head = ({ first, t }: { first: string; t: ContactText }) => (
  <thead>
    <tr>
      {[first, t.referrals, t.accepted, t.placed, t.movedUp].map((h) => (
        <th scope="col" key={h}>
          {h}
        </th>
      ))}
    </tr>
  </thead>
)

/**
 * For editors on the dashboard: what warm referrals achieved — a small chart per month and
 * the numbers per neighbourhood and per month. Built from the anonymous count rows only.
 */
export const ReferralImpact = ({
  impact,
  t,
  lang,
}: {
  impact: Impact
  t: ContactText
  lang: 'nl' | 'en'
}) => (
  <section aria-labelledby="meedoen-impact" data-referral-impact="">
    <h3 id="meedoen-impact">{t.impact}</h3>
    <p>{t.impactHint}</p>
    {impact.total.referrals === 0 ? (
      <p>{t.noReferrals}</p>
    ) : (
      <>
        <Chart impact={impact} t={t} lang={lang} />
        <Legend t={t} />
        <table data-impact-areas="">
          <Head first={t.area} t={t} />
          <tbody>
            {impact.areas.map((a) => (
              <tr key={a.area}>
                <th scope="row">{a.area || t.noArea}</th>
                <Cells c={a} />
              </tr>
            ))}
          </tbody>
        </table>
        <details>
          <summary>{t.perMonth}</summary>
          <table data-impact-months="">
            <Head first={t.month} t={t} />
            <tbody>
              {impact.months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{m.month}</th>
                  <Cells c={m} />
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </>
    )}
  </section>
)
