import type { TFunction } from 'i18next'
import { createContext, useContext } from 'react'

import type { AssetManifest } from './assets/buildAssets'
import type { contactSettings } from '../data/contact'
import type { SiteView } from '../data/site'
import type { Locale } from './i18n'

/** The site's name and look as the municipality set them (the "Website" settings). */

export interface PageContextValue {
  locale: Locale
  t: TFunction
  site: SiteView
  assets: AssetManifest
  /** The same page in the other language. */
  alternate: string
  /** The canonical URL of this page (absolute). */
  canonical: string
  serverURL: string
  map: { tileURL: string; attribution: string }
  /** What the contact forms promise: days until interests and referrals are deleted, working days to answer. */
  contact: ReturnType<typeof contactSettings>
  /** A professional, editor or administrator is reading: official labels (participation ladder). */
  professional?: boolean
  /** For those: the keys of their shortlist for a client (`a12`, `o5`), and this page's path to return to. */
  shortlist?: { keys: string[]; back: string }
  /** A draft shown to someone who may read it (from the admin's "Voorbeeld"): marked, never indexed. */
  preview?: boolean
}

const PageContext = createContext<PageContextValue | null>(null)
export const PageProvider = PageContext.Provider

export const usePage = (): PageContextValue => {
  const value = useContext(PageContext)
  if (!value) throw new Error('usePage outside a page')
  return value
}
