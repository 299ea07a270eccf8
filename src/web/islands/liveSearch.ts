/**
 * Results that follow the form as you type or tick a filter. The page works without it: the
 * form is a plain GET form. Here the same URL is fetched with `fragment=1`, which answers only
 * the results region, and the address bar follows so the result can be shared or bookmarked.
 */
const form = document.querySelector<HTMLFormElement>('form[data-live-search]')
const region = document.getElementById('results')
const status = document.getElementById('results-status')

/** The counts beside the filters, from the fragment's facet data (0 when a value has none left). */
const updateCounts = () => {
  const data = document.getElementById('facet-data')
  if (!data) return
  let counts: Record<string, number>
  try {
    counts = JSON.parse(data.textContent ?? '{}') as Record<string, number>
  } catch {
    return
  }
  for (const label of document.querySelectorAll<HTMLLabelElement>('.filters label[for]')) {
    const count = label.querySelector('.count')
    if (count) count.textContent = `(${counts[label.htmlFor] ?? 0})`
  }
}

/** The filters' button says how many results they give now ("Toon 7 resultaten"). */
const showButton = document.querySelector<HTMLButtonElement>('[data-show-results]')
const showCount = (total: string | undefined) => {
  if (!showButton || total === undefined) return
  const template =
    (total === '1' ? showButton.dataset.labelOne : showButton.dataset.labelOther) ?? ''
  showButton.textContent = template.replace('{{count}}', total)
}
showCount(document.querySelector<HTMLElement>('#results [data-summary]')?.dataset.total)
// With live search the results are already there: the button takes the resident to them
// (on a phone closing the filters, which then cover the screen).
showButton?.addEventListener('click', (event) => {
  const panel = showButton.closest('details')
  const results = document.getElementById('results')
  if (!results) return
  event.preventDefault()
  if (panel && window.matchMedia('(max-width: 55.99rem)').matches) panel.open = false
  const summary = results.querySelector<HTMLElement>('[data-summary]') ?? results
  summary.tabIndex = -1
  summary.focus()
  summary.scrollIntoView({ block: 'start' })
})

// The sort the page chose for itself (soonest when browsing, nearest with a place) is no choice
// of the resident's: once they type words, best match applies, as when the form is submitted.
const sortChosen = { byResident: new URLSearchParams(window.location.search).has('sort') }
const sortSelect = document.querySelector<HTMLSelectElement>('select[name="sort"]')
sortSelect?.addEventListener('change', () => (sortChosen.byResident = true))
/** Shows the order the server will use when the resident chose none (as src/web/search/webParams.ts decides). */
const showDefaultSort = (params: URLSearchParams) => {
  if (!sortSelect || sortChosen.byResident) return
  const near = params.has('postcode') || params.has('lat')
  const wanted = params.get('q')?.trim() ? 'relevance' : near ? 'distance' : 'soonest'
  if ([...sortSelect.options].some((o) => o.value === wanted)) sortSelect.value = wanted
}

const queryOf = (f: HTMLFormElement): URLSearchParams => {
  const params = new URLSearchParams()
  for (const [name, value] of new FormData(f)) {
    if (name === 'sort' && !sortChosen.byResident) continue
    if (typeof value === 'string' && value.trim() !== '') params.append(name, value)
  }
  return params
}

// On a wide screen the filters sit beside the results and the search box has room: show them open.
const wide = window.matchMedia('(min-width: 56rem)').matches
const filters = document.querySelector<HTMLDetailsElement>('details[data-filters]')
if (filters && wide) filters.open = true
const fold = document.querySelector<HTMLDetailsElement>('details[data-search-fold]')
if (fold && wide) fold.open = true

if (form && region) {
  let controller: AbortController | undefined
  let timer: number | undefined

  const refresh = async () => {
    const params = queryOf(form)
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
      const summary = region.querySelector<HTMLElement>('[data-summary]')
      const errors = region.querySelector('[data-errors]')
      if (status) status.textContent = errors?.textContent ?? summary?.textContent ?? ''
      if (summary?.dataset.documentTitle) document.title = summary.dataset.documentTitle
      const heading = document.getElementById('results-heading')
      if (heading && summary?.dataset.heading) heading.textContent = summary.dataset.heading
      updateCounts()
      showCount(summary?.dataset.total)
      document.dispatchEvent(new CustomEvent('meedoen:results'))
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

export {}
