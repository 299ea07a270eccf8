import type { CollectionConfig, Endpoint, Field, GlobalConfig, Payload } from 'payload'

import { isBehaviour } from '../../collections/behaviour'
import { SiteSettings } from '../../collections/globals/SiteSettings'
import { forgetPublicMedia } from '../../collections/Media/publicMedia'
import { isEditorUser } from '../../collections/access/roles'
import { confirmCurrentEndpoint } from './endpoints/confirmCurrent'
import { convertLoketEndpoint } from './endpoints/convertLoketRequest'
import { interestCountsEndpoint, referralImpactEndpoint } from './endpoints/interestCounts'
import { personDataEndpoints } from './endpoints/personData'
import { requestChangesEndpoint } from './endpoints/requestChanges'
import { capPageSize } from './hooks/capPageSize'
import { followNowEndpoint } from './federation/endpoint'
import { sourceChanged, sourceRemoved } from './federation/task'
import { importEndpoints } from './import/endpoints'
import { duplicateEndpoints } from './organisations/duplicates'
import { mergeEndpoint } from './organisations/merge'
import { readUploadedSheet } from './import/sheet'
import { retargetMedia } from './hostCollections'
import { MODERATED_SLUGS } from './jobs/moderationEmail'
import { notifyModeration } from './jobs/moderationTask'
import { SEARCH_INDEX_HOOKS } from './search/indexHooks'
import { FEED_HOOKS, feedSettingsHook } from './openactive/feedHooks'
import { refreshLexicon } from './search/lexicon'
import { COMPONENTS, isListingSlug, REFERENCE_SLUGS } from './constants'
import type { SanitizedDirectoryOptions } from './types'

/** Endpoints of the contact flows, by collection. */
const CONTACT_ENDPOINTS: Record<string, Endpoint[]> = {
  interests: personDataEndpoints,
  'interest-outcomes': [interestCountsEndpoint],
  'referral-outcomes': [referralImpactEndpoint],
  'loket-requests': [convertLoketEndpoint],
  organisations: [...duplicateEndpoints, mergeEndpoint],
}
const REFERENCE = new Set<string>(REFERENCE_SLUGS)
const MODERATED = new Set<string>(MODERATED_SLUGS)
/** What organisation members have no use for in the admin: out of their navigation. */
const EDITORS_ONLY_IN_ADMIN = new Set([
  'themes',
  'areas',
  'school-holidays',
  'search-synonyms',
  'users',
  'interest-outcomes',
  'referral-outcomes',
  'interest-log',
  'loket-requests',
  'alerts',
  'federation-sources',
  'external-listings',
])
/** Documents that show images: a change may make a photo public or private at once. */
const SHOWS_MEDIA = new Set(['activities', 'openings', 'venues', 'organisations'])
const dropPublicMedia = ({ req }: { req: { payload: Payload } }) => forgetPublicMedia(req.payload)
/** What the search knows about words: re-read in this process when editors change it (others within a minute). */
const WORDS = new Set(['search-synonyms', 'themes'])
const rereadWords = ({ req }: { req: { payload: Payload } }) => {
  void refreshLexicon(req.payload)
}

/** A venue's `location` is edited on a map (the plugin knows the tile server). */
const withVenueMap = (fields: Field[], options: SanitizedDirectoryOptions): Field[] =>
  fields.map((field) =>
    'name' in field && field.name === 'location' && field.type === 'point'
      ? {
          ...field,
          admin: {
            ...field.admin,
            components: { Field: { path: COMPONENTS.VenueMap, clientProps: { ...options.map } } },
          },
        }
      : field,
  )

/** Tells the host that reference data changed (see the `onReferenceChange` option). */
const referenceChanged =
  (options: SanitizedDirectoryOptions) =>
  ({ req }: { req: { payload: Payload } }) =>
    options.onReferenceChange?.(req.payload)

/** Adds what the plugin contributes at run time (hooks, endpoints) to one collection. */
export const withBehaviour = (
  collection: CollectionConfig,
  options: SanitizedDirectoryOptions,
): CollectionConfig => ({
  ...collection,
  fields:
    collection.slug === 'venues' ? withVenueMap(collection.fields, options) : collection.fields,
  admin: {
    ...collection.admin,
    // The API tab shows raw JSON: a developer's tool, documented in the README instead.
    hideAPIURL: true,
    ...(EDITORS_ONLY_IN_ADMIN.has(collection.slug)
      ? { hidden: ({ user }) => !isEditorUser(user as never) }
      : {}),
  },
  hooks: {
    ...collection.hooks,
    beforeOperation: [capPageSize(options), ...(collection.hooks?.beforeOperation ?? [])],
    beforeChange: [
      ...(collection.hooks?.beforeChange ?? []),
      ...(collection.slug === 'import-runs' ? [readUploadedSheet] : []),
    ],
    beforeDelete: [
      ...(collection.hooks?.beforeDelete ?? []),
      ...(collection.slug === 'federation-sources' ? [sourceRemoved] : []),
    ],
    afterChange: [
      ...(collection.hooks?.afterChange ?? []),
      ...(SEARCH_INDEX_HOOKS[collection.slug]?.afterChange ?? []),
      ...(FEED_HOOKS[collection.slug]?.afterChange ?? []),
      ...(REFERENCE.has(collection.slug) ? [referenceChanged(options)] : []),
      ...(MODERATED.has(collection.slug) ? [notifyModeration(options)] : []),
      ...(SHOWS_MEDIA.has(collection.slug) ? [dropPublicMedia] : []),
      ...(WORDS.has(collection.slug) ? [rereadWords] : []),
      ...(collection.slug === 'federation-sources' ? [sourceChanged] : []),
    ],
    afterDelete: [
      ...(collection.hooks?.afterDelete ?? []),
      ...(SEARCH_INDEX_HOOKS[collection.slug]?.afterDelete ?? []),
      ...(FEED_HOOKS[collection.slug]?.afterDelete ?? []),
      ...(REFERENCE.has(collection.slug) ? [referenceChanged(options)] : []),
      ...(SHOWS_MEDIA.has(collection.slug) ? [dropPublicMedia] : []),
      ...(WORDS.has(collection.slug) ? [rereadWords] : []),
    ],
  },
  endpoints: [
    ...(collection.endpoints || []),
    ...(isListingSlug(collection.slug) ? [confirmCurrentEndpoint(collection.slug)] : []),
    ...(CONTACT_ENDPOINTS[collection.slug] ?? []),
    ...(collection.slug === 'import-runs' ? importEndpoints : []),
    ...(collection.slug === 'federation-sources' ? [followNowEndpoint] : []),
    ...(MODERATED.has(collection.slug)
      ? [requestChangesEndpoint(collection.slug as (typeof MODERATED_SLUGS)[number])]
      : []),
  ],
})

/** A collection with its behaviour hooks (e-mails queued, network calls; see collections/behaviour.ts) taken out. */
export const withoutBehaviour = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: Object.fromEntries(
    Object.entries(collection.hooks ?? {}).map(([when, hooks]) => [
      when,
      (hooks as unknown[] | undefined)?.filter((hook) => !isBehaviour(hook)),
    ]),
  ),
})

/** The site settings global: only editors see it, its logo points at the uploads in use, and a change to it is reference data. */
export const siteSettingsGlobal = (options: SanitizedDirectoryOptions): GlobalConfig => ({
  ...SiteSettings,
  fields: retargetMedia(SiteSettings.fields, options),
  admin: { ...SiteSettings.admin, hidden: ({ user }) => !isEditorUser(user) },
  hooks: {
    ...SiteSettings.hooks,
    afterChange: [
      ...(SiteSettings.hooks?.afterChange ?? []),
      ...(options.enabled ? [referenceChanged(options), ...(feedSettingsHook ?? [])] : []),
    ],
  },
})
