import { usePage } from '../context'
import { href } from '../../lib/paths'
import { shortlistKey } from '../../lib/shortlist'

/** The one form every "Op lijstje" button posts (results sit inside the search form, and forms cannot nest). */
const FORM_ID = 'lijstje-form'

/** Once per page, outside every other form: where the shortlist buttons post, and the way back. */
export const ShortlistForm = () => {
  const { locale, shortlist } = usePage()
  if (!shortlist) return null
  return (
    <form id={FORM_ID} method="post" action={href(locale, 'shortlist')} hidden>
      <input type="hidden" name="back" value={shortlist.back} />
    </form>
  )
}

/**
 * For professionals, on a card or a listing's page: "Op lijstje" (or "Van lijstje af"), one
 * click; the page comes back at this button. Nothing for anyone else.
 */
export const ShortlistToggle = ({
  collection,
  id,
  long = false,
}: {
  collection: string
  id: number | string
  /** On a listing's own page: the longer label and always the link to the list. */
  long?: boolean
}) => {
  const { t, locale, shortlist } = usePage()
  if (!shortlist || (collection !== 'activities' && collection !== 'openings')) return null
  const key = shortlistKey(collection, id)
  const on = shortlist.keys.includes(key)
  return (
    <p className="shortlist-toggle no-print" id={`lijstje-${key}`}>
      <button
        type="submit"
        form={FORM_ID}
        name={on ? 'remove' : 'add'}
        value={key}
        className="utrecht-button utrecht-button--secondary-action"
      >
        {on ? t('shortlist.remove') : long ? t('shortlist.addLong') : t('shortlist.add')}
      </button>{' '}
      {on || long ? (
        <a href={href(locale, 'shortlist')}>
          {t('shortlist.view', { count: shortlist.keys.length })}
        </a>
      ) : null}
    </p>
  )
}
