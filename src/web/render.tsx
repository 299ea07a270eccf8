import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { type PageContextValue, PageProvider } from './context'

/** Whole HTML documents from React elements: static markup, nothing to hydrate. */
export const renderDocument = (page: ReactElement, context: PageContextValue): string =>
  `<!doctype html>${renderToStaticMarkup(<PageProvider value={context}>{page}</PageProvider>)}`

/** A part of a page (live search answers only the results region). */
export const renderFragment = (part: ReactElement, context: PageContextValue): string =>
  renderToStaticMarkup(<PageProvider value={context}>{part}</PageProvider>)
