/**
 * The names the server-rendered pages and the islands share: which island an element starts
 * (`data-module`), the ids and data attributes an island looks for, and the event by which the
 * live search tells the map that results changed. A rename here reaches both sides; the
 * islands' tests (tests/unit/islands/) render the real components and run the islands on them.
 *
 * Enums, so esbuild inlines the members into each island's bundle.
 */

/** `data-module` values: each island starts from the elements that carry its name. */
export enum Island {
  liveSearch = 'live-search',
  useLocation = 'use-location',
  resultsMap = 'results-map',
  readAloud = 'read-aloud',
  print = 'print',
}

/** Ids on the results page. */
export enum Id {
  results = 'results',
  resultsStatus = 'results-status',
  resultsHeading = 'results-heading',
  facetData = 'facet-data',
  mapPanel = 'map-panel',
  map = 'map',
  mapData = 'map-data',
  mapTruncated = 'map-truncated',
}

/** Data attributes the live search reads (as selectors: `[data-summary]`). */
export enum Marker {
  summary = 'data-summary',
  errors = 'data-errors',
  showResults = 'data-show-results',
  filters = 'data-filters',
  searchFold = 'data-search-fold',
  /** The part of the page "Lees voor" reads (the main text, not the forms). */
  readAloudText = 'data-read-aloud-text',
  /** Left out of what "Lees voor" reads (forms, the controls themselves). */
  readAloudSkip = 'data-read-aloud-skip',
  /** The alert form's hidden search, which the live search keeps in step with the filters. */
  alertQuery = 'data-alert-query',
}

/** Fired on `document` by the live search after it replaced the results. */
export enum IslandEvent {
  results = 'meedoen:results',
}

/** The attribute that names an element's island, as JSX props: `{...startsIsland(Island.map)}`. */
export const startsIsland = (name: Island) => ({ 'data-module': name })

/** A marker attribute as JSX props: `{...marked(Marker.summary)}`. */
export const marked = (name: Marker) => ({ [name]: '' })
