import type { ModeratedSlug } from './jobs/moderationEmail'

/**
 * Where the public site shows each kind of document (Dutch paths), for the admin's "Bekijk op
 * de site" and "Voorbeeld". The site's own routes must match: a test compares them with
 * src/web/paths.ts and src/web/previewRoutes.ts.
 */
export const PUBLIC_SEGMENT: Record<ModeratedSlug, string> = {
  activities: 'activiteit',
  openings: 'plek',
  venues: 'locatie',
  organisations: 'organisatie',
}

/** The preview of a document's latest version, draft included (only for those who may read it). */
export const previewPath = (collection: ModeratedSlug, id: number | string): string =>
  `/voorbeeld/${PUBLIC_SEGMENT[collection]}/${id}`
