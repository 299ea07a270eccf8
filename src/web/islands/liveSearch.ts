/**
 * Results that follow the form as you type or tick a filter. The page works without it: the
 * form is a plain GET form. Here the same URL is fetched with `fragment=1`, which answers only
 * the results region, and the address bar follows so the result can be shared or bookmarked.
 */
const form = document.querySelector<HTMLFormElement>('form[data-live-search]')
const region = document.getElementById('results')
const status = document.getElementById('results-status')

const queryOf = (f: HTMLFormElement): URLSearchParams => {
  const params = new URLSearchParams()
  for (const [name, value] of new FormData(f)) {
    if (typeof value === 'string' && value.trim() !== '') params.append(name, value)
  }
  return params
}

// On a wide screen the filters sit beside the results: show them open.
const filters = document.querySelector<HTMLDetailsElement>('details[data-filters]')
if (filters && window.matchMedia('(min-width: 56rem)').matches) filters.open = true

if (form && region) {
  let controller: AbortController | undefined
  let timer: number | undefined

  const refresh = async () => {
    const params = queryOf(form)
    params.delete('page')
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
      const summary = region.querySelector('[data-summary]')
      if (status && summary) status.textContent = summary.textContent
      document.dispatchEvent(new CustomEvent('meedoen:results'))
    } catch (error) {
      if ((error as Error).name !== 'AbortError') form.submit()
    }
  }

  const later = (ms: number) => {
    window.clearTimeout(timer)
    timer = window.setTimeout(() => void refresh(), ms)
  }

  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement
    if (target.type === 'search' || target.type === 'text') later(350)
  })
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement
    if (target.type === 'checkbox' || target.tagName === 'SELECT') later(0)
  })
}

export {}
