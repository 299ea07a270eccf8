import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

/** Whole HTML documents from React elements: static markup, nothing to hydrate. */
export const renderDocument = (page: ReactElement): string => `<!doctype html>${renderToStaticMarkup(page)}`
