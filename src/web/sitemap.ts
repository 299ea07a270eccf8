import { href, type PageKind } from '../lib/paths'

type Entry = { slug: string; updatedAt: string }

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** sitemap.xml: every public page in Dutch, with its English version as an alternate. */
export const sitemapXml = (
  base: string,
  entries: { activities: Entry[]; openings: Entry[]; venues: Entry[]; organisations: Entry[] },
): string => {
  const url = (page: PageKind, slug?: string, lastmod?: string) => {
    const nl = `${base}${href('nl', page, slug)}`
    const en = `${base}${href('en', page, slug)}`
    return [
      '<url>',
      `<loc>${escapeXml(nl)}</loc>`,
      lastmod ? `<lastmod>${lastmod.slice(0, 10)}</lastmod>` : '',
      `<xhtml:link rel="alternate" hreflang="nl" href="${escapeXml(nl)}"/>`,
      `<xhtml:link rel="alternate" hreflang="en" href="${escapeXml(en)}"/>`,
      '</url>',
    ].join('')
  }
  const urls = [
    url('home'),
    url('search'),
    url('accessibility'),
    url('privacy'),
    url('openData'),
    url('loket'),
    ...entries.activities.map((e) => url('activity', e.slug, e.updatedAt)),
    ...entries.openings.map((e) => url('opening', e.slug, e.updatedAt)),
    ...entries.venues.map((e) => url('venue', e.slug, e.updatedAt)),
    ...entries.organisations.map((e) => url('organisation', e.slug, e.updatedAt)),
  ]
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`
}
