import type { ReactNode } from 'react'

import { scriptClosure, type EntryName } from '../assets/buildAssets'
import { usePage } from '../context'
import { Marker, marked } from '../islands/names'
import { ShortlistForm } from './ShortlistToggle'
import { ReadAloud } from './ReadAloud'
import { href } from '../../lib/paths'

export interface LayoutProps {
  title: string
  description?: string
  /** Islands this page loads (ES modules, deferred). */
  scripts?: EntryName[]
  /** schema.org objects for search engines and other portals. */
  jsonLd?: object[]
  /** e.g. noindex for search results with filters. */
  robots?: string
  /** "Lees voor" reads the main text (listing pages, the questionnaire). */
  readAloud?: boolean
  children: ReactNode
}

/** JSON inside <script>: nothing in it may close the element. */
const safeJson = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')

/** The page's head: title, description, robots, canonical and hreflang links, styles, islands, JSON-LD. */
const Head = ({
  title,
  description,
  scripts = [],
  jsonLd = [],
  robots,
}: Omit<LayoutProps, 'children' | 'readAloud'>) => {
  const { locale, site, assets, alternate, canonical, preview } = usePage()
  const other = locale === 'nl' ? 'en' : 'nl'
  return (
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{`${title} – ${site.name}`}</title>
      {description ? <meta name="description" content={description} /> : null}
      {preview ? (
        <meta name="robots" content="noindex, nofollow" />
      ) : robots ? (
        <meta name="robots" content={robots} />
      ) : null}
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      <link rel="canonical" href={canonical} />
      {/* hreflang must be absolute; each language names itself and the other. */}
      <link rel="alternate" hrefLang={locale} href={canonical} />
      <link rel="alternate" hrefLang={other} href={new URL(alternate, canonical).href} />
      <link rel="stylesheet" href={assets.urls.css} />
      <link rel="stylesheet" href={site.themeHref} />
      {scripts.length
        ? scriptClosure(assets, scripts).map((src) => <script key={src} type="module" src={src} />)
        : null}
      {jsonLd.map((item, i) => (
        <script
          key={i}
          type="application/ld+json"
          dangerouslySetInnerHTML={{ __html: safeJson(item) }}
        />
      ))}
    </head>
  )
}

/** The site's header: logo, name and tagline, a link to search and the language switch. */
const SiteHeader = () => {
  const { locale, t, site, alternate } = usePage()
  const other = locale === 'nl' ? 'en' : 'nl'
  return (
    <header className="site-header">
      <div className="wrap">
        <div className="site-brand">
          {site.logo ? <img className="site-logo" src={site.logo.url} alt={site.logo.alt} /> : null}
          <a className="site-name" href={href(locale, 'home')}>
            {site.name}
          </a>
          <span className="site-tagline">{site.tagline}</span>
        </div>
        <nav className="site-nav" aria-label={t('site.menu')}>
          <a href={href(locale, 'search')}>{t('site.search')}</a>
          <a
            href={alternate}
            hrefLang={other}
            lang={other}
            aria-label={t('site.switchLanguageLabel')}
          >
            {t('site.switchLanguage')}
          </a>
        </nav>
      </div>
    </header>
  )
}

/** The site's footer: what the site is, who runs it, the statements, the loket and the login. */
const SiteFooter = () => {
  const { locale, t, site } = usePage()
  return (
    <footer className="site-footer">
      <div className="wrap">
        <p>{t('site.footerAbout')}</p>
        {site.owner ? <p>{t('site.runBy', { owner: site.owner })}</p> : null}
        <ul>
          <li>
            <a href={href(locale, 'accessibility')}>{t('site.accessibility')}</a>
          </li>
          <li>
            <a href={href(locale, 'privacy')}>{t('privacyPage.footer')}</a>
          </li>
          <li>
            <a href={href(locale, 'openData')}>{t('openDataPage.footer')}</a>
          </li>
          <li>
            <a href={href(locale, 'loket')}>{t('loket.link')}</a>
          </li>
          <li>
            <a href="/admin">{t('site.login')}</a>
          </li>
          <li>{t('site.pc4Credit')}</li>
        </ul>
      </div>
    </footer>
  )
}

/** The frame of every public page: skip link, header with language switch, main landmark, footer. */
export const Layout = ({ children, readAloud = false, ...head }: LayoutProps) => {
  const { locale, t, preview } = usePage()
  const scripts: EntryName[] = readAloud
    ? [...(head.scripts ?? []), 'readAloud']
    : (head.scripts ?? [])
  return (
    <html lang={locale}>
      <Head {...head} scripts={scripts} />
      <body>
        <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
          {t('site.skip')}
        </a>
        <SiteHeader />
        <main
          id="inhoud"
          className="wrap"
          tabIndex={-1}
          {...(readAloud ? marked(Marker.readAloudText) : {})}
        >
          {preview ? (
            <p className="preview-banner" role="note">
              {t('preview.banner')}
            </p>
          ) : null}
          {readAloud ? <ReadAloud /> : null}
          {children}
        </main>
        <SiteFooter />
        <ShortlistForm />
      </body>
    </html>
  )
}
