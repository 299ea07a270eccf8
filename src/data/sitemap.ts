import type { ListingSlug } from '../lib/vocabulary'
import { LISTINGS, notHidden, type Reader } from './listings'

/** Every public page for the sitemap: slug and last change per kind. */
export const getSitemapEntries = async ({ payload }: Reader) => {
  const read = async (collection: ListingSlug | 'venues' | 'organisations') =>
    (
      await payload.find({
        collection,
        where: LISTINGS.has(collection)
          ? { and: [{ _status: { equals: 'published' } }, notHidden] }
          : { _status: { equals: 'published' } },
        overrideAccess: false,
        user: null,
        depth: 0,
        pagination: false,
        select: { slug: true, updatedAt: true },
      })
    ).docs
      .filter((d) => (d as { slug?: string }).slug)
      .map((d) => ({
        slug: (d as { slug: string }).slug,
        updatedAt: (d as { updatedAt: string }).updatedAt,
      }))
  const [activities, openings, venues, organisations] = await Promise.all([
    read('activities'),
    read('openings'),
    read('venues'),
    read('organisations'),
  ])
  return { activities, openings, venues, organisations }
}
