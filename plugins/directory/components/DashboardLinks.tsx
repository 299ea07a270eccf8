import { href } from '../../../src/lib/paths'
import type { ContactText } from './contactDashboardText'

/** One count as a link to the list it counts, with how many of those are late. */
export const CountLink = ({
  href,
  label,
  name,
  count,
  overdue,
  late,
}: {
  href: string
  label: string
  name: string
  count: number
  overdue?: number
  late?: string
}) => (
  <li>
    <a href={href}>
      {label}: <strong data-contact-count={name}>{count}</strong>
    </a>
    {overdue ? (
      <strong
        data-contact-count={`${name.split('-')[0]}-overdue`}
        style={{ color: 'var(--theme-error-600, #b00020)', marginLeft: '0.5em' }}
      >
        ({overdue} {late})
      </strong>
    ) : null}
  </li>
)

/** Where people in the chain find each other and make a client's list (the public site's staff pages). */
export const ChainLinks = ({
  t,
  lang,
  shortlist,
}: {
  t: ContactText
  lang: 'nl' | 'en'
  shortlist: boolean
}) => (
  <>
    <h3>{t.chain}</h3>
    <ul>
      <li>
        <a href={href(lang, 'whosWho')} data-chain-link="whos-who">
          {t.whosWho}
        </a>
      </li>
      {shortlist ? (
        <li>
          <a href={href(lang, 'shortlist')} data-chain-link="shortlist">
            {t.shortlist}
          </a>
        </li>
      ) : null}
    </ul>
  </>
)
