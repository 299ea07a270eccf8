import type { ColleagueQuery } from '../../data/colleagues'
import type { Taxonomy } from '../../data/search'
import type { Area, Profile, Theme } from '../../payload-types'
import { Layout } from '../components/Layout'
import { ContactFacts } from '../components/Detail'
import { populated } from '../components/populated'
import { usePage } from '../context'

type T = ReturnType<typeof usePage>['t']

/** The names of populated relations, comma-separated. */
const names = (values: (number | Area | Theme)[] | null | undefined) =>
  (values ?? [])
    .map((v) => populated<Area | Theme>(v)?.name)
    .filter(Boolean)
    .join(', ')

/** One select of the filter form: all, or one neighbourhood or theme. */
const Choose = ({
  name,
  label,
  options,
  value,
  t,
}: {
  name: string
  label: string
  options: Taxonomy[]
  value?: string
  t: T
}) => (
  <div className="utrecht-form-field utrecht-form-field--select">
    <label className="utrecht-form-label utrecht-form-field__label" htmlFor={`ww-${name}`}>
      {label}
    </label>
    <select
      className="utrecht-select utrecht-select--html-select"
      id={`ww-${name}`}
      name={name}
      defaultValue={value ?? ''}
    >
      <option value="">{t('whosWho.any')}</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </select>
  </div>
)

/** The filter form: words, a neighbourhood, a theme (a plain GET form). */
const Filters = ({
  query,
  taxonomies,
  action,
}: {
  query: ColleagueQuery
  taxonomies: { areas: Taxonomy[]; themes: Taxonomy[] }
  action: string
}) => {
  const { t } = usePage()
  return (
    <form method="get" action={action} role="search" className="panel">
      <div className="utrecht-form-field utrecht-form-field--text">
        <label className="utrecht-form-label utrecht-form-field__label" htmlFor="ww-q">
          {t('whosWho.q')}
        </label>
        <input
          className="utrecht-textbox utrecht-textbox--html-input"
          type="search"
          id="ww-q"
          name="q"
          maxLength={100}
          defaultValue={query.q ?? ''}
        />
      </div>
      <Choose
        name="area"
        label={t('whosWho.area')}
        options={taxonomies.areas}
        value={query.area}
        t={t}
      />
      <Choose
        name="theme"
        label={t('whosWho.theme')}
        options={taxonomies.themes}
        value={query.theme}
        t={t}
      />
      <button className="utrecht-button utrecht-button--primary-action" type="submit">
        {t('whosWho.search')}
      </button>
    </form>
  )
}

/** "Jouw kaart": make or edit one's own entry (in the admin, where each person keeps it). */
const OwnEntry = ({ own }: { own: Profile | null }) => {
  const { t } = usePage()
  return (
    <section className="panel" aria-labelledby="ww-own">
      <h2 id="ww-own">{t('whosWho.ownTitle')}</h2>
      {own ? null : <p>{t('whosWho.ownNone')}</p>}
      <a
        className="utrecht-button utrecht-button--secondary-action"
        href={own ? `/admin/collections/profiles/${own.id}` : '/admin/collections/profiles/create'}
      >
        {own ? t('whosWho.ownEdit') : t('whosWho.ownMake')}
      </a>
    </section>
  )
}

/** A colleague: name, role and organisation, how to reach them, where and what they help with. */
const Colleague = ({ p }: { p: Profile }) => {
  const { t } = usePage()
  return (
    <li className="card">
      <h2 className="card-title">{p.name}</h2>
      <p>
        {p.jobTitle} · {p.organisationName}
        {p.published ? null : <strong> · {t('whosWho.hidden')}</strong>}
      </p>
      <ContactFacts contact={{ phone: p.phone, email: p.email }} />
      <ul className="card-facts">
        {p.areas?.length ? <li>{`${t('whosWho.areas')}: ${names(p.areas)}`}</li> : null}
        {p.themes?.length ? <li>{`${t('whosWho.themes')}: ${names(p.themes)}`}</li> : null}
        {p.helpWith ? <li>{`${t('whosWho.helpWith')}: ${p.helpWith}`}</li> : null}
      </ul>
    </li>
  )
}

/**
 * Wie is wie, for people in the chain only: find colleagues by neighbourhood, theme or words;
 * call or mail them directly. One's own entry is made and kept in the admin.
 */
export const WhosWhoPage = ({
  query,
  found,
  taxonomies,
  action,
}: {
  query: ColleagueQuery
  found: { docs: Profile[]; total: number; own: Profile | null }
  taxonomies: { areas: Taxonomy[]; themes: Taxonomy[] }
  action: string
}) => {
  const { t } = usePage()
  return (
    <Layout title={t('whosWho.title')} robots="noindex">
      <h1>{t('whosWho.title')}</h1>
      <p className="lead">{t('whosWho.lead')}</p>
      <p className="field-hint">{t('whosWho.private')}</p>
      <OwnEntry own={found.own} />
      <Filters query={query} taxonomies={taxonomies} action={action} />
      <p className="results-count" role="status">
        {t('whosWho.count', { count: found.total })}
      </p>
      {found.docs.length ? (
        <ul className="cards">
          {found.docs.map((p) => (
            <Colleague key={p.id} p={p} />
          ))}
        </ul>
      ) : (
        <p>{t('whosWho.none')}</p>
      )}
    </Layout>
  )
}
