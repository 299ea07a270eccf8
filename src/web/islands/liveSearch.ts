/**
 * Results that follow the form as you type or tick a filter. The page works without it: the
 * form is a plain GET form. Here the same URL is fetched with `fragment=1`, which answers only
 * the results region, and the address bar follows so the result can be shared or bookmarked.
 * Starts on the form marked `data-module="live-search"`.
 */
import { Id, Island, IslandEvent, Marker } from './names'

/** The counts beside the filters, from the fragment's facet data (0 when a value has none left). */
const updateCounts = (form: HTMLFormElement) => {
  const data = document.getElementById(Id.facetData)
  if (!data) return
  let counts: Record<string, number>
  try {
    counts = JSON.parse(data.textContent ?? '{}') as Record<string, number>
  } catch {
    return
  }
  for (const label of form.querySelectorAll<HTMLLabelElement>(`[${Marker.filters}] label[for]`)) {
    const count = label.querySelector('.count')
    if (count) count.textContent = `(${counts[label.htmlFor] ?? 0})`
  }
}

/** The filters' button says how many results they give now ("Toon 7 resultaten"). */
const showCount = (button: HTMLButtonElement | null, total: string | undefined) => {
  if (!button || total === undefined) return
  const template = (total === '1' ? button.dataset.labelOne : button.dataset.labelOther) ?? ''
  button.textContent = template.replace('{{count}}', total)
}

/** With live search the results are already there: the button takes the resident to them. */
const goToResults = (button: HTMLButtonElement, event: Event) => {
  const panel = button.closest('details')
  const results = document.getElementById(Id.results)
  if (!results) return
  event.preventDefault()
  // On a phone the open filters cover the screen: close them.
  if (panel && window.matchMedia('(max-width: 55.99rem)').matches) panel.open = false
  const summary = results.querySelector<HTMLElement>(`[${Marker.summary}]`) ?? results
  summary.tabIndex = -1
  summary.focus()
  summary.scrollIntoView({ block: 'start' })
}

/** The order the server uses when the resident chose none (as src/web/search/webParams.ts decides). */
const defaultSort = (params: URLSearchParams): string => {
  const near = params.has('postcode') || params.has('lat')
  return params.get('q')?.trim() ? 'relevance' : near ? 'distance' : 'soonest'
}

/**
 * The sort select, followed: the query the form stands for leaves out a sort the resident did not
 * choose, and the select shows the order the server will use for it.
 */
const followSort = (form: HTMLFormElement) => {
  // The sort the page chose for itself (soonest when browsing, nearest with a place) is no choice
  // of the resident's: once they type words, best match applies, as when the form is submitted.
  let sortChosen = new URLSearchParams(window.location.search).has('sort')
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')
  sortSelect?.addEventListener('change', () => (sortChosen = true))
  const showDefaultSort = (params: URLSearchParams) => {
    if (!sortSelect || sortChosen) return
    const wanted = defaultSort(params)
    if ([...sortSelect.options].some((o) => o.value === wanted)) sortSelect.value = wanted
  }
  const queryOf = (): URLSearchParams => {
    const params = new URLSearchParams()
    for (const [name, value] of new FormData(form)) {
      if (name === 'sort' && !sortChosen) continue
      if (typeof value === 'string' && value.trim() !== '') params.append(name, value)
    }
    return params
  }
  return { queryOf, showDefaultSort }
}

/** On a wide screen the filters sit beside the results and the search box has room: show them open. */
const openWhenWide = (form: HTMLFormElement) => {
  if (window.matchMedia('(min-width: 56rem)').matches) {
    for (const details of form.querySelectorAll<HTMLDetailsElement>(
      `details[${Marker.filters}], details[${Marker.searchFold}]`,
    ))
      details.open = true
  }
}

/** New results said aloud (errors first) and in the title and heading; returns their summary. */
const announce = (region: HTMLElement, status: HTMLElement | null): HTMLElement | null => {
  const summary = region.querySelector<HTMLElement>(`[${Marker.summary}]`)
  const errors = region.querySelector(`[${Marker.errors}]`)
  if (status) status.textContent = errors?.textContent ?? summary?.textContent ?? ''
  if (summary?.dataset.documentTitle) document.title = summary.dataset.documentTitle
  const heading = document.getElementById(Id.resultsHeading)
  if (heading && summary?.dataset.heading) heading.textContent = summary.dataset.heading
  return summary
}

/** Live search on one form: results fetched as the resident types or ticks, the URL kept along. */
export const startLiveSearch = (form: HTMLFormElement): void => {
  const region = document.getElementById(Id.results)
  const status = document.getElementById(Id.resultsStatus)
  const showButton = form.querySelector<HTMLButtonElement>(`[${Marker.showResults}]`)
  showCount(showButton, region?.querySelector<HTMLElement>(`[${Marker.summary}]`)?.dataset.total)
  showButton?.addEventListener('click', (event) => goToResults(showButton, event))

  const { queryOf, showDefaultSort } = followSort(form)
  openWhenWide(form)
  if (!region) return

  let controller: AbortController | undefined
  let timer: number | undefined
  const refresh = async () => {
    const params = queryOf()
    params.delete('page')
    showDefaultSort(params)
    controller?.abort()
    controller = new AbortController()
    const url = `${form.action.split('?')[0]}?${params}`
    try {
      const response = await fetch(`${url}${params.size ? '&' : ''}fragment=1`, {
        signal: controller.signal,
        headers: { accept: 'text/html' },
      })
      if (!response.ok && response.status !== 400) return
      region.innerHTML = await response.text()
      history.replaceState(null, '', url)
      // "Stuur me nieuwe plekken" is for the search as it now stands.
      const alertQuery = document.querySelector<HTMLInputElement>(`[${Marker.alertQuery}]`)
      if (alertQuery) alertQuery.value = String(params)
      const summary = announce(region, status)
      updateCounts(form)
      showCount(showButton, summary?.dataset.total)
      document.dispatchEvent(new CustomEvent(IslandEvent.results))
    } catch (error) {
      if ((error as Error).name !== 'AbortError') form.submit()
    }
  }
  const later = (ms: number) => {
    window.clearTimeout(timer)
    timer = window.setTimeout(() => void refresh(), ms)
  }

  // Only the search words follow each key press; a postcode or age is looked up once it is
  // complete (on change), so a half-typed postcode does not report an error.
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLInputElement).type === 'search') later(350)
  })
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).type !== 'search') later(0)
  })
}

for (const form of document.querySelectorAll<HTMLFormElement>(
  `form[data-module="${Island.liveSearch}"]`,
))
  startLiveSearch(form)
