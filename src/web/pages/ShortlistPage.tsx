import type { ShortlistListing } from '../../data/shortlist'
import { href } from '../../lib/paths'
import { shortlistKey } from '../../lib/shortlist'
import type { SchoolHoliday } from '../../lib/schedule'
import { Layout } from '../components/Layout'
import { ShortlistItem } from '../components/ShortlistItem'
import { usePage } from '../context'
import { formatDay } from '../i18n'
import { Island, startsIsland } from '../islands/names'

export interface ShortlistEntry {
  item: ShortlistListing
  /** The listing's page (absolute), also in the QR code. */
  url: string
  qr: string
}

/** Each listing with a button that takes it off the list. */
const RemoveList = ({ entries, action }: { entries: ShortlistEntry[]; action: string }) => {
  const { t } = usePage()
  return (
    <ul className="shortlist-remove">
      {entries.map(({ item }) => (
        <li key={`${item.collection}-${item.doc.id}`}>
          <form method="post" action={action}>
            <input type="hidden" name="remove" value={shortlistKey(item.collection, item.doc.id)} />
            <input type="hidden" name="back" value={action} />
            {item.doc.title}{' '}
            <button type="submit" className="utrecht-button utrecht-button--subtle">
              {t('shortlist.remove')}
            </button>
          </form>
        </li>
      ))}
    </ul>
  )
}

/** The professional's side, never printed: print, share, take off, empty. */
const Controls = ({
  entries,
  share,
}: {
  entries: ShortlistEntry[]
  share: { url: string; until: string } | null
}) => {
  const { t, locale } = usePage()
  const action = href(locale, 'shortlist')
  return (
    <section className="panel no-print" aria-labelledby="lijstje-controls">
      <h2 id="lijstje-controls">{t('shortlist.controlsTitle')}</h2>
      <p>{t('shortlist.controlsLead')}</p>
      <p>
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          hidden
          {...startsIsland(Island.print)}
        >
          {t('shortlist.print')}
        </button>
        <br />
        <span className="field-hint">{t('shortlist.printHint')}</span>
      </p>
      {share ? (
        <p>
          <label htmlFor="lijstje-link">{t('shortlist.share')}</label>
          <br />
          <input id="lijstje-link" className="utrecht-textbox" readOnly value={share.url} />
          <br />
          <span className="field-hint">
            {t('shortlist.shareHint', { date: formatDay(share.until, locale) })}
          </span>
        </p>
      ) : null}
      <RemoveList entries={entries} action={action} />
      <form method="post" action={action}>
        <input type="hidden" name="clear" value="1" />
        <input type="hidden" name="back" value={action} />
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {t('shortlist.clear')}
        </button>
      </form>
    </section>
  )
}

/**
 * A shortlist for a client, made to be printed (or saved as PDF) and read on paper: one block
 * per listing with when, where, how to join, whom to call and a QR code to its page. The
 * professional's own view adds the controls (never printed); the shared link shows the list only.
 */
export const ShortlistPage = ({
  entries,
  holidays,
  now,
  own,
  share = null,
}: {
  entries: ShortlistEntry[]
  holidays: SchoolHoliday[]
  now: Date
  /** The professional's own list (with controls), not a shared link. */
  own: boolean
  share?: { url: string; until: string } | null
}) => {
  const { t, locale } = usePage()
  return (
    <Layout title={t('shortlist.title')} robots="noindex" scripts={own ? ['print'] : []}>
      {own ? <Controls entries={entries} share={entries.length ? share : null} /> : null}
      <div className="shortlist">
        <h1>{t('shortlist.title')}</h1>
        {entries.length ? (
          <>
            <p className="lead">{t('shortlist.lead')}</p>
            <p>{t('shortlist.made', { date: formatDay(now.toISOString(), locale) })}</p>
            <ol className="shortlist-items">
              {entries.map((e) => (
                <ShortlistItem key={e.url} {...e} holidays={holidays} now={now} />
              ))}
            </ol>
          </>
        ) : (
          <p>
            {t('shortlist.empty')} <a href={href(locale, 'search')}>{t('shortlist.toSearch')}</a>
          </p>
        )}
      </div>
    </Layout>
  )
}
