import type { Taxonomy } from '../../data/search'
import type { FacetCounts, SearchQuery } from '../../lib/search/types'
import { usePage } from '../context'
import { Marker, marked } from '../islands/names'
import { AgeField } from './AgeField'
import { activeFilters, ageBandOptions, type CheckGroupSpec, filterGroups } from './filterGroups'

const CheckGroup = ({ name, legend, options, checked }: CheckGroupSpec) => {
  if (!options.length) return null
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((o) => {
        const id = `f-${name}-${o.value}`
        return (
          <div className="check" key={o.value}>
            <input
              type="checkbox"
              id={id}
              name={name}
              value={o.value}
              defaultChecked={checked.includes(o.value)}
            />
            <label htmlFor={id}>
              {o.label} {o.count !== undefined ? <span className="count">({o.count})</span> : null}
            </label>
          </div>
        )
      })}
    </fieldset>
  )
}

/** One yes/no filter ("Gratis"), with its count. */
const Check = ({
  name,
  label,
  checked,
  count,
}: {
  name: 'free' | 'walkIn'
  label: string
  checked: boolean
  count?: number
}) => (
  <div className="check">
    <input type="checkbox" id={`f-${name}`} name={name} value="true" defaultChecked={checked} />
    <label htmlFor={`f-${name}`}>
      {label} {count !== undefined ? <span className="count">({count})</span> : null}
    </label>
  </div>
)

/** The age as a band (radio buttons with counts), or below it as an exact age. */
const AgeFields = ({ query, facets }: { query: SearchQuery; facets: FacetCounts | null }) => {
  const { t, locale } = usePage()
  return (
    <fieldset>
      <legend>{t('results.ageBand')}</legend>
      {ageBandOptions(facets, t, locale).map((o) => (
        <div className="check" key={o.value || 'any'}>
          <input
            type="radio"
            id={`f-ageBand-${o.value || 'any'}`}
            name="ageBand"
            value={o.value}
            defaultChecked={(query.ageBand ?? '') === o.value}
          />
          <label htmlFor={`f-ageBand-${o.value || 'any'}`}>
            {o.label}{' '}
            {'count' in o && o.count !== undefined ? (
              <span className="count">({o.count})</span>
            ) : null}
          </label>
        </div>
      ))}
      <AgeField id="f-age" age={query.age} label={t('results.age')} hint={t('results.ageHint')} />
    </fieldset>
  )
}

export interface FiltersProps {
  query: SearchQuery
  facets: FacetCounts | null
  taxonomies: { themes: Taxonomy[]; areas: Taxonomy[] }
  clearHref: string
}

/** Every filter of the search engine as checkboxes with counts; a plain GET form without JavaScript. */
export const Filters = ({ query, facets, taxonomies, clearHref }: FiltersProps) => {
  const { t, locale, professional } = usePage()
  const groups = filterGroups(query, facets, taxonomies, t, locale, professional)
  const active = activeFilters(query)
  return (
    <details
      className="filters"
      open={active > 0}
      {...marked(Marker.filters)}
      aria-labelledby="filters-title"
    >
      <summary id="filters-title">
        {t('results.filters')}
        {active ? ` (${t('results.active', { count: active })})` : ''}
      </summary>
      {groups.before.map((g) => (
        <CheckGroup key={g.name} {...g} />
      ))}
      <fieldset>
        <legend>{t('results.cost')}</legend>
        <Check
          name="free"
          label={t('results.free')}
          checked={query.free === true}
          count={facets?.free}
        />
        <Check
          name="walkIn"
          label={t('results.walkIn')}
          checked={query.walkIn === true}
          count={facets?.walkIn}
        />
      </fieldset>
      {groups.after.map((g) => (
        <CheckGroup key={g.name} {...g} />
      ))}
      <AgeFields query={query} facets={facets} />
      {/* On a phone it stays at the bottom of the screen while the panel is open. With live search it says
          how many results the ticked filters give ("Toon 7 resultaten"): the new count is where the finger is. */}
      <p className="filters-apply">
        <button
          className="utrecht-button utrecht-button--primary-action"
          type="submit"
          {...marked(Marker.showResults)}
          data-label-one={t('results.showCount_one')}
          data-label-other={t('results.showCount_other')}
        >
          {t('results.apply')}
        </button>
      </p>
      <p>
        <a href={clearHref}>{t('results.clear')}</a>
      </p>
    </details>
  )
}
