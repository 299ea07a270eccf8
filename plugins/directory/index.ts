import type { CollectionConfig, Config, Endpoint, Field, Payload } from 'payload'

import { createCollections } from '../../collections'
import { isBehaviour } from '../../collections/behaviour'
import { SiteSettings } from '../../collections/globals/SiteSettings'
import { forgetPublicMedia } from '../../collections/Media/publicMedia'
import { isAdminUser, isEditorUser } from '../../collections/access/roles'
import { confirmCurrentEndpoint } from './endpoints/confirmCurrent'
import { convertLoketEndpoint } from './endpoints/convertLoketRequest'
import { interestCountsEndpoint } from './endpoints/interestCounts'
import { personDataEndpoints } from './endpoints/personData'
import { limitedSharp } from '../../collections/Media/limitedSharp'
import { capPageSize } from './hooks/capPageSize'
import { constraintConflict } from './hooks/constraintConflict'
import { guardRestInput } from './hooks/guardRestInput'
import { freshnessTask } from './jobs/freshnessTask'
import { geocodeVenueTask } from './jobs/geocodeVenueTask'
import { interestTask } from './jobs/interestTask'
import { MODERATED_SLUGS } from './jobs/moderationEmail'
import { moderationDigestTask, moderationTask, notifyModeration } from './jobs/moderationTask'
import { requestChangesEndpoint } from './endpoints/requestChanges'
import { listingReportTask } from './jobs/listingReportTask'
import { loketTask } from './jobs/loketTask'
import { retentionTask } from './jobs/retentionTask'
import { HOST_SLUGS_KEY } from '../../collections/hostSlugs'
import { retargetMedia, withHostCollections } from './hostCollections'
import { sanitizeOptions } from './sanitizeOptions'
import { DATABASE_KEY } from './search/backend'
import { openApiEndpoint, searchEndpoint } from './search/endpoints'
import { SEARCH_INDEX_HOOKS } from './search/indexHooks'
import { refreshLexicon } from './search/lexicon'
import { DIRECTORY_QUEUE, isListingSlug, REFERENCE_SLUGS } from './constants'
import type { DirectoryPluginOptions, SanitizedDirectoryOptions } from './types'
import { COMPONENTS } from './constants'

export type {
  DirectoryDatabase,
  DirectoryPluginOptions,
  IndexWriter,
  SanitizedDirectoryOptions,
} from './types'
// What the host may use besides the plugin itself: the names of its parts, and the search.
export {
  COMPONENTS,
  DIRECTORY_QUEUE,
  isListingSlug,
  LISTING_SLUGS,
  type ListingSlug,
  REFERENCE_SLUGS,
  TASKS,
} from './constants'
export { searchEngineFor, searchStoreFor, warmSearchEngine } from './search/backend'
export { ensureSearchIndex, reindexAll } from './search/indexListings'

/** Endpoints of the contact flows, by collection. */
const CONTACT_ENDPOINTS: Record<string, Endpoint[]> = {
  interests: personDataEndpoints,
  'interest-outcomes': [interestCountsEndpoint],
  'loket-requests': [convertLoketEndpoint],
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
  'interest-log',
  'loket-requests',
])
/** Documents that show images: a change may make a photo public or private at once. */
const SHOWS_MEDIA = new Set(['activities', 'openings', 'venues', 'organisations'])
const dropPublicMedia = ({ req }: { req: { payload: Payload } }) => forgetPublicMedia(req.payload)
/** What the search knows about words: re-read in this process when editors change it (others within a minute). */
const WORDS = new Set(['search-synonyms', 'themes'])
const rereadWords = ({ req }: { req: { payload: Payload } }) => {
  void refreshLexicon(req.payload)
}

/** Adds what the plugin contributes at run time (hooks, endpoints) to one collection. */
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

const withBehaviour = (
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
    afterChange: [
      ...(collection.hooks?.afterChange ?? []),
      ...(SEARCH_INDEX_HOOKS[collection.slug]?.afterChange ?? []),
      ...(REFERENCE.has(collection.slug) ? [referenceChanged(options)] : []),
      ...(MODERATED.has(collection.slug) ? [notifyModeration(options)] : []),
      ...(SHOWS_MEDIA.has(collection.slug) ? [dropPublicMedia] : []),
      ...(WORDS.has(collection.slug) ? [rereadWords] : []),
    ],
    afterDelete: [
      ...(collection.hooks?.afterDelete ?? []),
      ...(SEARCH_INDEX_HOOKS[collection.slug]?.afterDelete ?? []),
      ...(REFERENCE.has(collection.slug) ? [referenceChanged(options)] : []),
      ...(SHOWS_MEDIA.has(collection.slug) ? [dropPublicMedia] : []),
      ...(WORDS.has(collection.slug) ? [rereadWords] : []),
    ],
  },
  endpoints: [
    ...(collection.endpoints || []),
    ...(isListingSlug(collection.slug) ? [confirmCurrentEndpoint(collection.slug)] : []),
    ...(CONTACT_ENDPOINTS[collection.slug] ?? []),
    ...(MODERATED.has(collection.slug)
      ? [requestChangesEndpoint(collection.slug as (typeof MODERATED_SLUGS)[number])]
      : []),
  ],
})

/** A collection with its behaviour hooks (e-mails queued, network calls; see collections/behaviour.ts) taken out. */
const withoutBehaviour = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: Object.fromEntries(
    Object.entries(collection.hooks ?? {}).map(([when, hooks]) => [
      when,
      (hooks as unknown[] | undefined)?.filter((hook) => !isBehaviour(hook)),
    ]),
  ),
})

/**
 * The Meedoen directory as a Payload plugin: the data model (organisations, venues,
 * activities, openings, taxonomies, media, users) with its access rules, moderation,
 * the "still current" action and the daily freshness job; and the contact flows (reports,
 * interests with their retention, the employer loket) with their jobs and endpoints.
 */
export const directoryPlugin =
  (options: DirectoryPluginOptions = {}) =>
  (incoming: Config): Config => {
    const sanitized = sanitizeOptions(options)
    const ours = createCollections(sanitized).map((c) =>
      sanitized.enabled ? withBehaviour(c, sanitized) : withoutBehaviour(c),
    )
    // The host's users (extended) and uploads serve the directory when it has them.
    const collections = withHostCollections(incoming.collections ?? [], ours, sanitized)
    const jobs = incoming.jobs ?? {}
    return {
      ...incoming,
      admin: {
        ...incoming.admin,
        components: {
          ...incoming.admin?.components,
          // What needs the viewer comes first: on a phone the collection cards fill several screens.
          beforeDashboard: [
            ...(incoming.admin?.components?.beforeDashboard ?? []),
            ...(sanitized.enabled
              ? [
                  {
                    path: COMPONENTS.ReviewQueue,
                    serverProps: { hideAfterDays: sanitized.freshness.hideAfterDays },
                  },
                  COMPONENTS.ContactDashboard,
                ]
              : []),
          ],
        },
      },
      collections,
      // The host's database binding, for the search and the erasure (read back in search/backend.ts).
      custom: {
        ...incoming.custom,
        [HOST_SLUGS_KEY]: { users: sanitized.users, media: sanitized.media },
        ...(sanitized.database ? { [DATABASE_KEY]: sanitized.database } : {}),
      },
      ...(incoming.sharp ? { sharp: limitedSharp(incoming.sharp) } : {}),
      hooks: {
        ...incoming.hooks,
        afterError: [
          ...(incoming.hooks?.afterError ?? []),
          ...(sanitized.enabled ? [constraintConflict] : []),
        ],
      },
      onInit: async (payload) => {
        if (sanitized.enabled) {
          guardRestInput(payload)
          if (sanitized.database) await sanitized.database.prepare?.(payload)
          else
            payload.logger.warn(
              'directoryPlugin: no `database` option, so there is no public search (see the option in plugins/directory/types.ts)',
            )
        }
        await incoming.onInit?.(payload)
      },
      globals: [
        ...(incoming.globals ?? []),
        {
          ...SiteSettings,
          fields: retargetMedia(SiteSettings.fields, sanitized),
          admin: { ...SiteSettings.admin, hidden: ({ user }) => !isEditorUser(user) },
          hooks: {
            ...SiteSettings.hooks,
            afterChange: [
              ...(SiteSettings.hooks?.afterChange ?? []),
              ...(sanitized.enabled ? [referenceChanged(sanitized)] : []),
            ],
          },
        },
      ],
      endpoints: [
        ...(incoming.endpoints ?? []),
        ...(sanitized.enabled ? [searchEndpoint, openApiEndpoint] : []),
      ],
      jobs: {
        ...jobs,
        access: {
          run: ({ req }) => isAdminUser(req.user),
          queue: ({ req }) => isAdminUser(req.user),
          cancel: ({ req }) => isAdminUser(req.user),
          ...jobs.access,
        },
        tasks: [
          ...(jobs.tasks ?? []),
          ...(sanitized.enabled
            ? [
                freshnessTask(sanitized),
                retentionTask(sanitized),
                listingReportTask,
                interestTask,
                loketTask,
                moderationTask,
                moderationDigestTask(sanitized),
                geocodeVenueTask(),
              ]
            : []),
        ],
        autoRun: sanitized.enabled
          ? async (payload) => [
              ...(typeof jobs.autoRun === 'function'
                ? await jobs.autoRun(payload)
                : (jobs.autoRun ?? [])),
              { cron: '* * * * *', queue: DIRECTORY_QUEUE },
              // Scheduled publish and unpublish of listings: Payload queues them on the default queue.
              { cron: '* * * * *', queue: 'default' },
            ]
          : jobs.autoRun,
      },
    }
  }
