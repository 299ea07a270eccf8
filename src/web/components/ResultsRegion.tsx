import type { FoundListing } from '../../data/search'
import type { ParamIssue } from '../../lib/search/queryParams'
import type { SchoolHoliday } from '../../lib/schedule'
import type { FacetCounts, SearchQuery, SearchResult } from '../../lib/search/types'
import { ListingCard } from './ListingCard'
import { ShortlistToggle } from './ShortlistToggle'
import { cardProps, nextOf, placeOf, pointOf } from './listingView'
import { Pagination } from './Pagination'
import { usePage } from '../context'
import { formatNumber } from '../i18n'
import { hitHref, href } from '../../lib/paths'
import { Id, Marker, marked } from '../islands/names'

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
    ['help', 'help'],
    ['ageBands', 'ageBand'],
  ]
  for (const [dim, name] of dims)
    for (const [value, n] of Object.entries(facets[dim] as Record<string, number>))
      out[`f-${name}-${value}`] = n
  return out
}

export const resultsTitle = (query: SearchQuery, t: ReturnType<typeof usePage>['t']): string =>
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

type Page = ReturnType<typeof usePage>

/** The page's results with a place, for the map island (`#map-data`). */
const mapPoints = (listings: FoundListing[], { locale, t }: Page) =>
  listings.flatMap((l) => {
    const point = l.hit.point ?? pointOf(l.doc)
    if (!point || !l.doc.slug) return []
    const url = hitHref(locale, l.hit.collection, l.doc.slug)
    return [{ title: l.doc.title, url, place: placeOf(l.doc, t), ...point }]
  })

/** Data for the islands, as JSON that cannot close its script element. */
const JsonData = ({ id, data }: { id: Id; data: unknown }) => (
  <script
    type="application/json"
    id={id}
    dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
  />
)

const SearchErrors = ({ errors, fragment }: { errors: ParamIssue[]; fragment?: boolean }) => {
  const { t, locale } = usePage()
  return (
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
  )
}

/** Nothing found: say so, offer the likely meant words, and tips. */
const NoResults = ({
  suggestion,
  href,
}: {
  suggestion?: string
  href: (text: string) => string
}) => {
  const { t } = usePage()
  return (
    <div className="utrecht-alert utrecht-alert--info">
      {/* One column: the alert lays its children side by side. */}
      <div>
        <p>{t('results.none')}</p>{' '}
        {suggestion ? (
          <>
            <p data-suggestion="">
              {t('results.didYouMean')} <a href={href(suggestion)}>{suggestion}</a>?
            </p>{' '}
          </>
        ) : null}
        <p>{t('results.noneTips')}</p>
      </div>
    </div>
  )
}

/** "12 resultaten binnen 10 km van Haren", with what the live search needs to follow it. */
const Summary = ({
  query,
  result,
  place,
}: Pick<ResultsProps, 'query' | 'place'> & { result: SearchResult }) => {
  const { t, locale, site } = usePage()
  const where = query.near
    ? t('results.near', {
        km: formatNumber(query.near.radiusKm, locale),
        place: place ?? t('results.yourLocation'),
      })
    : ''
  return (
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
  )
}

/** The part that live search replaces: the count, errors, the cards, pagination and the islands' data. */
export const ResultsRegion = (props: ResultsProps) => {
  const { query, params, result, listings, errors, holidays, now } = props
  const page = usePage()
  const { t, locale } = page
  /** This search with one parameter changed (or dropped), from its first page. */
  const searchWith = (name: string, value: string | null) => {
    const p = new URLSearchParams(params)
    p.delete('page')
    if (value === null) p.delete(name)
    else p.set(name, value)
    return href(locale, 'search', undefined, p)
  }
  return (
    <>
      {errors.length ? <SearchErrors errors={errors} fragment={props.fragment} /> : null}
      {result ? <Summary query={query} result={result} place={props.place} /> : null}
      {result && result.total === 0 ? (
        <NoResults suggestion={result.suggestion} href={(text) => searchWith('q', text)} />
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
                origin: l.origin,
                ...nextOf(l, holidays, now),
              })}
            >
              <ShortlistToggle collection={l.hit.collection} id={l.hit.id} />
            </ListingCard>
          ))}
        </ul>
      ) : null}
      {result ? (
        <Pagination
          page={result.page}
          pages={Math.ceil(result.total / result.pageSize)}
          link={(n) => searchWith('page', n > 1 ? String(n) : null)}
        />
      ) : null}
      <JsonData id={Id.mapData} data={mapPoints(listings, page)} />
      {result ? <JsonData id={Id.facetData} data={countsByCheckbox(result.facets)} /> : null}
    </>
  )
}
