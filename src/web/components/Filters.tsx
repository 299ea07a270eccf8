import { OPENING_KINDS } from '../../lib/vocabulary'
import { ACCESSIBILITY } from '../../lib/vocabulary'
import { LADDER_RUNGS } from '../../lib/vocabulary'
import type { Taxonomy } from '../../data/search'
import type { FacetCounts, SearchQuery } from '../../lib/search/types'
import { ACCESSIBILITY_FACETS, PARTS_OF_DAY } from '../../lib/search/types'
import { usePage } from '../context'
import { pick } from '../i18n'
import { Marker, marked } from '../islands/names'

interface Option {
  value: string
  label: string
  count?: number
}

const CheckGroup = ({
  name,
  legend,
  options,
  checked,
}: {
  name: string
  legend: string
  options: Option[]
  checked: string[]
}) => {
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

export interface FiltersProps {
  query: SearchQuery
  facets: FacetCounts | null
  taxonomies: { themes: Taxonomy[]; areas: Taxonomy[] }
  clearHref: string
}

/** Every filter of the search engine as checkboxes with counts; a plain GET form without JavaScript. */
export const Filters = ({ query, facets, taxonomies, clearHref }: FiltersProps) => {
  const { t, locale } = usePage()
  const count = (dimension: keyof FacetCounts, value: string) => {
    const record = facets?.[dimension]
    return record && typeof record === 'object' ? (record[value] ?? 0) : undefined
  }
  const withCounts = (
    dimension: keyof FacetCounts,
    options: { value: string; label: string }[],
    checked: string[] = [],
    hideEmpty = false,
  ): Option[] =>
    options
      .map((o) => ({ ...o, count: count(dimension, o.value) }))
      .filter((o) => !hideEmpty || !facets || (o.count ?? 0) > 0 || checked.includes(o.value))
  const days = (t('day', { returnObjects: true }) as string[]).map((label, i) => ({
    value: String(i + 1),
    label,
  }))
  const kinds = [
    { value: 'activity', label: t('kind.activity') },
    ...OPENING_KINDS.map((k) => ({ value: k.value, label: pick(k.label, locale) })),
  ]
  const strings = (values: (string | number)[] | undefined) => (values ?? []).map(String)
  const active =
    [
      query.kinds,
      query.themes,
      query.areas,
      query.weekdays,
      query.partsOfDay,
      query.accessibility,
      query.rungs,
    ].reduce((n, v) => n + (v?.length ?? 0), 0) +
    (query.free ? 1 : 0) +
    (query.walkIn ? 1 : 0) +
    (query.age !== undefined ? 1 : 0)

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
      <CheckGroup
        name="kind"
        legend={t('results.kinds')}
        options={withCounts('kinds', kinds)}
        checked={strings(query.kinds)}
      />
      <fieldset>
        <legend>{t('results.cost')}</legend>
        <div className="check">
          <input
            type="checkbox"
            id="f-free"
            name="free"
            value="true"
            defaultChecked={query.free === true}
          />
          <label htmlFor="f-free">
            {t('results.free')} {facets ? <span className="count">({facets.free})</span> : null}
          </label>
        </div>
        <div className="check">
          <input
            type="checkbox"
            id="f-walkIn"
            name="walkIn"
            value="true"
            defaultChecked={query.walkIn === true}
          />
          <label htmlFor="f-walkIn">
            {t('results.walkIn')} {facets ? <span className="count">({facets.walkIn})</span> : null}
          </label>
        </div>
      </fieldset>
      <CheckGroup
        name="day"
        legend={t('results.days')}
        options={withCounts('weekdays', days)}
        checked={strings(query.weekdays)}
      />
      <CheckGroup
        name="part"
        legend={t('results.parts')}
        options={withCounts(
          'partsOfDay',
          PARTS_OF_DAY.map((p) => ({ value: p, label: t(`part.${p}`) })),
        )}
        checked={strings(query.partsOfDay)}
      />
      <CheckGroup
        name="theme"
        legend={t('results.themes')}
        options={withCounts(
          'themes',
          taxonomies.themes.map((x) => ({
            value: x.id,
            label: locale === 'en' && x.nameEn ? x.nameEn : x.name,
          })),
          strings(query.themes),
          true,
        )}
        checked={strings(query.themes)}
      />
      <CheckGroup
        name="area"
        legend={t('results.areas')}
        options={withCounts(
          'areas',
          taxonomies.areas.map((x) => ({ value: x.id, label: x.name })),
          strings(query.areas),
          true,
        )}
        checked={strings(query.areas)}
      />
      <CheckGroup
        name="access"
        legend={t('results.access')}
        options={withCounts(
          'accessibility',
          ACCESSIBILITY_FACETS.map((a) => ({
            value: a,
            label: pick(ACCESSIBILITY.find((x) => x.name === a)!.label, locale),
          })),
        )}
        checked={strings(query.accessibility)}
      />
      <CheckGroup
        name="rung"
        legend={t('results.rungs')}
        options={withCounts(
          'rungs',
          LADDER_RUNGS.map((r) => ({ value: r.value, label: pick(r.label, locale) })),
        )}
        checked={strings(query.rungs)}
      />
      <div className="utrecht-form-field">
        <label className="utrecht-form-label utrecht-form-field__label" htmlFor="f-age">
          {t('results.age')}
        </label>
        <span className="field-hint" id="f-age-hint">
          {t('results.ageHint')}
        </span>
        <input
          className="utrecht-textbox utrecht-textbox--html-input"
          type="number"
          inputMode="numeric"
          min={0}
          max={120}
          id="f-age"
          name="age"
          defaultValue={query.age ?? ''}
          aria-describedby="f-age-hint"
        />
      </div>
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
