import type { Taxonomy } from '../../data/search'
import type { SearchQuery } from '../../lib/search/types'
import { AlertForm } from '../components/AlertForm'
import { Filters } from '../components/Filters'
import { Layout } from '../components/Layout'
import { ResultsRegion, resultsTitle, type ResultsProps } from '../components/ResultsRegion'
import { SearchFields } from '../components/SearchFields'
import { usePage } from '../context'
import { formatNumber } from '../i18n'
import { href } from '../../lib/paths'
import { Id, Island, Marker, marked, startsIsland } from '../islands/names'

/** Whether the resident asked for something (words or a place); browsing shows the form open. */
const searched = (query: SearchQuery) => Boolean(query.text?.trim() || query.near)

/** "taal · binnen 10 km van Haren · 7 resultaten": what the folded form stands for. */
const foldSummary = (
  query: SearchQuery,
  place: string | undefined,
  total: number | undefined,
  t: ReturnType<typeof usePage>['t'],
  locale: 'nl' | 'en',
): string =>
  [
    query.text?.trim(),
    query.near
      ? t('results.near', {
          km: formatNumber(query.near.radiusKm, locale),
          place: place ?? t('results.yourLocation'),
        })
      : null,
    total === undefined ? null : t('results.count', { count: total }),
  ]
    .filter(Boolean)
    .join(' · ')

/** The order of the results: a select and, without JavaScript, a button to apply it. */
const SortChoice = ({ sort, near }: { sort: string; near: boolean }) => {
  const { t } = usePage()
  return (
    <div className="sort">
      <div>
        <label className="utrecht-form-label" htmlFor="sort">
          {t('results.sort')}
        </label>
        <br />
        <select
          className="utrecht-select utrecht-select--html-select"
          id="sort"
          name="sort"
          defaultValue={sort}
        >
          <option value="relevance">{t('results.sortRelevance')}</option>
          {near ? <option value="distance">{t('results.sortDistance')}</option> : null}
          <option value="soonest">{t('results.sortSoonest')}</option>
        </select>
      </div>
      <button className="utrecht-button utrecht-button--secondary-action" type="submit">
        {t('results.sortApply')}
      </button>
    </div>
  )
}

/** The map island's button: hidden until the island starts (no map without JavaScript). */
const MapToggle = () => {
  const { t } = usePage()
  return (
    <button
      className="utrecht-button utrecht-button--secondary-action"
      type="button"
      hidden
      {...startsIsland(Island.resultsMap)}
      aria-controls={Id.mapPanel}
      aria-expanded="false"
      data-open-label={t('results.showMap')}
      data-close-label={t('results.hideMap')}
    >
      {t('results.showMap')}
    </button>
  )
}

/** Where the map island draws; its texts and the URLs of Leaflet and the tiles as data attributes. */
const MapPanel = () => {
  const { t, assets, map } = usePage()
  return (
    <div id={Id.mapPanel} className="map-panel" hidden>
      <p className="muted">{t('results.mapNote')}</p>
      <div
        id={Id.map}
        className="map"
        data-tiles={map.tileURL}
        data-attribution={map.attribution}
        data-css={assets.urls.leafletCss}
        data-leaflet={assets.urls.leaflet}
        data-label={t('results.mapLabel')}
        data-spot-label={t('results.mapSpot')}
        data-truncated-label={t('results.mapTruncated')}
      />
      <p id={Id.mapTruncated} className="muted" hidden />
    </div>
  )
}

/** After a search the form folds into one line, so on a phone the results come first. */
const SearchFold = ({
  query,
  params,
  place,
  result,
}: Pick<ResultsProps, 'query' | 'params' | 'place' | 'result'>) => {
  const { t, locale } = usePage()
  return (
    <details
      className="search-fold"
      open={!searched(query) || !result}
      {...marked(Marker.searchFold)}
    >
      <summary>
        <span className="search-fold-what">
          {foldSummary(query, place, result?.total, t, locale)}
        </span>{' '}
        <span className="search-fold-edit">{t('results.change')}</span>
      </summary>
      <SearchFields
        q={query.text}
        postcode={params.get('postcode') ?? ''}
        radius={query.near?.radiusKm}
        lat={params.has('lat') ? query.near?.lat : undefined}
        lon={params.has('lon') ? query.near?.lon : undefined}
      />
    </details>
  )
}

/** The search page: the folded search box, the filters, the order, the map and the results. */
export const ResultsPage = (
  props: ResultsProps & { taxonomies: { themes: Taxonomy[]; areas: Taxonomy[] } },
) => {
  const { t, locale } = usePage()
  const { query } = props
  const title = resultsTitle(query, t)
  return (
    <Layout
      title={title}
      description={t('results.description')}
      scripts={['location', 'liveSearch', 'map']}
      robots="noindex, follow"
    >
      <h1 id={Id.resultsHeading}>{title}</h1>
      <form
        method="get"
        action={href(locale, 'search')}
        id="search-form"
        {...startsIsland(Island.liveSearch)}
        role="search"
      >
        <SearchFold {...props} />
        <div className="results-layout">
          <Filters
            query={query}
            facets={props.result?.facets ?? null}
            taxonomies={props.taxonomies}
            clearHref={href(locale, 'search')}
          />
          <section className="results" aria-labelledby="results-title">
            <h2 id="results-title" className="visually-hidden">
              {t('results.title')}
            </h2>
            <div className="results-head">
              <SortChoice sort={query.sort ?? 'relevance'} near={Boolean(query.near)} />
              <MapToggle />
            </div>
            <MapPanel />
            <p id={Id.resultsStatus} className="visually-hidden" role="status" aria-live="polite" />
            <div id={Id.results}>
              <ResultsRegion {...props} />
            </div>
          </section>
        </div>
      </form>
      {props.result ? <AlertForm query={String(props.params)} /> : null}
    </Layout>
  )
}
