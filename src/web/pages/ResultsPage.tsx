import type { FoundListing, Taxonomy } from '../../data/search'
import type { ParamIssue } from '../../lib/search/queryParams'
import type { SchoolHoliday } from '../../lib/schedule'
import type { FacetCounts, SearchQuery, SearchResult } from '../../lib/search/types'
import { Filters } from '../components/Filters'
import { Layout } from '../components/Layout'
import { ListingCard } from '../components/ListingCard'
import { cardProps, nextOf, placeOf, pointOf } from '../components/listingView'
import { Pagination } from '../components/Pagination'
import { SearchFields } from '../components/SearchFields'
import { usePage } from '../context'
import { formatNumber } from '../i18n'
import { href, listingHref } from '../../lib/paths'
import { Id, Island, Marker, marked, startsIsland } from '../islands/names'

/** Facet counts by the id of their checkbox (as Filters renders them), for live search to update. */
const countsByCheckbox = (facets: FacetCounts): Record<string, number> => {
  const out: Record<string, number> = { 'f-free': facets.free, 'f-walkIn': facets.walkIn }
  const dims: [keyof FacetCounts, string][] = [
    ['kinds', 'kind'],
    ['weekdays', 'day'],
    ['partsOfDay', 'part'],
    ['themes', 'theme'],
    ['areas', 'area'],
    ['accessibility', 'access'],
    ['rungs', 'rung'],
  ]
  for (const [dim, name] of dims)
    for (const [value, n] of Object.entries(facets[dim] as Record<string, number>))
      out[`f-${name}-${value}`] = n
  return out
}

const resultsTitle = (query: SearchQuery, t: ReturnType<typeof usePage>['t']): string =>
  query.text ? t('results.titleWith', { q: query.text }) : t('results.title')

export interface ResultsProps {
  query: SearchQuery
  params: URLSearchParams
  result: SearchResult | null
  listings: FoundListing[]
  errors: ParamIssue[]
  place?: string
  holidays: SchoolHoliday[]
  now: Date
  /** Rendered for live search (errors are then announced by the status region, not as alerts). */
  fragment?: boolean
}

/** The part that live search replaces: the count, errors, the cards, pagination and the map's data. */
export const ResultsRegion = ({
  query,
  params,
  result,
  listings,
  errors,
  place,
  holidays,
  now,
  fragment,
}: ResultsProps) => {
  const { t, locale, site } = usePage()
  /** This search with one parameter changed (or dropped), from its first page unless a page is asked. */
  const searchWith = (name: string, value: string | null) => {
    const p = new URLSearchParams(params)
    p.delete('page')
    if (value === null) p.delete(name)
    else p.set(name, value)
    return href(locale, 'search', undefined, p)
  }
  const link = (page: number) => searchWith('page', page > 1 ? String(page) : null)
  /** The same search with other words ("Bedoelde je …?"). */
  const withText = (text: string) => searchWith('q', text)
  const points = listings.flatMap((l) => {
    const point = l.hit.point ?? pointOf(l.doc)
    return point && l.doc.slug
      ? [
          {
            title: l.doc.title,
            url: listingHref(locale, l.hit.collection, l.doc.slug),
            place: placeOf(l.doc, t),
            ...point,
          },
        ]
      : []
  })
  const where = query.near
    ? t('results.near', {
        km: formatNumber(query.near.radiusKm, locale),
        place: place ?? t('results.yourLocation'),
      })
    : ''
  return (
    <>
      {errors.length ? (
        <div
          className="utrecht-alert utrecht-alert--error"
          role={fragment ? undefined : 'alert'}
          {...marked(Marker.errors)}
        >
          <h2>{t('results.errorTitle')}</h2>
          <ul>
            {errors.map((e) => (
              <li key={e.field}>{e.message[locale]}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {result ? (
        <p
          {...marked(Marker.summary)}
          className="results-count"
          data-total={result.total}
          data-heading={resultsTitle(query, t)}
          data-document-title={`${resultsTitle(query, t)} – ${site.name}`}
        >
          {t('results.count', { count: result.total })}
          {where ? ` ${where}` : ''}
        </p>
      ) : null}
      {result && result.total === 0 ? (
        <div className="utrecht-alert utrecht-alert--info">
          {/* One column: the alert lays its children side by side. */}
          <div>
            <p>{t('results.none')}</p>{' '}
            {result.suggestion ? (
              <>
                <p data-suggestion="">
                  {t('results.didYouMean')}{' '}
                  <a href={withText(result.suggestion)}>{result.suggestion}</a>?
                </p>{' '}
              </>
            ) : null}
            <p>{t('results.noneTips')}</p>
          </div>
        </div>
      ) : null}
      {listings.length ? (
        <ul className="cards">
          {listings.map((l) => (
            <ListingCard
              key={`${l.hit.collection}-${l.hit.id}`}
              {...cardProps(l.doc, l.hit.collection, {
                locale,
                t,
                distanceKm: l.hit.distanceKm,
                snippetHtml: query.text ? l.hit.snippet : undefined,
                ...nextOf(l, holidays, now),
              })}
            />
          ))}
        </ul>
      ) : null}
      {result ? (
        <Pagination
          page={result.page}
          pages={Math.ceil(result.total / result.pageSize)}
          link={link}
        />
      ) : null}
      <script
        type="application/json"
        id={Id.mapData}
        dangerouslySetInnerHTML={{ __html: JSON.stringify(points).replace(/</g, '\\u003c') }}
      />
      {result ? (
        <script
          type="application/json"
          id={Id.facetData}
          dangerouslySetInnerHTML={{ __html: JSON.stringify(countsByCheckbox(result.facets)) }}
        />
      ) : null}
    </>
  )
}

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

export const ResultsPage = (
  props: ResultsProps & { taxonomies: { themes: Taxonomy[]; areas: Taxonomy[] } },
) => {
  const { t, locale, assets, map } = usePage()
  const { query, params } = props
  const title = resultsTitle(query, t)
  const sort = query.sort ?? 'relevance'
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
        {/* After a search the form folds into one line, so on a phone the results come first. */}
        <details
          className="search-fold"
          open={!searched(query) || !props.result}
          {...marked(Marker.searchFold)}
        >
          <summary>
            <span className="search-fold-what">
              {foldSummary(query, props.place, props.result?.total, t, locale)}
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
                    {query.near ? (
                      <option value="distance">{t('results.sortDistance')}</option>
                    ) : null}
                    <option value="soonest">{t('results.sortSoonest')}</option>
                  </select>
                </div>
                <button className="utrecht-button utrecht-button--secondary-action" type="submit">
                  {t('results.sortApply')}
                </button>
              </div>
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
            </div>
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
            <p id={Id.resultsStatus} className="visually-hidden" role="status" aria-live="polite" />
            <div id={Id.results}>
              <ResultsRegion {...props} />
            </div>
          </section>
        </div>
      </form>
    </Layout>
  )
}
