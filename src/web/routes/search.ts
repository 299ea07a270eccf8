import type { Request, Response } from 'express'
import { createElement } from 'react'

import { readsOfficialLabels } from '../../data/cms'
import { getSchoolHolidays } from '../../data/holidays'
import { getTaxonomies, searchListings, searchMap } from '../../data/search'
import { hitHref } from '../../lib/paths'
import { pageContext, professionalContext, visitor } from '../pageContext'
import { ResultsRegion, type ResultsProps } from '../components/ResultsRegion'
import { ResultsPage } from '../pages/ResultsPage'
import { renderFragment } from '../render'
import { parseWebSearch } from '../search/webParams'
import { type Page, type Route, serverTiming } from './page'

type Found = Awaited<ReturnType<typeof searchListings>>

/** A page past the end (an old link, a shrunken result): the last page that exists, or null. */
const lastPageURL = (found: Found | null, params: URLSearchParams, url: URL): string | null => {
  if (!found || found.result.total === 0 || found.result.hits.length > 0 || found.result.page <= 1)
    return null
  const last = new URLSearchParams(params)
  const lastPage = Math.ceil(found.result.total / found.result.pageSize)
  if (lastPage > 1) last.set('page', String(lastPage))
  else last.delete('page')
  if (url.searchParams.get('fragment') === '1') last.set('fragment', '1')
  return String(last)
}

/** `fragment=1`: only the results region, for the live search island. */
const sendFragment = async (
  page: Page,
  req: Request,
  res: Response,
  props: ResultsProps,
  status: number,
  professional: boolean,
) => {
  const context = {
    ...(await pageContext(page.payload, req, page.locale, page.options)),
    ...professionalContext(req, professional),
  }
  const fragment = renderFragment(
    createElement(ResultsRegion, { ...props, fragment: true }),
    context,
  )
  res
    .status(status)
    .type('html')
    // A professional's fragment carries their shortlist: never in a shared cache.
    .set('Cache-Control', professional ? 'private, no-store' : 'no-cache')
    .set('Server-Timing', serverTiming(res))
    .send(fragment)
}

/**
 * `/zoeken` (en: `/search`): the results page, its live fragment (`fragment=1`) and the map of
 * every result (`map=1`, asked for when the map is opened). Bad parameters get the page again
 * with the problems named (400), never an error page.
 */
export const search: Route = (router, page) => {
  const { payload, locale, path, send } = page
  router.get(path('search'), async (req, res) => {
    const user = await visitor(payload, req)
    const url = new URL(req.originalUrl, 'http://localhost')
    const parsed = parseWebSearch(url.searchParams)
    if (url.searchParams.get('map') === '1') {
      if (!parsed.ok) return res.status(400).json({ errors: parsed.errors })
      const data = await searchMap(payload, { ...parsed.query, locale }, (collection, slug) =>
        hitHref(locale, collection, slug),
      )
      return res.set('Cache-Control', 'no-cache').json(data)
    }
    const [found, taxonomies, holidays] = await Promise.all([
      parsed.ok ? searchListings(payload, user, { ...parsed.query, locale }) : null,
      getTaxonomies(payload),
      getSchoolHolidays(payload),
    ])
    const props: ResultsProps = {
      query: parsed.ok ? parsed.query : { text: url.searchParams.get('q') ?? undefined },
      params: parsed.params,
      result: found?.result ?? null,
      listings: found?.listings ?? [],
      errors: parsed.ok ? [] : parsed.errors,
      place: parsed.ok ? parsed.place : undefined,
      holidays,
      now: new Date(),
    }
    const last = lastPageURL(found, new URLSearchParams(parsed.params), url)
    if (last !== null) return res.redirect(302, `${req.baseUrl}${path('search')}?${last}`)
    const status = parsed.ok ? 200 : 400
    if (url.searchParams.get('fragment') === '1')
      return sendFragment(page, req, res, props, status, readsOfficialLabels(user))
    await send(req, res, createElement(ResultsPage, { ...props, taxonomies }), {
      status,
      personal: Boolean(user),
      professional: readsOfficialLabels(user),
    })
  })
}
